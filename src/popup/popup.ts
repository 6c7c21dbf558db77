import { isSupportedCountry } from '../core/phone-lib';
import browser from 'webextension-polyfill';
import type { Dialable } from '../core/dialable';
import { parseDialInput } from '../core/dial-input';
import { displayDialable } from '../platform/display-number';
import { type Region, regionFromLanguages } from '../core/region';
import { isPageInfo, type PageInfo, type PopupToBackground } from '../messages';
import { formatCallerId } from '../core/caller-id';
import type { Settings } from '../core/settings';
import { clearRecentCalls, loadRecentCalls, RECENT_CALLS_KEY, type RecentCall, restoreRecentCalls } from '../platform/recent-calls';
import { hasSiteAccess, requestSiteAccess } from '../platform/site-access';
import { sendToTab } from '../platform/tab-messages';
import { loadSettingsState, saveSettings, type SettingsState, watchSettingsState } from '../platform/settings-store';
import { localize, shownLocale, t } from '../platform/i18n';
import { formatCallTime } from './call-time';
import { arrowKeysIn } from './list-keys';
import { renderNumbers } from './number-list';
import { openShortcutSettings, showShortcut } from '../ui/shortcut-info';
import { sitesWithLinking } from '../core/site-toggle';

const REFRESH_MS = 1000;
/** From this many numbers on, a filter field shows above the page's list. */
const FILTER_FROM = 6;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`popup: no #${id}`);
  return element as T;
}

function show(element: HTMLElement, text: string | undefined): void {
  element.hidden = text === undefined;
  element.textContent = text ?? '';
}

/** "opened 14:05 as Desk": when the call was handed to Zoom (not that Zoom placed it), and with which caller ID. */
function recentDetail(call: RecentCall, settings: Settings): string {
  const time = formatCallTime(call.at, Date.now(), shownLocale());
  if (!call.callerId) return t('popupRecentDetail', [time]);
  const label = settings.callerIds.find((entry) => entry.number === call.callerId)?.label;
  return t('popupRecentDetailAs', [time, label || formatCallerId(call.callerId)]);
}

/** Hides the rows of `list` that do not contain what was typed in `filter` (digits or text, spaces ignored). */
function applyFilter(list: HTMLElement, filter: HTMLInputElement, note: HTMLElement): void {
  const query = filter.hidden ? '' : filter.value.replace(/\s/g, '').toLowerCase();
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLElement>('li')) {
    item.hidden = query !== '' && !(item.dataset.search ?? '').toLowerCase().includes(query);
    if (!item.hidden) shown += 1;
  }
  if (query !== '' && shown === 0) show(note, t('popupFilterNone'));
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
    // Rebuilt only when the list changed: the page is asked every second, and a rebuilt list loses focus.
    const key = JSON.stringify([numbers, settings.smsEnabled]);
    const list = byId('page-numbers');
    if (list.dataset.key !== key) {
      list.dataset.key = key;
      renderNumbers(list, numbers.map((target) => ({ target })), settings.smsEnabled, call);
    }
    const filter = byId<HTMLInputElement>('page-filter');
    filter.hidden = numbers.length < FILTER_FROM;
    show(byId('page-note'), page === undefined ? t('popupNoPage') : numbers.length === 0 ? t('popupNoNumbers') : undefined);
    applyFilter(list, filter, byId('page-note'));
  };

  const renderRecent = async () => {
    const keep = state.settings.keepRecentCalls;
    const recent = keep ? await loadRecentCalls() : [];
    const rows = recent.map((entry) => ({ target: entry.target, detail: recentDetail(entry, state.settings) }));
    renderNumbers(byId('recent-calls'), rows, state.settings.smsEnabled, call);
    byId('clear-recent').hidden = recent.length === 0;
    if (recent.length > 0) hideUndo();
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
    feedback.textContent = target ? t('popupQuickDialValid', [displayDialable(target)]) : empty ? '' : t('popupQuickDialInvalid');
  });
  byId('quick-dial-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const target = parseDialInput(input.value, region());
    if (target) call(target, false);
  });

  // Clear takes effect at once and offers Undo until the popup closes or a call is added.
  let cleared: RecentCall[] = [];
  const undo = byId<HTMLButtonElement>('undo-clear');
  function hideUndo(): void {
    cleared = [];
    undo.hidden = true;
    byId('undo-text').textContent = '';
  }
  byId('clear-recent').addEventListener('click', () => {
    void (async () => {
      const taken = await loadRecentCalls();
      await clearRecentCalls();
      cleared = taken;
      byId('undo-text').textContent = t('popupRecentCleared');
      undo.hidden = false;
      undo.focus();
    })();
  });
  undo.addEventListener('click', () => {
    const calls = cleared;
    hideUndo();
    void restoreRecentCalls(calls).then(() => byId('recent-calls').querySelector('button')?.focus());
  });
  const filter = byId<HTMLInputElement>('page-filter');
  filter.addEventListener('input', () => renderPage());
  arrowKeysIn(byId('page-numbers'));
  arrowKeysIn(byId('recent-calls'));
  byId('shortcut-settings').addEventListener('click', () => void openShortcutSettings());
  void showShortcut(byId('shortcut'));
  // Site access withheld (Firefox) or "on click" (Chrome): say so, and ask for it in the user's click.
  const showAccess = async () => {
    byId('access-banner').hidden = await hasSiteAccess();
  };
  byId('grant-access').addEventListener('click', () => {
    void requestSiteAccess().then(async (granted) => {
      await showAccess();
      if (granted && tabId !== undefined) await browser.tabs.reload(tabId);
    });
  });
  await showAccess();
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
