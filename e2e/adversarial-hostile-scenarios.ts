import { expect, type TestType } from '@playwright/test';
import { nextCall, waitFor } from './driver';
import type { Harness } from './harness';
import { expectPageHealthy, flush, pageAddsContent, probeReady, probeReport, waitForPieces } from './adversarial-helpers';
import { frontTab, menuItemShows, seam, seamPage } from './call-helpers';

type Test = TestType<{ harness: Harness }, object>;

type PageWindow = Window & {
  advLinks(): { text: string; number: string }[];
  advOverrideCalls(): Record<string, number>;
  advAttack(extensionId: string): void;
  advRuntime: string[];
};

/** Pages that restrict or subvert the page environment, or try to drive the extension themselves. */
export function registerHostilePageScenarios(test: Test): void {
  test('adversarial: under a strict CSP header numbers are linked and styled, the notice shows, and we cause no violation', async ({ harness }) => {
    const seamTab = await seamPage(harness);
    const page = await harness.open(harness.server.url('adversarial-csp.html'));
    await probeReady(page);
    expect(await waitForPieces(page, '#static', 2)).toEqual([
      { text: '212-555-0100', number: '+12125550100' },
      { text: '+1 212 555 0101', number: '+12125550101' },
    ]);
    // The links look as links.css says (a page rule `a { color: red; text-decoration: none }` does not reach them).
    const look = await page.evaluate(() => {
      const link = document.querySelector('#static a.c2z-link') as HTMLElement;
      const style = getComputedStyle(link);
      return {
        line: style.textDecorationLine, decoration: style.textDecorationStyle, cursor: style.cursor, display: style.display,
        color: style.color, paragraphColor: getComputedStyle(link.parentElement as Element).color,
      };
    }, undefined);
    expect(look).toEqual({ line: 'underline', decoration: 'dotted', cursor: 'pointer', display: 'inline', color: 'rgb(30, 30, 80)', paragraphColor: 'rgb(30, 30, 80)' });
    await pageAddsContent(page);
    expect(await waitForPieces(page, '#added', 1)).toEqual([{ text: '+1 646 555 0142', number: '+16465550142' }]);
    // The in-page notice (styled through CSSOM in a shadow root): the shortcut with nothing selected shows it.
    await frontTab(seamTab, page);
    await seam(seamTab, { type: 'test:command', command: 'call-selection' });
    const notice = await waitFor('the notice', () => page.evaluate(() => {
      const host = document.querySelector('c2z-notice');
      const box = host?.shadowRoot?.querySelector('[role="status"]');
      return host && box ? { position: getComputedStyle(host).position, background: getComputedStyle(box).backgroundColor, text: box.textContent } : undefined;
    }, undefined));
    expect(notice).toEqual({ position: 'fixed', background: 'rgb(31, 41, 55)', text: 'Select a phone number first, then press the shortcut again.' });
    await flush(page);
    // The page's own style attribute (its control violation) is the one and only violation: none is ours. Firefox
    // also reports its own request for /favicon.ico (img-src), which is the browser's, not the page's or ours.
    const report = await probeReport(page);
    const violations = report.violations.filter((violation) => !/^img-src \S+\/favicon\.ico /.test(violation));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^style-src(-attr)? inline \S+\/adversarial-csp\.js:4$/);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('styled') as Element).color, undefined)).toBe('rgb(30, 30, 80)');
    // Firefox logs those two violations as page errors too.
    await expectPageHealthy(page, report, { expectedErrors: /^Error: Content-Security-Policy: .*(\/favicon\.ico |\(style-src-attr\))/ });
  });

  test('adversarial: a page that overrides DOM methods, accessors and constructors in its own world is linked, and none of them is called', async ({ harness }) => {
    const page = await harness.open(harness.server.url('adversarial-prototypes.html'));
    await probeReady(page);
    const links = () => page.evaluate(() => (window as unknown as PageWindow).advLinks(), undefined);
    expect(await waitFor('3 call links', async () => ((await links()).length >= 3 ? links() : undefined))).toEqual([
      { text: '212-555-0100', number: '+12125550100' },
      { text: '(212)', number: '+12125550101' },
      { text: ' 555-0101', number: '+12125550101' },
    ]);
    // Content the page adds after replacing MutationObserver, appendChild and the rest is linked too.
    await pageAddsContent(page);
    await waitFor('the added number to be linked', async () => (await links()).some((link) => link.number === '+16465550142'));
    const overrideCalls = () => page.evaluate(() => (window as unknown as PageWindow).advOverrideCalls(), undefined);
    const calls = await overrideCalls();
    expect(Object.keys(calls).length).toBeGreaterThan(50);
    expect(Object.entries(calls).filter(([, count]) => count > 0)).toEqual([]);
    // Control: the traps are live in the page's world (a call there is counted).
    await page.evaluate(() => {
      try {
        document.createElement('i');
      } catch {
        // the trap throws, as designed
      }
    }, undefined);
    expect(Object.entries(await overrideCalls()).filter(([, count]) => count > 0)).toEqual([['Document.prototype.createElement', 1]]);
    await expectPageHealthy(page, await probeReport(page));
  });

  test('adversarial: forged pointer, mouse and key events, posted messages and look-alike events start no call and change nothing', async ({ harness }) => {
    const extensionId = new URL(harness.browser.extensionUrl('')).host;
    const seamTab = await seamPage(harness);
    const page = await harness.open(harness.server.url(`adversarial-events.html#${extensionId}`));
    await probeReady(page);
    expect(await waitForPieces(page, '#num', 1)).toEqual([{ text: '212-555-0100', number: '+12125550100' }]);
    const tabId = await frontTab(seamTab, page);
    await waitFor('badge "1"', async () => (await seam(seamTab, { type: 'test:badge', tabId })) === '1');
    // A real right-click off any link, so the link items are hidden when the forged ones arrive.
    await page.click('#plain', { button: 'right' });
    await menuItemShows(seamTab, 'call-link', undefined);
    const stored = () => seamTab.evaluate(async () => ({ sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }), undefined);
    const storedBefore = await stored();
    const before = harness.browser.calls.length;

    await page.evaluate((id) => (window as unknown as PageWindow).advAttack(id), extensionId);
    // Again inside a real click's user activation.
    await page.click('#attack');
    await waitFor('the second attack', () => page.evaluate(() => document.body.dataset.attacks === '2', undefined));
    await flush(page);
    // The user's own Enter on the link is the next (and only) call: nothing the page did came before it.
    await page.press('#num a.c2z-link', 'Enter');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550100');
    expect(harness.browser.calls.slice(before)).toEqual(['zoomphonecall://+12125550100']);

    await menuItemShows(seamTab, 'call-link', undefined);
    expect(await seam(seamTab, { type: 'test:badge', tabId })).toBe('1');
    expect(await page.evaluate(() => document.querySelector('c2z-notice'), undefined)).toBeNull();
    // Settings as they were; the only stored change is the user's call in the recent list.
    const storedAfter = await waitFor('the user\'s call in the recent list', async () => {
      const now = await stored();
      return JSON.stringify(now.local.recentCalls ?? []).includes('+12125550100') ? now : undefined;
    });
    expect(storedAfter.sync).toEqual(storedBefore.sync);
    const { recentCalls, ...localAfter } = storedAfter.local;
    const { recentCalls: recentBefore, ...localBefore } = storedBefore.local;
    expect(localAfter).toEqual(localBefore);
    expect(recentBefore).toBeUndefined();
    expect(JSON.stringify(recentCalls)).not.toContain('+1900');
    // The page could not reach the runtime at all (no externally_connectable): no API, or an error per message.
    const runtime = await page.evaluate(() => (window as unknown as PageWindow).advRuntime, undefined);
    expect(runtime.length).toBeGreaterThan(0);
    expect(runtime.every((entry) => entry === 'no runtime in the page' || /error|threw|not|invalid/i.test(entry))).toBe(true);
    await expectPageHealthy(page, await probeReport(page));
  });
}

