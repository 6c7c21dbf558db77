import browser from 'webextension-polyfill';
import { buildCallUrl } from '../core/call-url';
import { defaultCallerId } from '../core/caller-id';
import { parseSelection } from '../core/parse-selection';
import { regionFromLanguages } from '../core/region';
import { loadSettings } from '../platform/settings-store';
import { notifyInTab, openCallUrl } from './open-call';

export const MENU_CALL_SELECTION = 'call-selection';

/** The part of a menu click the handler reads; a real `OnClickData` and the test seam's message both fit. */
export interface MenuClick {
  readonly menuItemId: string | number;
  readonly selectionText?: string;
  readonly frameId?: number;
}

const created: string[] = [];

/** The menu items this worker has created (read by the test build's seam). */
export function createdMenuItems(): readonly string[] {
  return created;
}

/** Creates the menu items; safe to run again (after an update, a browser restart or a worker restart). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  created.length = 0;
  await new Promise<void>((resolve, reject) => {
    browser.contextMenus.create(
      { id: MENU_CALL_SELECTION, title: browser.i18n.getMessage('menuCallSelection'), contexts: ['selection'] },
      () => (browser.runtime.lastError ? reject(new Error(browser.runtime.lastError.message)) : resolve()),
    );
  });
  created.push(MENU_CALL_SELECTION);
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

export async function handleMenuClick(info: MenuClick, tab: { id?: number } | undefined): Promise<void> {
  if (info.menuItemId !== MENU_CALL_SELECTION) return;
  const selection = info.selectionText ?? '';
  const target = parseSelection(selection, regionFromLanguages(navigator.languages));
  if (!target) {
    await notifyInTab(tab?.id, browser.i18n.getMessage('noticeNoNumber', shorten(selection)), info.frameId);
    return;
  }
  const settings = await loadSettings();
  await openCallUrl(tab?.id, buildCallUrl(target, settings.scheme, defaultCallerId(settings)));
}
