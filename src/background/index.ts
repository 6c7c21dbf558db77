import browser from 'webextension-polyfill';
import { loadManaged } from '../platform/managed-store';
import { createMenus, handleMenuClick } from './context-menu';
import { installTestSeam } from './test-seam';

// Listeners are registered synchronously at the top level so a worker woken by an event receives it.
// Reading the admin's values at start-up fills their cache, so the first pages need not wait for the policy
// service (see platform/managed-store.ts).
browser.runtime.onInstalled.addListener(() => void createMenus().then(loadManaged));
browser.runtime.onStartup.addListener(() => void createMenus().then(loadManaged));
browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
browser.action.onClicked.addListener(() => void browser.runtime.openOptionsPage());

if (__TEST_BUILD__) installTestSeam();
