import browser from 'webextension-polyfill';
import type { BackgroundToContent } from '../messages';
import { sendToTab } from '../platform/tab-messages';

/**
 * Opens a call URL in the tab the user acted in, handing it to Zoom (after the browser's own "Open Zoom?"
 * prompt) while the page stays where it was; no blank tab is created. The URL must come from `buildCallUrl`.
 *
 * Chrome: `tabs.update` is a browser-initiated navigation, which launches the external handler without the
 * user-gesture check Chrome applies to page-initiated launches, and the page stays.
 * Firefox: `tabs.update` to a scheme with no registered handler replaces the page with an error page, whereas a
 * navigation started by the page (as a link click is) is dropped quietly; so the content script opens it, and
 * `tabs.update` is only the fallback where no content script runs.
 */
export async function openCallUrl(tabId: number | undefined, url: string): Promise<void> {
  if (__BROWSER__ === 'firefox' && tabId !== undefined && tabId >= 0) {
    const message: BackgroundToContent = { type: 'open-call', url };
    try {
      await sendToTab(tabId, message, 0);
      return;
    } catch {
      // No content script in this tab (a privileged page, or one loaded before install): fall through.
    }
  }
  if (tabId !== undefined && tabId >= 0) await browser.tabs.update(tabId, { url });
  else await browser.tabs.update({ url });
}

/** Tells the user something in the page they are on; falls back to the toolbar badge where no content script runs. */
export async function notifyInTab(tabId: number | undefined, text: string, frameId?: number): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const message: BackgroundToContent = { type: 'show-notice', text };
  try {
    await sendToTab(tabId, message, frameId);
  } catch {
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title: text });
  }
}
