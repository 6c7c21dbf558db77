import { isScheme } from '../core/call-url';
import type { SettingKey, Settings } from '../core/settings';
import { SITE_LIST_MODES, type SiteListMode } from '../core/site-list';
import { clearRecentCalls } from '../platform/recent-calls';
import { loadSettingsState, saveSettings, type SettingsState } from '../platform/settings-store';
import { CallerIdRulesEditor } from './caller-id-rules-editor';
import { CallerIdsEditor } from './caller-ids-editor';
import { CountryPicker } from './country-picker';
import { byId, checkedValue, radios, show } from '../ui/dom';
import { localize, t } from '../platform/i18n';
import { renderPreview } from './preview';
import { wireSettingsFile } from './settings-file-ui';
import { SiteListField } from './site-list-field';

localize(document);

const form = byId<HTMLFormElement>('options');
const fields = byId<HTMLFieldSetElement>('fields');
const status = byId<HTMLElement>('status');
const preview = byId<HTMLElement>('preview');
const TOGGLES = ['inferRegionFromPage', 'linkingEnabled', 'smsEnabled', 'routeExistingLinks', 'keepRecentCalls', 'hoverCard', 'confirmBeforeCalling'] as const;
const toggle = (key: (typeof TOGGLES)[number]): HTMLInputElement => byId<HTMLInputElement>(key);

let state: SettingsState | undefined;
/** One save model for the whole form: changes wait for Save, and leaving with unsaved changes asks first. */
let dirty = false;

const country = new CountryPicker(() => changed());
const callerIds = new CallerIdsEditor(() => country.region, () => changed());
const sites = new SiteListField(() => changed());
const rules = new CallerIdRulesEditor({
  region: () => country.region,
  callerIds: () => callerIds.read()?.callerIds,
  defaultCaller: () => callerIds.currentDefault(),
  onChange: () => changed(),
});

function changed(): void {
  dirty = true;
  show(status, t('statusUnsaved'));
  updatePreview();
  rules.refresh();
}

function updatePreview(): void {
  const scheme = checkedValue(form, 'scheme');
  renderPreview(preview, country.region, isScheme(scheme) ? scheme : 'zoomphonecall', callerIds.currentDefault());
}

function render(next: SettingsState): void {
  state = next;
  const { settings } = next;
  const locked = new Set<SettingKey>(next.locked);
  callerIds.set(settings.callerIds, settings.defaultCaller, { list: locked.has('callerIds'), default: locked.has('defaultCaller') });
  for (const [name, key] of [['scheme', 'scheme'], ['siteListMode', 'siteListMode']] as const) {
    for (const input of radios(form, name)) {
      input.checked = input.value === settings[key];
      input.disabled = locked.has(key);
    }
  }
  country.set(settings.country, locked.has('country'));
  sites.set(settings.sites, locked.has('sites'));
  rules.set(settings.callerIdRules, locked.has('callerIdRules'));
  for (const key of TOGGLES) {
    toggle(key).checked = settings[key];
    toggle(key).disabled = locked.has(key);
  }
  for (const note of document.querySelectorAll<HTMLElement>('[data-locked-note]')) {
    note.hidden = !(note.dataset.lockedNote ?? '').split(' ').some((key) => locked.has(key as SettingKey));
  }
  byId('managed-note').hidden = locked.size === 0;
  updatePreview();
}

/** The user's settings from the form; locked fields keep the user's own stored value. Undefined if invalid. */
function readForm(current: SettingsState): Settings | undefined {
  const callers = callerIds.read();
  const siteList = sites.read();
  if (!callers) {
    show(status, t('statusNotSavedCallerId'), 'error');
    callerIds.focusFirstInvalid();
    return undefined;
  }
  const ruleList = rules.read();
  if (!ruleList) {
    show(status, t('statusNotSavedRules'), 'error');
    rules.focusFirstInvalid();
    return undefined;
  }
  if (!siteList) {
    show(status, t('statusNotSavedSites'), 'error');
    sites.textarea.focus();
    return undefined;
  }
  const scheme = checkedValue(form, 'scheme');
  const mode = checkedValue(form, 'siteListMode');
  const fromForm: Settings = {
    ...callers,
    callerIdRules: ruleList,
    scheme: isScheme(scheme) ? scheme : current.user.scheme,
    country: country.value,
    siteListMode: (SITE_LIST_MODES as readonly string[]).includes(mode ?? '') ? (mode as SiteListMode) : current.user.siteListMode,
    sites: siteList,
    inferRegionFromPage: toggle('inferRegionFromPage').checked,
    linkingEnabled: toggle('linkingEnabled').checked,
    smsEnabled: toggle('smsEnabled').checked,
    routeExistingLinks: toggle('routeExistingLinks').checked,
    keepRecentCalls: toggle('keepRecentCalls').checked,
    hoverCard: toggle('hoverCard').checked,
    confirmBeforeCalling: toggle('confirmBeforeCalling').checked,
  };
  const user: Record<string, unknown> = { ...fromForm };
  for (const key of current.locked) user[key] = current.user[key];
  return user as Settings;
}

async function saveAndShow(settings: Settings): Promise<void> {
  const area = await saveSettings(settings);
  dirty = false;
  render(await loadSettingsState());
  show(status, t(area === 'sync' ? 'statusSaved' : 'statusSavedLocal'), 'ok');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!state) return;
  const settings = readForm(state);
  if (settings) void saveAndShow(settings);
});
for (const input of form.querySelectorAll('input[type="radio"], input[type="checkbox"]')) input.addEventListener('change', () => changed());

addEventListener('beforeunload', (event) => {
  if (dirty) event.preventDefault();
});

// The preview sticks to the top of the window: a control focused under it (Shift+Tab scrolls it to the top
// edge) is scrolled back into sight, now and again in the next frame, in case the browser scrolled to it later.
document.addEventListener('focusin', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLElement) || target === document.body) return;
  const uncover = () => {
    const hiddenBy = preview.getBoundingClientRect().bottom + 8 - target.getBoundingClientRect().top;
    if (hiddenBy > 0 && document.activeElement === target) window.scrollBy(0, -hiddenBy);
  };
  uncover();
  requestAnimationFrame(uncover);
});

byId<HTMLButtonElement>('clearRecentCalls').addEventListener('click', () => {
  void clearRecentCalls().then(() => show(status, t('recentCallsCleared'), 'ok'));
});

wireSettingsFile(
  async () => (await loadSettingsState()).user,
  async (imported) => {
    const current = await loadSettingsState();
    const user: Record<string, unknown> = { ...imported };
    for (const key of current.locked) user[key] = current.user[key];
    await saveSettings(user as Settings);
    render(await loadSettingsState());
  },
);

void loadSettingsState().then((loaded) => {
  render(loaded);
  fields.disabled = false;
  form.dataset.ready = 'true';
});
