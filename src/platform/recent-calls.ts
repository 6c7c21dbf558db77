import browser from 'webextension-polyfill';

/** The recent-calls list lives on this device only (storage.local), never in sync. */
export const RECENT_CALLS_KEY = 'recentCalls';

export function clearRecentCalls(): Promise<void> {
  return browser.storage.local.remove(RECENT_CALLS_KEY);
}
