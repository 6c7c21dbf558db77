import { expect, type TestType } from '@playwright/test';
import { waitFor } from './driver';
import type { Harness } from './harness';
import { clickMenu, openPopup, popupList, seamPage, tabIdOf } from './call-helpers';
import { selectText, waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

/**
 * A page with too few digits for a phone number runs only the content script's entry (content/boot.ts); the
 * rest starts when a number arrives or when the extension asks the page something. Each way in, for real.
 */
export function registerGateScenarios(test: Test): void {
  test('a page with no number: menu and popup still get answers, and a number arriving in parts later is linked', async ({ harness }) => {
    const seamTab = await seamPage(harness);
    const page = await harness.open(harness.server.url('no-digits.html'));
    const ext = await selectText(page, '#sel-ext');
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-selection', selectionText: ext })).toBe('zoomphonecall://802');

    const popup = await openPopup(harness, await tabIdOf(seamTab, page));
    await waitFor('the popup to name the site', () => popup.evaluate(() => document.getElementById('site-label')?.textContent?.includes('127.0.0.1'), undefined));
    expect(await popupList(popup, 'page-numbers')).toEqual([]);

    await page.evaluate(() => (window as unknown as { addNumberInParts(): Promise<void> }).addNumberInParts(), undefined);
    const links = await waitForLinks(page, 3);
    expect(links.map((l) => [l.text, l.href])).toEqual([
      ['(212)', 'zoomphonecall://+12125550100'], [' 555', 'zoomphonecall://+12125550100'], ['-0100', 'zoomphonecall://+12125550100'],
    ]);
    expect(await page.evaluate(() => document.body.textContent?.includes('Call (212) 555-0100 today.'), undefined)).toBe(true);
    expect(page.errors).toEqual([]);
  });
}
