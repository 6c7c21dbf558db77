import { isSupportedCountry } from '../core/phone-lib';
import browser from 'webextension-polyfill';
import type { Dialable } from '../core/dialable';
import { formatDialable, parseDialInput } from '../core/dial-input';
import { type Region, regionFromLanguages } from '../core/region';
import { isPageInfo, type PageInfo, type PopupToBackground } from '../messages';
import { clearRecentCalls, loadRecentCalls, RECENT_CALLS_KEY } from '../platform/recent-calls';
import { sendToTab } from '../platform/tab-messages';
import { loadSettingsState, saveSettings, type SettingsState, watchSettingsState } from '../platform/settings-store';
import { localize, t } from './i18n';
import { renderNumbers } from './number-list';
import { sitesWithLinking } from '../core/site-toggle';

const REFRESH_MS = 1000;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`popup: no #${id}`);
  return element as T;
}

function show(element: HTMLElement, text: string | undefined): void {
  element.hidden = text === undefined;
  element.textContent = text ?? '';
}

/**
 * The tab the popup acts on: the active tab of its window. Test builds open the popup as a page in a tab of its
 * own, and name the page's tab with `?tab=` (ignored in the shipped build).
 */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (__TEST_BUILD__ && param !== null && /^\d+$/.test(param)) return Number(param);
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

async function main(): Promise<void> {
  localize(document);
  const tabId = await targetTabId();
  let state: SettingsState = await loadSettingsState();
  let page: PageInfo | undefined;
  const region = (): Region => (page && isSupportedCountry(page.region) ? page.region : regionFromLanguages(navigator.languages));

  const call = (target: Dialable, sms: boolean) => {
    if (tabId === undefined) return;
    const message: PopupToBackground = { type: 'popup-call', target, sms, tabId };
    void browser.runtime.sendMessage(message).then(() => {
      if (new URLSearchParams(location.search).get('tab') === null) window.close();
    });
  };

  const renderPage = () => {
    const { settings, locked } = state;
    const siteSwitch = byId<HTMLInputElement>('site-switch');
    byId('site-row').hidden = page === undefined || page.hostname === '';
    if (page) {
      byId('site-label').textContent = t('popupSiteSwitch', [page.hostname]);
      siteSwitch.checked = page.linking;
      const lockedList = locked.includes('sites') || locked.includes('siteListMode');
      siteSwitch.disabled = !settings.linkingEnabled || lockedList;
      show(byId('site-note'), !settings.linkingEnabled ? t('popupLinkingOff') : lockedList ? t('popupSiteLocked') : undefined);
    }
    const numbers = page?.numbers ?? [];
    renderNumbers(byId('page-numbers'), numbers.map((target) => ({ target })), settings.smsEnabled, call);
    show(byId('page-note'), page === undefined ? t('popupNoPage') : numbers.length === 0 ? t('popupNoNumbers') : undefined);
  };

  const renderRecent = async () => {
    const keep = state.settings.keepRecentCalls;
    const recent = keep ? await loadRecentCalls() : [];
    renderNumbers(byId('recent-calls'), recent.map(({ target }) => ({ target })), state.settings.smsEnabled, call);
    byId('clear-recent').hidden = recent.length === 0;
    show(byId('recent-note'), !keep ? t('popupRecentOff') : recent.length === 0 ? t('popupRecentEmpty') : undefined);
  };

  const refreshPage = async () => {
    const info = tabId === undefined ? undefined : await sendToTab(tabId, { type: 'page-info' }, 0).catch(() => undefined);
    page = isPageInfo(info) ? info : undefined;
    renderPage();
  };

  byId<HTMLInputElement>('site-switch').addEventListener('change', (event) => {
    const on = (event.target as HTMLInputElement).checked;
    const sites = page ? sitesWithLinking(state.user, page.hostname, on) : undefined;
    if (sites) void saveSettings({ ...state.user, sites }).then(refreshPage);
  });

  const input = byId<HTMLInputElement>('quick-dial');
  const feedback = byId('quick-dial-feedback');
  input.addEventListener('input', () => {
    const target = parseDialInput(input.value, region());
    const empty = input.value.trim() === '';
    byId<HTMLButtonElement>('quick-dial-call').disabled = !target;
    input.setAttribute('aria-invalid', String(!target && !empty));
    feedback.classList.toggle('error', !target && !empty);
    feedback.textContent = target ? t('popupQuickDialValid', [formatDialable(target)]) : empty ? '' : t('popupQuickDialInvalid');
  });
  byId('quick-dial-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const target = parseDialInput(input.value, region());
    if (target) call(target, false);
  });

  byId('clear-recent').addEventListener('click', () => void clearRecentCalls());
  byId('open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && RECENT_CALLS_KEY in changes) void renderRecent();
  });
  watchSettingsState((next) => {
    state = next;
    void refreshPage();
    void renderRecent();
  });

  await Promise.all([refreshPage(), renderRecent()]);
  // Links come and go as the page changes (and after the site switch); the list follows while the popup is open.
  setInterval(() => void refreshPage(), REFRESH_MS);
  document.body.dataset.ready = 'true';
}

void main();
