import { type ExtensionBrowser, nextCall, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';

export const OPTIONS = 'src/options/index.html';
export const POPUP = 'src/popup/index.html';

export interface MenuItem {
  readonly id: string;
  readonly title: string;
  readonly visible: boolean;
  readonly parentId?: string;
}

/** Stores settings as the options page would (settings v3, one key per field, in storage.sync). */
export async function storeSettings(harness: Harness, settings: Record<string, unknown>): Promise<TestPage> {
  const page = await harness.openExtensionPage(OPTIONS);
  await page.evaluate((items) => chrome.storage.sync.set({ ...items, settingsVersion: 3 }), settings);
  return page;
}

/** A page of ours to talk to the test build's seam from. */
export function seamPage(harness: Harness): Promise<TestPage> {
  return harness.openExtensionPage(OPTIONS);
}

export function seam<R>(seamPage: TestPage, message: Record<string, unknown>): Promise<R> {
  return seamPage.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<R>;
}

/**
 * Brings `page` to the front and waits until the background sees its tab as the active one (the active tab of the
 * last focused window): Firefox can still report the tab that was in front for a moment after the switch, and a
 * seam request acting on the active tab would then act on that one. Returns the tab's id.
 */
export async function frontTab(seamPage: TestPage, page: TestPage): Promise<number> {
  await page.bringToFront();
  const url = await page.evaluate(() => location.href, undefined);
  const tab = await waitFor('the page\'s tab to be the active one', async () => {
    const active = await seam<{ id: number; url: string } | null>(seamPage, { type: 'test:active-tab' });
    // Without site access the extension does not see a page's address: '' is then the page's tab, not our own
    // page that was in front before (whose address we always see).
    return active?.url === url || active?.url === '' ? active : undefined;
  });
  return tab.id;
}

export function menuItems(seamPage: TestPage): Promise<MenuItem[]> {
  return seam<MenuItem[]>(seamPage, { type: 'test:menu-items' });
}

/** Waits until the menu item `id` shows `title` and is visible (or, with title undefined, is hidden). */
export function menuItemShows(seamPage: TestPage, id: string, title: string | undefined): Promise<MenuItem> {
  return waitFor(`menu item ${id} to ${title === undefined ? 'hide' : `show "${title}"`}`, async () => {
    const item = (await menuItems(seamPage)).find((entry) => entry.id === id);
    if (!item) return undefined;
    return (title === undefined ? !item.visible : item.visible && item.title === title) ? item : undefined;
  });
}

/** Hands the background the menu click the browser would deliver in `page`'s tab; returns the call it opened. */
export async function clickMenu(browser: ExtensionBrowser, seamPage: TestPage, page: TestPage, info: Record<string, unknown>): Promise<string> {
  const before = browser.calls.length;
  await frontTab(seamPage, page);
  await seam(seamPage, { type: 'test:context-menu-click', info });
  return nextCall(browser, before);
}

/** Waits for the popup (opened as a page in a tab, aimed at `tabId`) to show the page it targets. */
export async function openPopup(harness: Harness, tabId: number): Promise<TestPage> {
  const popup = await harness.openExtensionPage(`${POPUP}?tab=${tabId}`);
  await waitFor('the popup', () => popup.evaluate(() => document.body.dataset.ready === 'true', undefined));
  return popup;
}

/** The numbers listed in one of the popup's lists. */
export function popupList(popup: TestPage, id: string): Promise<string[]> {
  return popup.evaluate((listId) => [...document.querySelectorAll(`#${listId} .number`)].map((n) => n.textContent ?? ''), id);
}

export function hrefOf(page: TestPage, selector: string): Promise<string> {
  return page.evaluate((sel) => document.querySelector<HTMLAnchorElement>(sel)?.href ?? '', selector);
}

/** Brings the page to the front (the shortcut acts on the active tab; see frontTab), then selects an element's text. */
export async function selectInFront(seamPage: TestPage, page: TestPage, selector: string): Promise<string> {
  await frontTab(seamPage, page);
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) throw new Error(`no ${sel}`);
    const range = document.createRange();
    range.selectNodeContents(element);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  }, selector);
}
