import { expect, type TestType } from '@playwright/test';
import { frontTab, seam, seamPage } from './call-helpers';
import { nextCall, waitFor } from './driver';
import type { Harness } from './harness';
import {
  fixtureState, LIFECYCLE_LINKS, linkerIdle, linkTexts, reactApp, reactText, rememberLinks,
  runFixture, storeSettings, waitForLinkTexts, waitForTakeover,
} from './lifecycle-helpers';
import { callLinks, waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

const REACT_LINKS = ['212-555-0199', '212-555-0100', '212-555-0101', '+44 20 7946 0958'];

/**
 * Chrome keeps the old content script running in open pages after a reload or update, cut off from the
 * extension, and injects no new one. It stops at its next activity and gives the page back its exact text.
 */
export function registerChromiumLifecycleScenarios(test: Test): void {
  test('reload: the cut-off script of an open page gives back its exact DOM at the page\'s next change, without errors; new pages are linked once', async ({ harness }) => {
    const page = await harness.open(harness.server.url('lifecycle.html'));
    await waitForLinkTexts(page, LIFECYCLE_LINKS);
    await harness.browser.reloadExtension();

    // The page changes something (an unread count in its title): the old script notices and stops.
    await page.evaluate(() => void (document.title = '(1) Extension update'), undefined);
    await waitForLinks(page, 0);
    const state = await fixtureState(page);
    expect(state.shape).toBe(state.original);
    expect(state.sameTextNodes).toBe(true);
    // Stopped: what the page adds later stays as it is.
    await runFixture(page, 'setNumber', 'Call 646-555-0142');
    expect(await linkerIdle(page)).toBe(true);
    expect(await callLinks(page)).toEqual([]);

    const fresh = await harness.open(harness.server.url('lifecycle.html'));
    await waitForLinkTexts(fresh, LIFECYCLE_LINKS);
    expect(await linkerIdle(fresh)).toBe(true);
    expect(await linkTexts(fresh)).toEqual({ texts: LIFECYCLE_LINKS, nested: 0 });
    // The reloaded extension serves it: a settings change reaches the new page, not the old one.
    await storeSettings(harness, { scheme: 'tel' });
    await waitFor('tel: links on the new page', async () => (await callLinks(fresh)).every((link) => link.href.startsWith('tel:')));
    expect(await callLinks(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });

  test('reload: a page only the entry was watching (no number yet) is left as it is when a number arrives after the reload', async ({ harness }) => {
    const page = await harness.open(harness.server.url('no-digits.html'));
    expect(await linkerIdle(page)).toBe(true);
    await harness.browser.reloadExtension();

    // The cut-off entry sees the number arrive; the main module it would load is no longer its to load.
    await page.evaluate(() => (window as unknown as { addNumberInParts(): Promise<void> }).addNumberInParts(), undefined);
    expect(await linkerIdle(page)).toBe(true);
    expect(await callLinks(page)).toEqual([]);
    expect(await page.evaluate(() => document.body.textContent?.includes('Call (212) 555-0100 today.'), undefined)).toBe(true);

    const fresh = await harness.open(harness.server.url('no-digits.html'));
    await fresh.evaluate(() => (window as unknown as { addNumberInParts(): Promise<void> }).addNumberInParts(), undefined);
    await waitForLinks(fresh, 3);
    expect(page.errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });

  test('reload: a link of the cut-off page still opens its call when clicked, then the page gets its text back', async ({ harness }) => {
    const page = await harness.open(harness.server.url('lifecycle.html'));
    await waitForLinkTexts(page, LIFECYCLE_LINKS);
    // Nothing of the script's own is pending (its badge report went out), so only the click can end it.
    const seamTab = await seamPage(harness);
    const tabId = await frontTab(seamTab, page);
    await waitFor('badge "5"', async () => (await seam(seamTab, { type: 'test:badge', tabId })) === '5');
    await harness.browser.reloadExtension();

    const before = harness.browser.calls.length;
    await page.click('#start a.c2z-link');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550103');
    await waitForLinks(page, 0);
    const state = await fixtureState(page);
    expect(state.shape).toBe(state.original);
    expect(state.sameTextNodes).toBe(true);
    expect(page.errors).toEqual([]);
  });

  test('reload: a React app keeps rendering the right text while the cut-off script stops', async ({ harness }) => {
    const page = await harness.open(harness.server.url('react-app/index.html'));
    await waitForLinkTexts(page, REACT_LINKS);
    await harness.browser.reloadExtension();

    // React rewrites linked text nodes: the old script still repairs its groups until it stops.
    await reactApp(page, 'update', 1, { phone: '646-555-0142' });
    await reactApp(page, 'setMain', '212-555-0198');
    expect(await reactText(page)).toBe('ContactsMain line 212-555-0198Dana: 646-555-0142Lee: 212-555-0101Sam: +44 20 7946 0958');
    await waitForLinks(page, 0);
    expect(await reactText(page)).toBe('ContactsMain line 212-555-0198Dana: 646-555-0142Lee: 212-555-0101Sam: +44 20 7946 0958');

    // After the stop React still finds every node where it left it.
    await reactApp(page, 'reverse');
    await reactApp(page, 'update', 2, { phone: '212-555-0177' });
    await reactApp(page, 'remove', 3);
    await reactApp(page, 'add', { id: 4, name: 'Kim', phone: '212-555-0166' });
    expect(await reactText(page)).toBe('ContactsMain line 212-555-0198Lee: 212-555-0177Dana: 646-555-0142Kim: 212-555-0166');
    expect(await callLinks(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  });
}

/**
 * Firefox ends the old content script with the extension and injects the new version into open pages; the new
 * one finds the old one's links and takes them over.
 */
export function registerFirefoxLifecycleScenarios(test: Test): void {
  test('update: the new script takes over an open page\'s links: one per number, same text, and settings and switching off reach them', async ({ harness }) => {
    const page = await harness.open(harness.server.url('lifecycle.html'));
    await waitForLinkTexts(page, LIFECYCLE_LINKS);
    const textBefore = await page.evaluate(() => document.body.textContent, undefined);
    expect(await rememberLinks(page)).toBe(LIFECYCLE_LINKS.length);
    await harness.browser.reloadExtension();

    // The old links give way to the new script's own.
    await waitForTakeover(page, LIFECYCLE_LINKS.length);
    expect(await linkerIdle(page)).toBe(true);
    expect(await linkTexts(page)).toEqual({ texts: LIFECYCLE_LINKS, nested: 0 });
    expect(await page.evaluate(() => document.body.textContent, undefined)).toBe(textBefore);

    await storeSettings(harness, { scheme: 'tel' });
    await waitFor('tel: links', async () => (await callLinks(page)).every((link) => link.href.startsWith('tel:')));
    await storeSettings(harness, { linkingEnabled: false });
    await waitForLinks(page, 0);
    const state = await fixtureState(page);
    expect(state.shape).toBe(state.original);
    expect(state.sameTextNodes).toBe(true);

    // A page opened now is linked once.
    await storeSettings(harness, { linkingEnabled: true });
    const fresh = await harness.open(harness.server.url('lifecycle.html'));
    await waitForLinkTexts(fresh, LIFECYCLE_LINKS);
    expect(await linkerIdle(fresh)).toBe(true);
    expect(await linkTexts(fresh)).toEqual({ texts: LIFECYCLE_LINKS, nested: 0 });
    expect(page.errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });

  test('update: the page\'s text nodes written after the takeover read right, the numbers linked once', async ({ harness }) => {
    const page = await harness.open(harness.server.url('lifecycle.html'));
    await waitForLinkTexts(page, LIFECYCLE_LINKS);
    await rememberLinks(page);
    await harness.browser.reloadExtension();
    await waitForTakeover(page, LIFECYCLE_LINKS.length);

    const adjacent = () => page.evaluate(() => document.getElementById('adjacent')?.textContent, undefined);
    // The text node after the old link was the page's own: it is still in place, and still the page's to write.
    await runFixture(page, 'setAfter', ' tomorrow');
    expect(await adjacent()).toBe('Call 212-555-0105 tomorrow');
    await runFixture(page, 'setNumber', 'Call 646-555-0142');
    expect(await adjacent()).toBe('Call 646-555-0142 tomorrow');
    await waitForLinkTexts(page, [...LIFECYCLE_LINKS.slice(0, -1), '646-555-0142']);
    expect(page.errors).toEqual([]);
  });

  test('update: a React app keeps rendering the right text, its numbers linked once by the new script', async ({ harness }) => {
    const page = await harness.open(harness.server.url('react-app/index.html'));
    await waitForLinkTexts(page, REACT_LINKS);
    await rememberLinks(page);
    await harness.browser.reloadExtension();
    await waitForTakeover(page, REACT_LINKS.length);

    await reactApp(page, 'update', 1, { phone: '646-555-0142' });
    await reactApp(page, 'setMain', '212-555-0198');
    expect(await reactText(page)).toBe('ContactsMain line 212-555-0198Dana: 646-555-0142Lee: 212-555-0101Sam: +44 20 7946 0958');
    await waitForLinkTexts(page, ['212-555-0198', '646-555-0142', '212-555-0101', '+44 20 7946 0958']);
    // Moved, extended, removed and added by React: every number linked once.
    await reactApp(page, 'reverse');
    await reactApp(page, 'update', 2, { note: 'mobile' });
    expect(await reactText(page)).toBe('ContactsMain line 212-555-0198Sam: +44 20 7946 0958Lee: 212-555-0101 (mobile)Dana: 646-555-0142');
    expect(await linkerIdle(page)).toBe(true);
    expect(await linkTexts(page)).toEqual({ texts: ['212-555-0198', '+44 20 7946 0958', '212-555-0101', '646-555-0142'], nested: 0 });
    await reactApp(page, 'remove', 3);
    await reactApp(page, 'add', { id: 4, name: 'Kim', phone: '212-555-0166' });
    expect(await reactText(page)).toBe('ContactsMain line 212-555-0198Lee: 212-555-0101 (mobile)Dana: 646-555-0142Kim: 212-555-0166');
    await waitForLinkTexts(page, ['212-555-0198', '212-555-0101', '646-555-0142', '212-555-0166']);
    expect((await linkTexts(page)).nested).toBe(0);
    expect(page.errors).toEqual([]);
  });
}
