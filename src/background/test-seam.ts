import browser, { type Runtime } from 'webextension-polyfill';
import { handleCommand } from './commands';
import { handleMenuClick } from './context-menu';
import { menuItems } from './menu-items';
import { handleOmniboxEnter, omniboxSuggestion } from './omnibox';

/**
 * Extension page → background, test builds only: lets the e2e suite invoke the handlers the browser would call
 * (a context-menu click, a keyboard command, an omnibox entry), since none of these UIs can be driven headless.
 * Not compiled into the shipped build (the module is imported only under `__TEST_BUILD__`).
 */
type TestToBackground =
  | {
      readonly type: 'test:context-menu-click';
      // The click lands in the active tab of the last focused window, as a real right-click would.
      readonly info: { readonly menuItemId: string; readonly selectionText?: string; readonly linkUrl?: string; readonly frameId?: number };
    }
  | { readonly type: 'test:menus' }
  | { readonly type: 'test:menu-items' }
  | { readonly type: 'test:active-tab' }
  | { readonly type: 'test:badge'; readonly tabId: number }
  | { readonly type: 'test:command'; readonly command: string }
  | { readonly type: 'test:omnibox-input'; readonly text: string }
  | { readonly type: 'test:omnibox-enter'; readonly text: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const TEST_TEXT_MESSAGES = new Set(['test:omnibox-input', 'test:omnibox-enter']);

function isTestToBackground(message: unknown): message is TestToBackground {
  if (!isRecord(message) || typeof message.type !== 'string') return false;
  if (['test:menus', 'test:menu-items', 'test:active-tab'].includes(message.type)) return true;
  if (message.type === 'test:badge') return Number.isInteger(message.tabId);
  if (message.type === 'test:command') return typeof message.command === 'string';
  if (TEST_TEXT_MESSAGES.has(message.type)) return typeof message.text === 'string';
  return message.type === 'test:context-menu-click' && isRecord(message.info) && typeof message.info.menuItemId === 'string';
}

async function activeTab(): Promise<browser.Tabs.Tab | undefined> {
  return (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
}

async function answer(message: TestToBackground): Promise<unknown> {
  switch (message.type) {
    case 'test:menus':
      return menuItems().map((item) => item.id);
    case 'test:menu-items':
      return menuItems();
    case 'test:active-tab': {
      const tab = await activeTab();
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
    }
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
