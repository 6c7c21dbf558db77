import { expect, type TestType } from '@playwright/test';
import { flush } from './adversarial-helpers';
import { frontTab, openPopup, popupList, seamPage, storeSettings } from './call-helpers';
import { nextCall, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

/** The texts of the ranges in the extension's highlight (the ones painted), as the page sees the document's registry. */
function paintedTexts(page: TestPage): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('c2z-number') ?? [])].map((range) => range.toString()), undefined);
}

/** Waits until the painted marks pass `test`, then returns their texts. */
function waitForPainted(page: TestPage, what: string, test: (texts: string[]) => boolean): Promise<string[]> {
  return waitFor(what, async () => {
    const texts = await paintedTexts(page);
    return test(texts) ? texts : undefined;
  }, 30_000);
}

/** The table's markup, without the attribute links.css needs on the cells whose mark is painted (mark-holders.ts). */
function rowsMarkup(page: TestPage): Promise<string> {
  return page.evaluate(() => new XMLSerializer().serializeToString(document.getElementById('rows') as Node).replaceAll(' data-c2z-marks=""', ''), undefined);
}

export function registerHighlightScenarios(test: Test): void {
  test('a 3,200-row table is marked, not wrapped: its DOM stays as built; the user\'s click calls, the page\'s does not', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [{ number: '+16465550199', label: '' }], defaultCaller: '+16465550199' });
    const page = await harness.open(harness.server.url('huge-table.html'));
    // Outside the table a number is still a link.
    await waitForLinks(page, 1);
    await flush(page, 30_000);
    // Only the marks near the viewport are painted (all 3,200 would cost the page on every change).
    const top = await waitForPainted(page, 'the top rows painted', (texts) => texts.includes('(646) 555-1000'));
    expect(top.length).toBeGreaterThan(10);
    expect(top.length).toBeLessThan(400);
    expect(top).not.toContain('(646) 555-4199');
    // Painted with our tint. Chromium's rule reaches only the cells showing a painted mark, never outside the table
    // (links.css scopes it to them: mark-holders.ts); Firefox's needs no attribute, and no element gets one.
    const scoped = harness.browser.name === 'chromium';
    const none = 'rgba(0, 0, 0, 0)';
    const tint = (id: string) => page.evaluate((id) => getComputedStyle(document.getElementById(id) as Element, '::highlight(c2z-number)').backgroundColor, id);
    const holders = () => page.evaluate(() => document.querySelectorAll('[data-c2z-marks]').length, undefined);
    expect(await tint('n0')).not.toBe(none);
    expect((await tint('desk')) === none).toBe(scoped);
    expect((await tint('n3199')) === none).toBe(scoped);
    expect(await holders()).toBe(scoped ? top.length : 0);
    const served = await page.evaluate(() => (window as unknown as { servedRows: string }).servedRows, undefined);
    expect((await rowsMarkup(page)) === served, 'the table\'s markup as built').toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('#rows a').length, undefined)).toBe(0);
    // Scrolled to the end, the window follows.
    await page.evaluate(() => document.getElementById('n3199')?.scrollIntoView(), undefined);
    const bottom = await waitForPainted(page, 'the last rows painted', (texts) => texts.includes('(646) 555-4199') && !texts.includes('(646) 555-1000'));
    expect(await tint('n3199')).not.toBe(none);
    expect((await tint('n0')) === none).toBe(scoped);
    expect(await holders()).toBe(scoped ? bottom.length : 0);

    // The hand cursor over a number, not beside it.
    await page.hover('#n2502');
    await waitFor('the cursor mark on the number', () => page.evaluate(() => document.getElementById('n2502')?.hasAttribute('data-c2z-over'), undefined));
    await page.hover('#c2502');
    await waitFor('the cursor mark gone', () => page.evaluate(() => document.querySelectorAll('[data-c2z-over]').length === 0, undefined));

    // A right-click selects the number, for the menu's item on selections.
    await page.click('#n2503', { button: 'right' });
    await waitFor('the number selected', () => page.evaluate(() => getSelection()?.toString() === '(646) 555-3503', undefined));
    await page.evaluate(() => getSelection()?.removeAllRanges(), undefined);

    // The page rewrites one number and removes a row: the marks follow; an appended row is marked too.
    await page.evaluate(() => {
      (document.getElementById('n2504')?.firstChild as Text).nodeValue = '(646) 555-9504';
      document.getElementById('n2505')?.closest('tr')?.remove();
      const row = document.createElement('tr');
      const number = document.createElement('span');
      number.id = 'n-new';
      number.textContent = '(646) 555-8000';
      for (const content of ['New contact', number, '2024-06-01']) row.insertCell().append(content);
      document.getElementById('rows')?.append(row);
    }, undefined);
    await page.evaluate(() => document.getElementById('n-new')?.scrollIntoView(), undefined);
    await waitForPainted(page, 'the appended number painted', (texts) => texts.includes('(646) 555-8000'));
    await page.evaluate(() => document.getElementById('n2504')?.scrollIntoView({ block: 'center' }), undefined);
    const after = await waitForPainted(page, 'the rewritten number painted', (texts) => texts.includes('(646) 555-9504'));
    expect(after).not.toContain('(646) 555-3504');
    expect(after).not.toContain('(646) 555-3505');

    // A click on the name beside a number, a click the page's own script makes on a number, and a click on a
    // number the page cancels (as it could cancel a link's), call nothing: the next call is the user's click on
    // the rewritten number after them. (Headless Chromium takes no more mouse input on a page once it has opened
    // a call URL, so the call comes last.)
    const before = harness.browser.calls.length;
    await page.click('#c2500');
    await page.evaluate(() => document.getElementById('n2499')?.closest('tr')?.addEventListener('click', (event) => event.preventDefault()), undefined);
    await page.click('#n2499');
    await page.evaluate(() => {
      const number = document.getElementById('n2500') as HTMLElement;
      const box = number.getBoundingClientRect();
      number.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0, clientX: box.left + 3, clientY: box.top + box.height / 2 }));
    }, undefined);
    await page.click('#n2504');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+16465559504?callerid=+16465550199');
    expect(page.errors).toEqual([]);

    // The popup lists every marked number (painted or not) with the linked one: 3,200 - 1 removed + 1 added + 1.
    const popup = await openPopup(harness, await frontTab(await seamPage(harness), page));
    const listed = await popupList(popup, 'page-numbers');
    expect(listed.length).toBe(3201);
    expect(listed).toContain('+1 646 555 9504');
    expect(listed).toContain('+1 212 555 0199');

    // Off for the site: the marks go, and the table is as the page left it (the cursor mark gone too).
    const markup = (await rowsMarkup(page)).replace(' data-c2z-over=""', '');
    await storeSettings(harness, { sites: ['127.0.0.1'], siteListMode: 'deny' });
    await waitFor('the marks removed', () => page.evaluate(() => !CSS.highlights.has('c2z-number'), undefined));
    await waitForLinks(page, 0);
    expect((await rowsMarkup(page)) === markup, 'the table\'s markup after linking is turned off').toBe(true);
  });
}
