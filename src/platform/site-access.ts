import browser from 'webextension-polyfill';

/**
 * Access to websites, which the content script needs to find numbers. Firefox lets the user withhold or revoke
 * it for MV3 add-ons (and Chrome lets them set "on click"); the extension then silently does nothing, so the
 * welcome page and popup check it and offer to ask for it.
 */
const ALL_SITES = { origins: ['<all_urls>'] };

export function hasSiteAccess(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES).catch(() => true);
}

/** Must run in the handler of the user's click: the browser shows its own prompt. */
export function requestSiteAccess(): Promise<boolean> {
  return browser.permissions.request(ALL_SITES).catch(() => false);
}
