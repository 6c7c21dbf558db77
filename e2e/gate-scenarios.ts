import { expect, type TestType } from '@playwright/test';
import { waitFor } from './driver';
import type { Harness } from './harness';
import { clickMenu, openPopup, popupList, seamPage, tabIdOf } from './call-helpers';
import { linkerIdle } from './lifecycle-helpers';
import { selectText, waitForLinks } from './page-helpers';
import { CONTENT_MAIN } from '../src/content/main-path';

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
  test('a page with no number listens only once asked: a selection, a right-click or the popup wakes it, the page never can', async ({ harness }) => {
    const seamTab = await seamPage(harness);
    const askRaw = (tabId: number) => seamTab.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'page-info' }, { frameId: 0 }).then((info: unknown) => (info as { hostname?: string } | undefined)?.hostname ?? 'no answer', () => 'no one listening'),
      tabId,
    );

    // The popup: a plain message finds no one; the popup wakes the page (executeScript, as activeTab permits).
    const page = await harness.open(harness.server.url('no-digits.html'));
    const tabId = await tabIdOf(seamTab, page);
    expect(await askRaw(tabId)).toBe('no one listening');
    // The wake function lives in the content script's world only.
    expect(await page.evaluate(() => Object.keys(window).filter((key) => /wake/i.test(key)), undefined)).toEqual([]);
    const popup = await openPopup(harness, tabId);
    await waitFor('the popup to name the site', () => popup.evaluate(() => document.getElementById('site-label')?.textContent?.includes('127.0.0.1'), undefined));
    expect(await popupList(popup, 'page-numbers')).toEqual([]);
    expect(await askRaw(tabId)).toBe('127.0.0.1');
    await popup.close();

    // A right-click, and a selection, in a page the extension was not asked about: it listens from then on.
    for (const sign of ['right-click', 'selection'] as const) {
      const other = await harness.open(harness.server.url('no-digits.html'));
      const otherTab = await tabIdOf(seamTab, other);
      expect(await askRaw(otherTab), `before the ${sign}`).toBe('no one listening');
      if (sign === 'right-click') await other.click('#sel-ext', { button: 'right' });
      else await selectText(other, '#sel-ext');
      await waitFor(`the page to listen after the ${sign}`, async () => (await askRaw(otherTab)) === '127.0.0.1');
      expect(other.errors).toEqual([]);
    }
    expect(page.errors).toEqual([]);
  });
}

/**
 * Chrome only (Firefox keeps the content script in one file, compiled once per process): the content script's
 * main module is a separate packaged file the entry imports where a page needs it, from the per-session URL
 * `use_dynamic_url` gives, which a page cannot probe for.
 */
export function registerChromeLoadingScenarios(test: Test): void {
  test('Chrome loads the content script’s main module only on a page that needs it, from a URL pages cannot probe', async ({ harness }) => {
    const isMain = (url: string) => url.endsWith(`/${CONTENT_MAIN}`);
    const before = harness.browser.requests.length;
    const page = await harness.open(harness.server.url('no-digits.html'));
    // The entry answers at once where it has not started the rest.
    expect(await linkerIdle(page)).toBe(true);
    expect(harness.browser.requests.slice(before).filter(isMain), 'main module requests for a page without numbers').toEqual([]);

    await page.evaluate(() => (window as unknown as { addNumberInParts(): Promise<void> }).addNumberInParts(), undefined);
    await waitForLinks(page, 3);
    // Requested once, at the per-session origin (Chrome may report its internal redirect to the ID's URL too).
    const staticOrigin = harness.browser.extensionUrl('');
    const loads = harness.browser.requests.slice(before).filter(isMain);
    expect(loads[0]?.startsWith('chrome-extension://')).toBe(true);
    expect(loads.filter((url) => !url.startsWith(staticOrigin)), 'loads from the per-session origin').toHaveLength(1);
    expect(loads[0]?.startsWith(staticOrigin), 'first loaded from the per-session origin, not the extension ID').toBe(false);

    // The page itself can reach the file neither by the extension's ID nor by guessing: only the content script
    // is told the per-session URL.
    const probe = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'fetched';
      } catch {
        return 'refused';
      }
    }, harness.browser.extensionUrl(CONTENT_MAIN));
    expect(probe).toBe('refused');
    expect(page.errors).toEqual([]);
  });
}
