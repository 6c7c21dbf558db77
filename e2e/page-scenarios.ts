import { expect, type TestType } from '@playwright/test';
import { type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { flush } from './adversarial-helpers';
import { readUntilLinked, waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

/**
 * The exact DOM of the page's body as served and as it is now: every node with its type, name, attributes and
 * text, so split or leftover text nodes and changed attributes all show. Scripts in the fixtures used here do
 * not change the DOM, so the two must be equal whenever no link is present.
 */
function domNow(page: TestPage): Promise<{ served: string; live: string }> {
  return page.evaluate(async () => {
    const shape = (node: Node): unknown => {
      if (node.nodeType === Node.TEXT_NODE) return ['#text', (node as Text).data];
      if (!(node instanceof Element) && node.nodeType !== Node.ELEMENT_NODE) return [node.nodeName];
      const element = node as Element;
      if (element.localName === 'noscript') return ['noscript'];
      return [element.localName, [...element.attributes].map((a) => `${a.name}=${a.value}`), [...element.childNodes].map(shape)];
    };
    const html = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(html, 'text/html').body;
    return { served: JSON.stringify(shape(served)), live: JSON.stringify(shape(document.body)) };
  }, undefined);
}

function setStored(harness: Harness, items: Record<string, unknown>): Promise<void> {
  return harness.openExtensionPage('src/options/index.html').then((page) =>
    page.evaluate((values) => chrome.storage.sync.set({ settingsVersion: 2, ...values }), items));
}

export function registerPageScenarios(test: Test): void {
  test('links keep the text metrics of the page (no layout shift) whatever the page styles <a> with', async ({ harness }) => {
    const page = await harness.open(harness.server.url('layout.html'));
    await waitForLinks(page, 2);
    const metrics = await page.evaluate(() => {
      const box = (id: string) => {
        const rect = document.getElementById(id)?.getBoundingClientRect();
        // Rounded to 1/100 px: Firefox lays out in 1/60 px units, and the twin sits lower on the page.
        return rect ? { width: Math.round(rect.width * 100) / 100, height: Math.round(rect.height * 100) / 100 } : undefined;
      };
      const link = document.querySelector('#linked a.c2z-link') as HTMLElement;
      const style = getComputedStyle(link);
      const parent = getComputedStyle(link.parentElement as HTMLElement);
      return {
        linked: box('linked'), unlinked: box('unlinked'),
        display: style.display, color: style.color, parentColor: parent.color, fontSize: style.fontSize,
        parentFontSize: parent.fontSize, fontWeight: style.fontWeight, parentFontWeight: parent.fontWeight,
        padding: style.padding, border: style.borderTopWidth, background: style.backgroundColor, underline: style.textDecorationStyle,
      };
    }, undefined);
    // The twin paragraph sits in a contenteditable block (a skip zone) and is never linked: the same box.
    expect(metrics.linked).toEqual(metrics.unlinked);
    expect(metrics).toMatchObject({
      display: 'inline', color: metrics.parentColor, fontSize: metrics.parentFontSize, fontWeight: metrics.parentFontWeight,
      padding: '0px', border: '0px', background: 'rgba(0, 0, 0, 0)', underline: 'dotted',
    });
  });

  test('turning linking off for the site restores the exact DOM; turning it on links again', async ({ harness }) => {
    const page = await harness.open(harness.server.url('numbers.html'));
    await waitForLinks(page, 7);
    const linked = await domNow(page);
    expect(linked.live).not.toBe(linked.served);

    await setStored(harness, { sites: ['127.0.0.1'], siteListMode: 'deny' });
    await waitForLinks(page, 0);
    const restored = await domNow(page);
    expect(restored.live).toBe(restored.served);

    await setStored(harness, { sites: [] });
    await waitForLinks(page, 7);
  });

  test('a framework that keeps its text node gets it back whole when linking is turned off', async ({ harness }) => {
    const page = await harness.open(harness.server.url('dynamic.html'));
    await waitForLinks(page, 3);
    await setStored(harness, { linkingEnabled: false });
    await waitForLinks(page, 0);
    const state = await page.evaluate(() => {
      const whole = document.getElementById('whole') as HTMLElement;
      return { nodes: whole.childNodes.length, text: whole.firstChild?.nodeValue };
    }, undefined);
    expect(state).toEqual({ nodes: 1, text: 'Desk 212-555-0101, fax 212-555-0102.' });
    // The page's own reference is still the node on screen.
    await page.evaluate(() => (window as unknown as { page: { setWhole(t: string): void } }).page.setWhole('Moved to 212-555-0123'), undefined);
    expect(await page.evaluate(() => document.getElementById('whole')?.textContent, undefined)).toBe('Moved to 212-555-0123');
  });

  test('national numbers are read for the page region (html lang), and a pinned country relinks open tabs', async ({ harness }) => {
    const uk = await harness.open(harness.server.url('region-gb.html'));
    const ukLinks = await waitForLinks(uk, 2);
    expect(ukLinks.map((link) => [link.text, link.href])).toEqual([
      ['020 7946 0958', 'zoomphonecall://+442079460958'],
      ['+1 212 555 0101', 'zoomphonecall://+12125550101'],
    ]);

    const page = await harness.open(harness.server.url('region.html'));
    const usLinks = await waitForLinks(page, 2);
    expect(usLinks.map((link) => link.text)).toEqual(['(212) 555-0100', '+1 212 555 0101']);
    await setStored(harness, { country: 'GB' });
    await waitFor('the page relinked for GB', async () => {
      const links = await page.evaluate(() => [...document.querySelectorAll('a.c2z-link')].map((a) => a.textContent), undefined);
      return JSON.stringify(links) === JSON.stringify(['020 7946 0958', '+1 212 555 0101']);
    });
    expect(await page.evaluate(() => document.body.textContent?.trim(), undefined))
      .toBe('London 020 7946 0958; New York (212) 555-0100; international +1 212 555 0101.');
  });

  test('content a page adds in promise steps after its first change is linked too (no page change is lost)', async ({ harness }) => {
    const page = await harness.open(harness.server.url('numbers.html'));
    await waitForLinks(page, 7);
    // A framework rendering in steps: one change in the task, the next ones in microtasks queued after it, so they
    // land while the extension is linking the first (its first slice runs in a microtask too).
    // Into a list of its own, so an added item splits no text around it and only that item is read.
    await page.evaluate(() => document.body.append(document.createElement('ul')), undefined);
    await flush(page);
    await page.evaluate(() => {
      const add = (id: string, text: string) => {
        const item = document.createElement('li');
        item.id = id;
        item.textContent = text;
        document.querySelector('body > ul:last-child')?.append(item);
      };
      add('step-1', 'Step one: 212-555-0181');
      void Promise.resolve()
        .then(() => add('step-2', 'Step two: 212-555-0182'))
        .then(() => add('step-3', 'Step three: 212-555-0183'));
    }, undefined);
    const links = await waitForLinks(page, 10);
    expect(links.slice(7).map((link) => link.text)).toEqual(['212-555-0181', '212-555-0182', '212-555-0183']);
  });

  test('a page that moves and rewraps the blocks being walked gets every number linked once, its text kept', async ({ harness }) => {
    // The page moves and wraps groups from the start, while the extension walks them in idle slices.
    const page = await harness.open(harness.server.url('moving-blocks.html'));
    const changes = await page.evaluate(() => (window as unknown as { moverDone: Promise<number> }).moverDone, undefined);
    // The page kept moving blocks while they were linked (fewer ticks of its 1 ms timer on a loaded machine).
    expect(changes).toBeGreaterThan(40);
    await flush(page);
    // A long page: its far numbers are linked as the reader comes near them.
    await readUntilLinked(page, '#moving .group');
    await flush(page, 30_000);
    const links = await waitForLinks(page, 2000);
    const texts = links.map((link) => link.text);
    expect(new Set(texts).size, 'no number linked twice').toBe(2000);
    for (let i = 0; i < 2000; i++) expect(texts, `Desk ${i}`).toContain(`212-555-${1000 + i}`);
    const groupsIntact = await page.evaluate(() => [...document.querySelectorAll('#moving .group')].every((group) => {
      const read = /^Desk (\d+): 212-555-(\d+)$/.exec(group.textContent ?? '');
      return read !== null && Number(read[2]) === 1000 + Number(read[1]);
    }), undefined);
    expect(groupsIntact, 'each group reads as it did').toBe(true);
  });
}
