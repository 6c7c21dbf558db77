import browser from 'webextension-polyfill';
import { loadManaged } from '../platform/managed-store';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { applyPlatformDefaults } from './android';
import { forgetTab } from './badge';
import { listenForCommands } from './commands';
import { handleMenuClick, watchMenuShown } from './context-menu';
import { createMenus, menusApi } from './menu-items';
import { listenForMessages } from './messages-in';
import { listenForOmnibox } from './omnibox';
import { installTestSeam } from './test-seam';

// Listeners are registered synchronously at the top level so a worker woken by an event receives it.
// Reading the admin's values at start-up fills their cache, so the first pages need not wait for the policy
// service (see platform/managed-store.ts). Menus follow the settings (SMS, caller IDs), so they are rebuilt when
// those change; a restarted worker only recalls them (the browser kept them).
const buildMenus = () => createMenus(loadSettings()).then(loadManaged);
browser.runtime.onInstalled.addListener((details) => {
  void buildMenus();
  if (details.reason === 'install') {
    void applyPlatformDefaults();
    // First run: what the extension needs, a test call, setup, and site access where it is missing.
    void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
  }
});
browser.runtime.onStartup.addListener(() => void buildMenus());
menusApi()?.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
watchMenuShown();
listenForMessages();
listenForCommands();
listenForOmnibox();
browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
watchSettings((settings) => void createMenus(settings));
void createMenus(loadSettings(), false);

if (__TEST_BUILD__) installTestSeam();
