import { type TestPage, waitFor } from './driver';
import type { Harness } from './harness';

/** Every call link lifecycle.html gets, in document order ("+1 212 555 0104" spans two text nodes: two links). */
export const LIFECYCLE_LINKS = ['212-555-0101', '212-555-0102', '212-555-0103', '+1', ' 212 555 0104', '212-555-0105'];

export interface PageState {
  /** lifecycle.html's body now, and as the page built it before any extension ran (exact DOM, as JSON). */
  readonly shape: string;
  readonly original: string;
  /** The body's text nodes are the very nodes the page had before any extension ran, in the same order. */
  readonly sameTextNodes: boolean;
}

interface FixtureApi {
  setNumber(text: string): void;
  setAfter(text: string): void;
  state(): { shape: string; sameTextNodes: boolean };
  original: { shape: string };
}

export function fixtureState(page: TestPage): Promise<PageState> {
  return page.evaluate(() => {
    const api = (window as unknown as { page: FixtureApi }).page;
    return { ...api.state(), original: api.original.shape };
  }, undefined);
}

/** The text of every call link in the page, in document order, and how many sit inside another link. */
export function linkTexts(page: TestPage): Promise<{ texts: string[]; nested: number }> {
  return page.evaluate(() => ({
    texts: [...document.querySelectorAll('a.c2z-link')].map((a) => a.textContent ?? ''),
    nested: document.querySelectorAll('a a, a.c2z-link a.c2z-link').length,
  }), undefined);
}

/** Waits until the page's call links read exactly `expected`. */
export function waitForLinkTexts(page: TestPage, expected: readonly string[]): Promise<true> {
  let last: string[] = [];
  return waitFor(`links ${JSON.stringify(expected)}`, async () => {
    last = (await linkTexts(page)).texts;
    return JSON.stringify(last) === JSON.stringify(expected);
  }).catch((error: unknown) => {
    throw new Error(`${String(error)}; links were ${JSON.stringify(last)}`);
  });
}

/**
 * Asks the content script (test build) to say when it has linked everything so far; resolves false when no
 * script answers within a second (none runs in the page).
 */
export function linkerIdle(page: TestPage): Promise<boolean> {
  return page.evaluate(() => new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 1000);
    document.addEventListener('c2z-test:idle', () => {
      clearTimeout(timer);
      resolve(true);
    }, { once: true });
    document.dispatchEvent(new Event('c2z-test:flush'));
  }), undefined);
}

/** Keeps the page's current call links in the page's own world, to tell later whether they are still the same. */
export function rememberLinks(page: TestPage): Promise<number> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll('a.c2z-link')];
    Object.assign(window, { rememberedLinks: links });
    return links.length;
  }, undefined);
}

/** How many of the remembered links are still in the page. */
export function rememberedStillThere(page: TestPage): Promise<number> {
  return page.evaluate(() => ((window as unknown as { rememberedLinks: Element[] }).rememberedLinks).filter((link) => link.isConnected).length, undefined);
}

/** Stores settings the way the options page does (sync), from an extension page. */
export async function storeSettings(harness: Harness, items: Record<string, unknown>): Promise<void> {
  const page = await harness.openExtensionPage('src/options/index.html');
  await page.evaluate((values) => chrome.storage.sync.set({ settingsVersion: 2, ...values }), items);
  await page.close();
}

export function runFixture(page: TestPage, method: 'setNumber' | 'setAfter', text: string): Promise<void> {
  return page.evaluate(([m, t]) => (window as unknown as { page: FixtureApi }).page[m](t), [method, text] as const);
}

type AppApi = Record<string, (...args: unknown[]) => void>;

/** Drives e2e/react-app (window.app); each call commits synchronously. */
export function reactApp(page: TestPage, method: string, ...args: unknown[]): Promise<void> {
  return page.evaluate(([m, a]) => (window as unknown as { app: AppApi }).app[m]?.(...a), [method, args] as const);
}

export function reactText(page: TestPage): Promise<string | null | undefined> {
  return page.evaluate(() => document.getElementById('root')?.textContent, undefined);
}

/** Waits until none of the links `rememberLinks` kept is in the page and the new script has made `count` of its own. */
export function waitForTakeover(page: TestPage, count: number): Promise<boolean> {
  return waitFor('the old links replaced', async () => (await rememberedStillThere(page)) === 0 && (await linkTexts(page)).texts.length === count);
}
