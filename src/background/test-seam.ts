import browser, { type Runtime } from 'webextension-polyfill';
import { isTestToBackground, type TestToBackground } from '../messages';
import { handleCommand } from './commands';
import { handleMenuClick } from './context-menu';
import { menuItems } from './menu-items';
import { handleOmniboxEnter, omniboxSuggestion } from './omnibox';

async function activeTab(): Promise<browser.Tabs.Tab | undefined> {
  return (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
}

async function answer(message: TestToBackground): Promise<unknown> {
  switch (message.type) {
    case 'test:menus':
      return menuItems().map((item) => item.id);
    case 'test:menu-items':
      return menuItems();
    case 'test:active-tab':
      return (await activeTab())?.id ?? null;
    case 'test:badge':
      return browser.action.getBadgeText({ tabId: message.tabId });
    case 'test:context-menu-click':
      await handleMenuClick(message.info, await activeTab());
      return true;
    case 'test:command':
      await handleCommand(message.command, await activeTab());
      return true;
    case 'test:omnibox-input':
      return omniboxSuggestion(message.text);
    case 'test:omnibox-enter':
      await handleOmniboxEnter(message.text);
      return true;
  }
}

/**
 * Test builds only: a real context-menu click, key press or address-bar entry cannot be driven headless, so the
 * e2e suite asks an extension page to hand the background what the browser would have delivered; the handlers
 * and everything after them are the real ones. Only our own extension pages are heard.
 */
export function installTestSeam(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!sender.url?.startsWith(browser.runtime.getURL('')) || !isTestToBackground(message)) return undefined;
    return answer(message);
  });
}
