import browser, { type Runtime } from 'webextension-polyfill';
import { isTestToBackground } from '../messages';
import { createdMenuItems, handleMenuClick } from './context-menu';

/**
 * Test builds only: a real context-menu click cannot be driven headless, so the e2e suite asks an extension
 * page to send the click the browser would have delivered. Only our own extension pages are heard.
 */
export function installTestSeam(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!sender.url?.startsWith(browser.runtime.getURL('')) || !isTestToBackground(message)) return undefined;
    if (message.type === 'test:menus') return Promise.resolve([...createdMenuItems()]);
    return browser.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then(([tab]) => handleMenuClick(message.info, tab))
      .then(() => true);
  });
}
