import browser from 'webextension-polyfill';
import type { BackgroundToContent } from '../messages';

/**
 * Opens a call URL in the tab the user acted in. Navigating that tab to the external scheme hands the URL to
 * Zoom (after the browser's own "Open Zoom?" prompt) and leaves the page where it was: no blank tab is created.
 * The URL must come from `buildCallUrl`; nothing else is ever opened.
 */
export async function openCallUrl(tabId: number | undefined, url: string): Promise<void> {
  if (tabId !== undefined && tabId >= 0) await browser.tabs.update(tabId, { url });
  else await browser.tabs.update({ url });
}

/** Tells the user something in the page they are on; falls back to the toolbar badge where no content script runs. */
export async function notifyInTab(tabId: number | undefined, text: string, frameId?: number): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const message: BackgroundToContent = { type: 'show-notice', text };
  try {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId });
  } catch {
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title: text });
  }
}
