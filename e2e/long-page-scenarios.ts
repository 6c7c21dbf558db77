import { expect, type TestType } from '@playwright/test';
import { flush } from './adversarial-helpers';
import { frontTab, openPopup, popupList, seamPage, storeSettings } from './call-helpers';
import { type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { call } from './linkify-scenarios';
import { linkHrefIn, waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

const linksIn = (page: TestPage, selector: string) => page.evaluate((sel) => document.querySelectorAll(`${sel} a.c2z-link`).length, selector);

/** Waits until the element's number is a call link, and returns its href. */
function linkedHref(page: TestPage, selector: string): Promise<string> {
  return waitFor(`a call link in ${selector}`, () => linkHrefIn(page, selector), 10_000);
}

function scrollTo(page: TestPage, selector: string): Promise<void> {
  return page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), selector);
}

export function registerLongPageScenarios(test: Test): void {
  test('long page: numbers far from the viewport are counted at once and linked as the reader comes near', async ({ harness }) => {
    const page = await harness.open(harness.server.url('long-page.html#long'));
    await flush(page, 30_000);
    // Near the viewport: linked. Far below it: found, not yet wrapped.
    expect(await linkedHref(page, '#p0')).toBe(call('6465551000'));
    const near = await linksIn(page, '#list');
    expect(near).toBeGreaterThan(20);
    expect(near).toBeLessThan(400);
    expect(await linkHrefIn(page, '#p799')).toBeUndefined();
    // The scrolling box shows its first lines; those far down inside it wait too.
    expect(await linkedHref(page, '#b0')).toBe(call('7185552000'));
    expect(await linkHrefIn(page, '#b119')).toBeUndefined();

    // The popup lists every number on the page, linked or waiting; not one the page took out meanwhile.
    await page.evaluate(() => document.getElementById('p790')?.remove(), undefined);
    const popup = await openPopup(harness, await frontTab(await seamPage(harness), page));
    const listed = await popupList(popup, 'page-numbers');
    expect(listed.length).toBe(919);
    expect(listed).toContain('+1 646 555 1799');
    expect(listed).not.toContain('+1 646 555 1790');
    expect(listed).toContain('+1 718 555 2119');
    await popup.close();
    await page.bringToFront();

    // The page rewrites a far number: it is read again at once, and linked with what it shows now.
    await page.evaluate(() => {
      (document.getElementById('p700')?.firstChild as Text).data = 'Contact 700, new desk: (646) 555-9700.';
    }, undefined);
    expect(await linkedHref(page, '#p700')).toBe(call('6465559700'));

    // Scrolled to, far numbers are linked: down the page, and down the scrolling box.
    await scrollTo(page, '#p799');
    expect(await linkedHref(page, '#p799')).toBe(call('6465551799'));
    expect(await linkedHref(page, '#p760')).toBe(call('6465551760'));
    await page.evaluate(() => document.getElementById('b119')?.scrollIntoView({ block: 'nearest' }), undefined);
    expect(await linkedHref(page, '#b119')).toBe(call('7185552119'));
    // Nothing between the two ends was linked on the way (the jump passed it).
    expect(await linkHrefIn(page, '#p450')).toBeUndefined();
    expect(page.errors).toEqual([]);

    // Off for the site: the links go, and nothing comes near to be linked any more.
    await storeSettings(harness, { sites: ['127.0.0.1'], siteListMode: 'deny' });
    await waitForLinks(page, 0);
    await scrollTo(page, '#p450');
    await flush(page);
    expect(await linksIn(page, 'body')).toBe(0);
  });

  test('long page: an article with a number here and there is counted at once and linked as the reader comes near', async ({ harness }) => {
    const page = await harness.open(harness.server.url('long-page.html#sparse'));
    await flush(page, 30_000);
    expect(await linkedHref(page, '#p0')).toBe(call('6465551000'));
    expect(await linkHrefIn(page, '#p2995')).toBeUndefined();
    // In Firefox the far paragraphs were read from their markup and are not walked until the reader comes near.
    const [screened, setAside] = (await page.evaluate(() => document.documentElement.getAttribute('data-c2z-test-screen'), undefined) ?? '0 0').split(' ').map(Number);
    expect(screened).toBeGreaterThan(0);
    if (harness.browser.name === 'firefox') expect(setAside).toBeGreaterThan(2900);
    // The page rewrites the text of a far paragraph: read again at once, and linked with what it shows now.
    await page.evaluate(() => {
      (document.getElementById('p2500')?.firstChild as Text).data = 'Contact 2500, new desk: (646) 555-9500.';
    }, undefined);
    expect(await linkedHref(page, '#p2500')).toBe(call('6465559500'));
    const popup = await openPopup(harness, await frontTab(await seamPage(harness), page));
    const listed = await popupList(popup, 'page-numbers');
    expect(listed.length).toBe(600);
    expect(listed).toContain('+1 646 555 3995');
    expect(listed).toContain('+1 646 555 9500');
    expect(listed).not.toContain('+1 646 555 3500');
    await popup.close();
    await page.bringToFront();
    await scrollTo(page, '#p2995');
    expect(await linkedHref(page, '#p2995')).toBe(call('6465553995'));
    expect(await linkHrefIn(page, '#p2990')).toBe(call('6465553990'));
    expect(await linkHrefIn(page, '#p2996')).toBeUndefined();
    expect(page.errors).toEqual([]);
  });

  test('long page: a change to one line of a far card loses none of the card\'s numbers', async ({ harness }) => {
    const page = await harness.open(harness.server.url('long-page.html#cards'));
    await flush(page, 30_000);
    expect(await linkHrefIn(page, '#c700')).toBeUndefined();
    // The page rewrites the line between the card's two numbers; then the reader comes near the card.
    await page.evaluate(() => {
      (document.querySelector('#c700 div:nth-of-type(2)')?.firstChild as Text).data = 'Order #9';
    }, undefined);
    await flush(page);
    await scrollTo(page, '#c700');
    expect(await waitFor('both numbers of #c700 linked', async () => {
      const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('#c700 a.c2z-link')].map((a) => a.href), undefined);
      return hrefs.length === 2 ? hrefs : undefined;
    })).toEqual([call('6465551700'), call('2125551700')]);
    expect(page.errors).toEqual([]);
  });

  test('long page: a page with fewer numbers far from the viewport is linked whole', async ({ harness }) => {
    const page = await harness.open(harness.server.url('long-page.html#short'));
    await flush(page, 30_000);
    // 120 paragraphs over some thirty screens: every number linked without scrolling.
    expect(await linksIn(page, '#short')).toBe(120);
    expect(await linkHrefIn(page, '#p119')).toBe(call('6465551119'));
    expect(page.errors).toEqual([]);
  });
}
