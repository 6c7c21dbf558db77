import browser, { type Menus } from 'webextension-polyfill';
import { formatCallerId } from '../core/caller-id';
import type { Dialable } from '../core/dialable';
import { displayDialable } from '../platform/display-number';
import type { Settings } from '../core/settings';

/**
 * The context-menu items and their state. Items on a selection act on the selected text; items on a link act on
 * the call link right-clicked (`tel:`, `callto:`, `zoomphonecall:`, or one of ours) and stay hidden on other links.
 * Match patterns cannot name those schemes (`targetUrlPatterns`), so the link items are shown, with the number in
 * their title, when the content script reports the link under the pointer (and, in Firefox, from `onShown`).
 */
export type MenuSource = 'selection' | 'link';
export type MenuAction = { readonly kind: 'call' | 'text'; readonly source: MenuSource; readonly callerId?: string };

export interface MenuItemState {
  readonly id: string;
  title: string;
  visible: boolean;
  readonly parentId?: string;
}

const CALL_AS_SEPARATOR = '|';

/** The menus API, or undefined where there is none (Firefox for Android): every menu feature is skipped then. */
export function menusApi(): typeof browser.contextMenus | undefined {
  return (browser as { contextMenus?: typeof browser.contextMenus }).contextMenus;
}

const items = new Map<string, MenuItemState>();

/** The items this worker has created, with their current title and visibility (read by the test build's seam). */
export function menuItems(): readonly MenuItemState[] {
  return [...items.values()];
}

/** Reads a clicked item's id back into what it asks for; undefined for an id that is not ours. */
export function menuAction(id: string | number): MenuAction | undefined {
  const [base = '', callerId] = String(id).split(CALL_AS_SEPARATOR);
  const match = /^(call|text|call-as)-(selection|link)$/.exec(base);
  if (!match) return undefined;
  const source = match[2] as MenuSource;
  if (match[1] === 'call-as') return callerId ? { kind: 'call', source, callerId } : undefined;
  return { kind: match[1] as 'call' | 'text', source };
}

function t(key: string, substitution?: string): string {
  return browser.i18n.getMessage(key, substitution === undefined ? [] : [substitution]);
}

function createItem(menus: typeof browser.contextMenus, item: MenuItemState, contexts: Menus.ContextType[]): Promise<void> {
  items.set(item.id, item);
  return new Promise<void>((resolve, reject) => {
    const { id, title, visible, parentId } = item;
    menus.create({ id, title, visible, contexts, ...(parentId ? { parentId } : {}) }, () =>
      browser.runtime.lastError ? reject(new Error(browser.runtime.lastError.message)) : resolve());
  });
}

function callerTitle(entry: Settings['callerIds'][number]): string {
  const number = formatCallerId(entry.number);
  return entry.label ? `${entry.label} (${number})` : number;
}

let chain: Promise<void> = Promise.resolve();

function itemsFor(settings: Settings): [MenuItemState, Menus.ContextType][] {
  const specs: [MenuItemState, Menus.ContextType][] = [];
  for (const source of ['selection', 'link'] as const) {
    const visible = source === 'selection';
    specs.push([{ id: `call-${source}`, title: t('menuCallSelection'), visible }, source]);
    if (settings.smsEnabled) specs.push([{ id: `text-${source}`, title: t('menuTextSelection'), visible }, source]);
    if (settings.callerIds.length > 1) {
      const parentId = `call-as-${source}`;
      specs.push([{ id: parentId, title: t('menuCallAs'), visible }, source]);
      for (const entry of settings.callerIds) {
        specs.push([{ id: `${parentId}${CALL_AS_SEPARATOR}${entry.number}`, title: callerTitle(entry), visible: true, parentId }, source]);
      }
    }
  }
  return specs;
}

/**
 * Creates the items for the current settings ("Text with Zoom" when SMS is on, "Call as…" with more than one
 * caller ID); safe to run again at any time (install, browser start, settings change). Runs are queued so two
 * never interleave. With `create` false it only recalls which items exist (a restarted worker: the browser kept
 * the menu, but this worker's memory of it is new).
 */
export function createMenus(settings: Settings | Promise<Settings>, create = true): Promise<void> {
  const menus = menusApi();
  if (!menus) return Promise.resolve();
  // Queued at once (not when the settings arrive), so a title update right after a worker start waits for it.
  const run = async () => {
    const specs = itemsFor(await settings);
    if (create) await menus.removeAll();
    items.clear();
    for (const [item, context] of specs) {
      if (create) await createItem(menus, item, [context]);
      else items.set(item.id, item);
    }
  };
  chain = chain.then(run, run);
  return chain;
}

/** Shows the link items, naming `target` in their titles, or hides them (the link is not a call link). */
export async function showLinkTarget(target: Dialable | null): Promise<void> {
  const menus = menusApi();
  if (!menus) return;
  await chain.catch(() => undefined);
  const number = target ? displayDialable(target) : '';
  const updates: [string, string][] = [['call-link', 'menuCallNumber'], ['text-link', 'menuTextNumber'], ['call-as-link', 'menuCallAs']];
  for (const [id, key] of updates) {
    const item = items.get(id);
    if (!item) continue;
    item.visible = target !== null;
    item.title = key === 'menuCallAs' ? t(key) : t(key, number);
    await menus.update(id, { visible: item.visible, title: item.title }).catch(() => undefined);
  }
}