/** A page that sends the page-world script's events itself: it gets hosts looked at, and nothing else. */
export function registerPageWorldHostileScenario(test: Test): void {
  test('adversarial: a page that forges the page-world events causes no call, no request and no wrong link', async ({ harness }) => {
    const page = await harness.open(harness.server.url('adversarial-page-world.html'));
    const callsBefore = harness.browser.calls.length;
    await waitFor('the plain number linked', () => page.evaluate(() => document.querySelector('#plain a.c2z-link')?.getAttribute('href'), undefined));
    const sent = await page.evaluate(() => (window as unknown as { attack(): number }).attack(), undefined);
    expect(sent).toBeGreaterThan(10);
    const links = await waitFor('the shadow number linked', () => page.evaluate(() => {
      const shadow = document.getElementById('host')?.shadowRoot;
      const all = [...document.querySelectorAll('a.c2z-link'), ...(shadow?.querySelectorAll('a.c2z-link') ?? [])];
      return all.length === 2 ? all.map((a) => `${a.textContent}=${a.getAttribute('href')}`) : undefined;
    }, undefined));
    expect(links).toEqual(['212-555-0100=zoomphonecall://+12125550100', '212-555-0101=zoomphonecall://+12125550101']);
    expect(harness.browser.calls.length).toBe(callsBefore);
    expect(page.errors).toEqual([]);
  });
}
