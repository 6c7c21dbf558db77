import type { TestPage } from './driver';
import { waitFor } from './driver';

export interface LinkInfo {
  readonly text: string;
  readonly href: string;
  readonly title: string;
}

/** The call links the extension made on the page, in document order. */
export function callLinks(page: TestPage): Promise<LinkInfo[]> {
  return page.evaluate(
    () => [...document.querySelectorAll<HTMLAnchorElement>('a.c2z-link')].map((a) => ({ text: a.textContent ?? '', href: a.href, title: a.title })),
    undefined,
  );
}

/** Waits until the page has exactly `count` call links, then returns them. */
export function waitForLinks(page: TestPage, count: number): Promise<LinkInfo[]> {
  return waitFor(`${count} call links`, async () => {
    const links = await callLinks(page);
    return links.length === count ? links : undefined;
  });
}

/** The href of the call link inside `selector`, once there is one. */
export function linkHrefIn(page: TestPage, selector: string): Promise<string | undefined> {
  return page.evaluate((sel) => document.querySelector<HTMLAnchorElement>(`${sel} a.c2z-link`)?.href, selector);
}

/**
 * The page's text as served, before any script or extension touched it (parsed from a fresh fetch). <noscript>
 * is left out: DOMParser parses it with scripting off (as elements), a live page with scripting on (as text).
 */
export function servedText(page: TestPage): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    body.querySelectorAll('noscript').forEach((element) => element.remove());
    return body.textContent ?? '';
  }, undefined);
}

/** document.body.textContent without <noscript>, to compare with servedText. */
export function liveText(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('noscript').forEach((element) => element.remove());
    return body.textContent ?? '';
  }, undefined);
}

/** Selects the text of an element with a real document selection, as a user's drag would. */
export function selectText(page: TestPage, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) throw new Error(`no ${sel}`);
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  }, selector);
}

/**
 * Scrolls the page from top to bottom two screens at a time, a frame at each stop, as a reader going through it:
 * on a long page the numbers far from the viewport are linked as it comes near them (docs/linkifier.md).
 */
async function readThrough(page: TestPage): Promise<void> {
  // A tab in the background gets its intersections late (Firefox): a reader scrolls the tab in front.
  await page.bringToFront();
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += 2 * innerHeight) {
      scrollTo(0, y);
      await frame();
    }
  }, undefined);
}

/**
 * Reads the page through (readThrough), then goes to the first of `selector`'s elements still without a call link,
 * again and again, until none is left or the deadline passes: a reader who went past a stretch faster than the page
 * was measured (a page still moving its blocks, a loaded machine) sees it linked once they come back to it.
 */
export async function readUntilLinked(page: TestPage, selector: string, timeoutMs = 30_000): Promise<void> {
  await readThrough(page);
  // Where the reader last stood, and what was still without a link there: said when the wait fails.
  let last = '';
  try {
    await waitFor(`every ${selector} linked once the reader comes to it`, async () => {
      const missing = await page.evaluate((sel) => {
        const element = [...document.querySelectorAll(sel)].find((candidate) => !candidate.querySelector('a.c2z-link'));
        element?.scrollIntoView({ block: 'center' });
        return element ? `"${element.textContent ?? ''}" at y ${Math.round(element.getBoundingClientRect().top + scrollY)}, scrolled to ${Math.round(scrollY)}` : '';
      }, selector);
      last = missing;
      return missing === '';
    }, timeoutMs);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; still without a link: ${last}`);
  }
}
