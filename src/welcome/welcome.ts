import browser from 'webextension-polyfill';
import { buildCallUrl } from '../core/call-url';
import { defaultCallerId, formatCallerId, parseCallerId } from '../core/caller-id';
import { parseDialInput } from '../core/dial-input';
import { displayDialable } from '../platform/display-number';
import { SUPPORTED_COUNTRIES } from '../core/phone-lib';
import { type Region, regionFromLanguages } from '../core/region';
import { hasSiteAccess, requestSiteAccess } from '../platform/site-access';
import { loadSettingsState, saveSettings } from '../platform/settings-store';
import { byId, h, show } from '../ui/dom';
import { localize, problemText, shownLocale, t } from '../platform/i18n';
import { openShortcutSettings, showShortcut } from '../ui/shortcut-info';

localize(document);

const browserRegion = regionFromLanguages(navigator.languages);
// Country names in the language the page is shown in (not the browser's, which may not be shipped).
const names = new Intl.DisplayNames([shownLocale(), 'en'], { type: 'region' });
const collator = new Intl.Collator(shownLocale());
const country = byId<HTMLSelectElement>('setup-country');
const region = (): Region => (country.value === '' ? browserRegion : (country.value as Region));

async function showAccess(): Promise<void> {
  byId('access').hidden = await hasSiteAccess();
}

byId<HTMLButtonElement>('grant-access').addEventListener('click', () => {
  void requestSiteAccess().then((granted) => {
    show(byId('access-status'), t(granted ? 'welcomeAccessGranted' : 'welcomeAccessRefused'), granted ? 'ok' : 'error');
  });
});

// The test call: the number as typed, read for the chosen country, opened with the user's scheme and caller ID.
const testNumber = byId<HTMLInputElement>('test-number');
const testFeedback = byId('test-feedback');
testNumber.addEventListener('input', () => {
  const target = parseDialInput(testNumber.value, region());
  const empty = testNumber.value.trim() === '';
  byId<HTMLButtonElement>('test-call').disabled = !target;
  testNumber.setAttribute('aria-invalid', String(!target && !empty));
  show(testFeedback, target ? t('popupQuickDialValid', [displayDialable(target)]) : empty ? '' : t('popupQuickDialInvalid'), !target && !empty ? 'error' : '');
});
byId('test-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const target = parseDialInput(testNumber.value, region());
  if (!target) return;
  void loadSettingsState().then(({ settings }) => {
    // Opened by this page, in the user's click: the browser then shows its "Open Zoom?" prompt here.
    location.href = buildCallUrl(target, settings.scheme, defaultCallerId(settings));
  });
});

const callerId = byId<HTMLInputElement>('setup-callerId');
const callerFeedback = byId('setup-callerId-feedback');
function checkCallerId(): string | undefined {
  const parsed = parseCallerId(callerId.value, region());
  callerId.setAttribute('aria-invalid', String(!parsed.ok));
  if (!parsed.ok) show(callerFeedback, problemText(parsed.problem), 'error');
  else show(callerFeedback, parsed.value === '' ? t('callerIdFeedbackNone') : parsed.value.startsWith('+')
    ? t('callerIdFeedbackNumber', [formatCallerId(parsed.value), parsed.value]) : t('callerIdFeedbackExtension', [parsed.value]));
  return parsed.ok ? parsed.value : undefined;
}
// Read for the country in force as it is typed: choosing a country afterwards does not change its meaning.
let callerNumber: string | undefined = '';
callerId.addEventListener('input', () => {
  callerNumber = checkCallerId();
});

byId('setup-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const number = callerNumber;
  if (number === undefined) {
    callerId.focus();
    return;
  }
  void loadSettingsState().then(async ({ user }) => {
    const others = user.callerIds.filter((entry) => entry.number !== number);
    const callerIds = number === '' ? user.callerIds : [{ number, label: '' }, ...others];
    await saveSettings({ ...user, callerIds, defaultCaller: number === '' ? user.defaultCaller : number, country: country.value as Region | '' });
    show(byId('setup-status'), t('welcomeSaved'), 'ok');
  });
});
byId('open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
byId('shortcut-settings').addEventListener('click', () => void openShortcutSettings());

async function main(): Promise<void> {
  const { settings } = await loadSettingsState();
  const countries = [...SUPPORTED_COUNTRIES].map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
  country.replaceChildren(
    h('option', { value: '' }, t('countryAutomatic', [names.of(browserRegion) ?? browserRegion])),
    ...countries.map(({ code, name }) => h('option', { value: code }, t('countryOption', [name, code]))),
  );
  country.value = settings.country;
  // A closed drop-down cuts a long choice at its edge (a narrow window, a long translation): its title shows it whole.
  const showChoice = () => {
    country.title = country.selectedOptions[0]?.text ?? '';
  };
  country.addEventListener('change', showChoice);
  showChoice();
  callerId.value = settings.defaultCaller;
  callerNumber = settings.defaultCaller;
  await Promise.all([showAccess(), showShortcut(byId('shortcut'))]);
  document.body.dataset.ready = 'true';
}

void main();
