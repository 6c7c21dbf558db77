import { expect, type TestType } from '@playwright/test';
import { nextCall, waitFor } from './driver';
import type { Harness } from './harness';
import { clickMenu, frontTab, hrefOf, menuItems, menuItemShows, seam, seamPage, selectInFront, storeSettings } from './call-helpers';
import { selectText, waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

const MAIN = { number: '+16465550199', label: 'Main' };
const SUPPORT = { number: '802', label: 'Support' };

/** The context menu, the keyboard shortcut and the address bar: each opens the exact URL the core builds. */
export function registerCallScenarios(test: Test): void {
  test('menu on a linked number names it, calls it with the caller ID, and "Text with Zoom" opens zoomphonesms', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [MAIN], defaultCaller: MAIN.number, smsEnabled: true });
    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    const seamTab = await seamPage(harness);
    await page.bringToFront();
    await page.click('#num a.c2z-link', { button: 'right' });
    await menuItemShows(seamTab, 'call-link', 'Call +1 212 555 0100 with Zoom');
    await menuItemShows(seamTab, 'text-link', 'Text +1 212 555 0100 with Zoom');
    // A right-click on an ordinary link hides the call items again; on the number, they show again. (Before the
    // calls: headless Chromium takes no more mouse input on a page once it has opened a call URL.)
    await page.click('#plain-link', { button: 'right' });
    await menuItemShows(seamTab, 'call-link', undefined);
    await page.click('#num a.c2z-link', { button: 'right' });
    await menuItemShows(seamTab, 'call-link', 'Call +1 212 555 0100 with Zoom');
    const linkUrl = await hrefOf(page, '#num a.c2z-link');
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-link', linkUrl })).toBe('zoomphonecall://+12125550100?callerid=+16465550199');
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'text-link', linkUrl })).toBe('zoomphonesms://+12125550100?callerid=+16465550199');
    expect(page.errors).toEqual([]);
  });

  test('menu on a page\'s own tel: link, and "Call as…" a second caller ID', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [MAIN, SUPPORT], defaultCaller: MAIN.number });
    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    const seamTab = await seamPage(harness);
    await page.bringToFront();
    await page.click('#tel-ext', { button: 'right' });
    await menuItemShows(seamTab, 'call-link', 'Call +1 646 555 0143 ext. 7 with Zoom');
    const items = await menuItems(seamTab);
    expect(items.filter((item) => item.parentId === 'call-as-link').map((item) => item.title)).toEqual(['Main (+1 646 555 0199)', 'Support (802)']);
    expect(items.some((item) => item.id === 'text-link')).toBe(false);
    const linkUrl = await hrefOf(page, '#tel-ext');
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-as-link|802', linkUrl })).toBe('zoomphonecall://+16465550143?callerid=802');
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-link', linkUrl })).toBe('zoomphonecall://+16465550143?callerid=+16465550199');
  });

  test('menu on a selection reads the page\'s region, dials a bare extension, texts, and calls as another caller ID', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [MAIN, SUPPORT], defaultCaller: MAIN.number, smsEnabled: true });
    const seamTab = await seamPage(harness);
    const uk = await harness.open(harness.server.url('calls-gb.html'));
    const ukText = await selectText(uk, '#sel');
    expect(await clickMenu(harness.browser, seamTab, uk, { menuItemId: 'call-selection', selectionText: ukText })).toBe('zoomphonecall://+442079460958?callerid=+16465550199');
    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    const ext = await selectText(page, '#sel-ext');
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-selection', selectionText: ext })).toBe('zoomphonecall://802?callerid=+16465550199');
    const number = await selectText(page, '#sel');
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'text-selection', selectionText: number })).toBe('zoomphonesms://+16465550150?callerid=+16465550199');
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-as-selection|802', selectionText: number })).toBe('zoomphonecall://+16465550150?callerid=802');
  });

  test('keyboard shortcut calls the selected number; with nothing selected it shows a notice and calls nothing', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [SUPPORT], defaultCaller: SUPPORT.number });
    const seamTab = await seamPage(harness);
    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    await selectInFront(seamTab, page, '#sel');
    const before = harness.browser.calls.length;
    await seam(seamTab, { type: 'test:command', command: 'call-selection' });
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+16465550150?callerid=802');

    await page.evaluate(() => getSelection()?.removeAllRanges(), undefined);
    await frontTab(seamTab, page);
    const after = harness.browser.calls.length;
    await seam(seamTab, { type: 'test:command', command: 'call-selection' });
    const notice = await waitFor('the notice', () => page.evaluate(() => document.querySelector('c2z-notice')?.shadowRoot?.textContent ?? undefined, undefined));
    expect(notice).toBe('Select a phone number first, then press the shortcut again.');
    expect(harness.browser.calls.slice(after)).toEqual([]);
  });

  test('address bar: "zoom <number>" suggests the parsed number and Enter calls it', async ({ harness }) => {
    await storeSettings(harness, { scheme: 'callto' });
    const seamTab = await seamPage(harness);
    expect(await seam(seamTab, { type: 'test:omnibox-input', text: '(212) 555-0100' })).toBe('Call +1 212 555 0100 with Zoom');
    expect(await seam(seamTab, { type: 'test:omnibox-input', text: '212 55' })).toBe('Type a phone number or Zoom extension to call');
    const page = await harness.open(harness.server.url('calls.html'));
    await frontTab(seamTab, page);
    const before = harness.browser.calls.length;
    await seam(seamTab, { type: 'test:omnibox-enter', text: '+1 212 555 0100' });
    expect(await nextCall(harness.browser, before)).toBe('callto:+12125550100');
    expect(await page.evaluate(() => location.pathname, undefined)).toBe('/calls.html');
  });
}
