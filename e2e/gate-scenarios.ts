import { expect, type TestType } from '@playwright/test';
import { waitFor } from './driver';
import type { Harness } from './harness';
import { clickMenu, frontTab, openPopup, popupList, seamPage } from './call-helpers';
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

    const popup = await openPopup(harness, await frontTab(seamTab, page));
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
  test('a page with no number answers a plain message at once, and a frame without a selection stays silent', async ({ harness }) => {
    const seamTab = await seamPage(harness);
    const ask = (tabId: number, message: { type: string }, frameId?: number) => seamTab.evaluate(
      ([id, m, frame]) => chrome.tabs.sendMessage(id, m, frame === undefined ? {} : { frameId: frame }).then((info: unknown) => info ?? 'no answer', () => 'no one listening'),
      [tabId, message, frameId] as const,
    );

    // The entry listens from load (no wake, no permission to run script in the tab): the request starts the rest.
    const page = await harness.open(harness.server.url('no-digits.html'));
    const tabId = await frontTab(seamTab, page);
    expect(await ask(tabId, { type: 'page-info' }, 0)).toMatchObject({ hostname: '127.0.0.1', numbers: [] });
    // Only a frame holding a selection answers `get-selection`: with none, no frame does.
    expect(['no one listening', 'no answer']).toContain(await ask(tabId, { type: 'get-selection' }));
    const ext = await selectText(page, '#sel-ext');
    expect(await ask(tabId, { type: 'get-selection' })).toMatchObject({ text: ext });
    // The page's own scripts see nothing of ours.
    expect(await page.evaluate(() => Object.keys(window).filter((key) => /c2z|wake/i.test(key)), undefined)).toEqual([]);
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
