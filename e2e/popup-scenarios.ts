import { expect, type TestType } from '@playwright/test';
import { nextCall, waitFor } from './driver';
import type { Harness } from './harness';
import { frontTab, menuItemShows, openPopup, popupList, seam, seamPage, storeSettings } from './call-helpers';
import { callLinks, waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

const MAIN = { number: '+16465550199', label: 'Main' };

/** The toolbar popup and badge, the page's own tel:/callto: links, and a page that tries to dial on its own. */
export function registerPopupScenarios(test: Test): void {
  test('popup lists the page\'s numbers, calls and texts them, and its site switch turns linking off and on', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [MAIN], defaultCaller: MAIN.number, smsEnabled: true });
    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    const tabId = await frontTab(await seamPage(harness), page);
    const popup = await openPopup(harness, tabId);
    expect(await popupList(popup, 'page-numbers')).toEqual(['+1 212 555 0100', '+1 212 555 0101', '+1 646 555 0150']);
    let before = harness.browser.calls.length;
    await popup.click('#page-numbers li:nth-child(2) button.call');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550101?callerid=+16465550199');
    before = harness.browser.calls.length;
    await popup.click('#page-numbers li:nth-child(1) button.text');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonesms://+12125550100?callerid=+16465550199');

    expect(await popup.evaluate(() => document.getElementById('site-label')?.textContent, undefined)).toBe('Link numbers on 127.0.0.1');
    await popup.click('#site-switch');
    await waitForLinks(page, 0);
    expect(await popup.evaluate(() => chrome.storage.sync.get('sites'), undefined)).toEqual({ sites: ['127.0.0.1'] });
    await waitFor('the popup to show no numbers', async () => (await popupList(popup, 'page-numbers')).length === 0);
    await popup.click('#site-switch');
    await waitForLinks(page, 3);
    expect(await popup.evaluate(() => chrome.storage.sync.get('sites'), undefined)).toEqual({ sites: [] });
    await waitFor('the popup to list the numbers again', async () => (await popupList(popup, 'page-numbers')).length === 3);
  });

  test('popup quick dial validates as you type and Enter calls; recent calls are kept, cleared, and not kept when off', async ({ harness }) => {
    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    const tabId = await frontTab(await seamPage(harness), page);
    const popup = await openPopup(harness, tabId);
    expect(await popup.evaluate(() => document.getElementById('recent-note')?.textContent, undefined)).toBe('No recent calls.');
    await popup.fill('#quick-dial', '212 555');
    expect(await popup.evaluate(() => [document.getElementById('quick-dial-feedback')?.textContent, (document.getElementById('quick-dial-call') as HTMLButtonElement).disabled], undefined))
      .toEqual(['Not a phone number or extension yet.', true]);
    await popup.fill('#quick-dial', '(212) 555-0142');
    expect(await popup.evaluate(() => document.getElementById('quick-dial-feedback')?.textContent, undefined)).toBe('Will call +1 212 555 0142');
    let before = harness.browser.calls.length;
    await popup.press('#quick-dial', 'Enter');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550142');
    await popup.fill('#quick-dial', '802');
    before = harness.browser.calls.length;
    await popup.press('#quick-dial', 'Enter');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://802');
    await waitFor('the recent list', async () => (await popupList(popup, 'recent-calls')).join() === '802,+1 212 555 0142');
    // A call from the recent list dials again and moves to the top.
    before = harness.browser.calls.length;
    await popup.click('#recent-calls li:nth-child(2) button.call');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550142');
    await waitFor('the recent list reordered', async () => (await popupList(popup, 'recent-calls')).join() === '+1 212 555 0142,802');
    await popup.click('#clear-recent');
    await waitFor('the cleared list', async () => (await popupList(popup, 'recent-calls')).length === 0);
    expect(await popup.evaluate(() => chrome.storage.local.get('recentCalls'), undefined)).toEqual({});

    await popup.evaluate(() => chrome.storage.sync.set({ keepRecentCalls: false, settingsVersion: 2 }), undefined);
    await waitFor('the "not kept" note', () => popup.evaluate(() => document.getElementById('recent-note')?.textContent?.startsWith('Recent calls are not kept') === true, undefined));
    before = harness.browser.calls.length;
    await popup.press('#quick-dial', 'Enter');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://802');
    expect(await popup.evaluate(() => chrome.storage.local.get('recentCalls'), undefined)).toEqual({});
  });

  test('badge counts the page\'s numbers and follows numbers added later', async ({ harness }) => {
    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    const seamTab = await seamPage(harness);
    const tabId = await frontTab(seamTab, page);
    await waitFor('badge "3"', async () => (await seam(seamTab, { type: 'test:badge', tabId })) === '3');
    await page.click('#add-row');
    await waitFor('badge "4"', async () => (await seam(seamTab, { type: 'test:badge', tabId })) === '4');
  });

  test('the page\'s own tel: and callto: links go through Zoom with the caller ID, unless routing is off', async ({ harness }) => {
    const options = await storeSettings(harness, { callerIds: [MAIN], defaultCaller: MAIN.number });
    const url = harness.server.url('calls.html');
    const page = await harness.open(url);
    await waitForLinks(page, 3);
    let before = harness.browser.calls.length;
    await page.click('#tel-ext');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+16465550143?callerid=+16465550199');
    before = harness.browser.calls.length;
    await page.click('#callto-link');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+442079460958?callerid=+16465550199');
    expect(await page.evaluate(() => location.href, undefined)).toBe(url);
    // The recent list records a routed call.
    await waitFor('the routed call in the recent list', async () =>
      JSON.stringify(await options.evaluate(() => chrome.storage.local.get('recentCalls'), undefined)).includes('+442079460958'));

    await options.evaluate(() => chrome.storage.sync.set({ routeExistingLinks: false }), undefined);
    await page.goto(url);
    await waitForLinks(page, 3);
    before = harness.browser.calls.length;
    await page.click('#tel-link');
    // Left to the page's own handler (Chromium does not report a tel: launch with no handler; Firefox does). A call
    // the background opens afterwards is the control: once it is seen, any routed call would have been seen too.
    await frontTab(options, page);
    await seam(options, { type: 'test:omnibox-enter', text: '+1 212 555 0100' });
    await waitFor('the control call', () => harness.browser.calls.slice(before).includes('zoomphonecall://+12125550100?callerid=+16465550199'));
    expect(harness.browser.calls.slice(before).filter((call) => call.startsWith('zoomphonecall://+1646'))).toEqual([]);
  });

  test('a hostile page\'s synthetic clicks, forged right-clicks and posted messages start no call', async ({ harness }) => {
    const page = await harness.open(harness.server.url('hostile.html'));
    const seamTab = await seamPage(harness);
    const before = harness.browser.calls.length;
    await page.bringToFront();
    await waitForLinks(page, 1);
    // A real right-click off any link first, so the link items are hidden when the forged ones arrive.
    await page.click('#plain', { button: 'right' });
    await menuItemShows(seamTab, 'call-link', undefined);
    await waitFor('the first attack', () => page.evaluate(() => document.body.dataset.attacks === '1', undefined));
    // A real click whose handler attacks again, with the user's activation to borrow.
    await page.click('#attack');
    await waitFor('the second attack', () => page.evaluate(() => document.body.dataset.attacks === '2', undefined));
    // The user's own click on the number is the next (and only) call: nothing the page did came before it.
    await page.click('#num a.c2z-link');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550100');
    expect(harness.browser.calls.slice(before)).toEqual(['zoomphonecall://+12125550100']);
    await menuItemShows(seamTab, 'call-link', undefined);
    expect((await callLinks(page)).length).toBe(1);
  });
}
