import browser from 'webextension-polyfill';
import { createMenus, handleMenuClick } from './context-menu';
import { installTestSeam } from './test-seam';

// Listeners are registered synchronously at the top level so a worker woken by an event receives it.
browser.runtime.onInstalled.addListener(() => void createMenus());
browser.runtime.onStartup.addListener(() => void createMenus());
browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
browser.action.onClicked.addListener(() => void browser.runtime.openOptionsPage());

if (__TEST_BUILD__) installTestSeam();
