import { expect, type TestType } from '@playwright/test';
import { nextCall, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { callLinks, linkHrefIn, liveText, selectText, servedText, waitForLinks } from './page-helpers';
import { frontTab } from './call-helpers';

type Test = TestType<{ harness: Harness }, object>;

const OPTIONS = 'src/options/index.html';

/** Every call link numbers.html must get with default settings: [text, href]. */
const EXPECTED_LINKS: readonly [string, string][] = [
  ['(212) 555-0100', 'zoomphonecall://+12125550100'],
  ['+44 20 7946 0958', 'zoomphonecall://+442079460958'],
  ['+49 30 901820', 'zoomphonecall://+4930901820'],
  ['212-555-0101', 'zoomphonecall://+12125550101'],
  ['212-555-0102', 'zoomphonecall://+12125550102'],
  ['+1 212 555 0103 ext. 12', 'zoomphonecall://+12125550103'],
  ['212-555-0123', 'zoomphonecall://+12125550123'],
];

/** Waits until the options page shows the stored settings and accepts input. */
export function optionsReady(page: TestPage): Promise<true> {
  return waitFor('the options form', () => page.evaluate(() => document.getElementById('options')?.dataset.ready === 'true', undefined));
}

async function saveOptions(page: TestPage, options: { callerId?: string; scheme?: string }): Promise<void> {
  await optionsReady(page);
  if (options.callerId !== undefined) await page.fill('#callerId', options.callerId);
  if (options.scheme !== undefined) await page.click(`input[name="scheme"][value="${options.scheme}"]`);
  await page.click('#save');
  await waitFor('"Saved."', () => page.evaluate(() => document.getElementById('status')?.textContent === 'Saved.', undefined));
}

function storedSettings(page: TestPage): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.sync.get(null), undefined);
}

/**
 * Sends the context-menu click the browser would deliver for `page` (brought to the front, as a right-click
 * would), through the test build's seam.
 */
async function clickContextMenu(harness: Harness, page: TestPage, selectionText: string): Promise<void> {
  const seam = await harness.openExtensionPage(OPTIONS);
  await waitFor('the context menu to be created', () =>
    seam.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'test:menus' })) as string[]).includes('call-selection'), undefined),
  );
  await frontTab(seam, page);
  await seam.evaluate(
    (text) => chrome.runtime.sendMessage({ type: 'test:context-menu-click', info: { menuItemId: 'call-selection', selectionText: text } }),
    selectionText,
  );
}

export function registerScenarios(test: Test): void {
  test('links every number on a static page with a zoomphonecall URL, and nothing in skip zones', async ({ harness }) => {
    const page = await harness.open(harness.server.url('numbers.html'));
    const links = await waitForLinks(page, EXPECTED_LINKS.length);
    expect(links.map((link) => [link.text, link.href])).toEqual(EXPECTED_LINKS);
    // A link is named by the number it shows; its title is made when the pointer or focus first reaches it.
    expect(links.map((link) => link.title)).toEqual(EXPECTED_LINKS.map(() => ''));
    const title = (e164: string) => page.evaluate((n) => document.querySelector<HTMLAnchorElement>(`a.c2z-link[data-c2z-number="${n}"]`)?.title, e164);
    await page.hover('a.c2z-link[data-c2z-number="+12125550100"]');
    expect(await title('+12125550100')).toBe('Call +1 212 555 0100 with Zoom');
    await page.press('a.c2z-link[data-c2z-number="+12125550103"]', 'Shift');
    expect(await title('+12125550103')).toBe('Call +1 212 555 0103 ext. 12 with Zoom');
    expect(await page.evaluate(() => document.querySelectorAll('a.c2z-link[aria-label]').length, undefined)).toBe(0);
    // Linking moves text into links; it never changes what the page says.
    expect(await liveText(page)).toBe(await servedText(page));
  });

  test('links numbers added to the page after it loaded', async ({ harness }) => {
    const page = await harness.open(harness.server.url('numbers.html'));
    await waitForLinks(page, EXPECTED_LINKS.length);
    await page.click('#load-more');
    const href = await waitFor('the new row to be linked', () => linkHrefIn(page, '#later'));
    expect(href).toBe('zoomphonecall://+16465550142');
    expect(await page.evaluate(() => document.getElementById('later')?.textContent, undefined)).toBe('Dana — mobile 646-555-0142');
  });

  test('clicking a linked number opens the exact zoomphonecall URL', async ({ harness }) => {
    const page = await harness.open(harness.server.url('numbers.html'));
    await waitForLinks(page, EXPECTED_LINKS.length);
    const before = harness.browser.calls.length;
    await page.click('#us a.c2z-link');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550100');
  });

  test('saving the options re-points links in an open tab (caller ID, then each scheme) and persists', async ({ harness }) => {
    const pageUrl = harness.server.url('numbers.html');
    const page = await harness.open(pageUrl);
    await waitForLinks(page, EXPECTED_LINKS.length);
    const options = await harness.openExtensionPage(OPTIONS);

    await saveOptions(options, { callerId: '+1 (646) 555-0199' });
    expect(await storedSettings(options)).toMatchObject({
      callerIds: [{ number: '+16465550199', label: '' }],
      defaultCaller: '+16465550199',
      scheme: 'zoomphonecall',
      settingsVersion: 3,
    });
    await waitFor('the caller ID to reach the open tab', async () =>
      (await linkHrefIn(page, '#us')) === 'zoomphonecall://+12125550100?callerid=+16465550199');
    await page.bringToFront();
    const before = harness.browser.calls.length;
    await page.click('#us a.c2z-link');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550100?callerid=+16465550199');

    await saveOptions(options, { scheme: 'tel' });
    await waitFor('tel: links', async () => (await linkHrefIn(page, '#us')) === 'tel:+12125550100');
    expect(await linkHrefIn(page, '#ext')).toBe('tel:+12125550103;ext=12');

    await saveOptions(options, { scheme: 'callto' });
    await waitFor('callto: links', async () => (await linkHrefIn(page, '#us')) === 'callto:+12125550100');

    await page.goto(pageUrl);
    const links = await waitForLinks(page, EXPECTED_LINKS.length);
    expect(links.map((link) => link.href)).toEqual(EXPECTED_LINKS.map(([, href]) => href.replace('zoomphonecall://', 'callto:')));
    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await waitFor('the saved caller ID in the form', () => options.evaluate(() => (document.getElementById('callerId') as HTMLInputElement | null)?.value === '+16465550199', undefined));
    expect(await options.evaluate(() => (document.querySelector('input[name="scheme"]:checked') as HTMLInputElement | null)?.value, undefined)).toBe('callto');
  });

  test('context menu "Call with Zoom" opens the URL for the selected number, with the caller ID', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await saveOptions(options, { callerId: '802' });
    const pageUrl = harness.server.url('numbers.html');
    const page = await harness.open(pageUrl);
    await waitForLinks(page, EXPECTED_LINKS.length);
    const selection = await selectText(page, '#selected-number');
    expect(selection).toBe('212-555-0123');
    const before = harness.browser.calls.length;
    await clickContextMenu(harness, page, selection);
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550123?callerid=802');
    // The call leaves the page where it was.
    expect(await page.evaluate(() => location.href, undefined)).toBe(pageUrl);
  });

  test('context menu on a selection with no number shows a notice and starts no call', async ({ harness }) => {
    const pageUrl = harness.server.url('numbers.html');
    const page = await harness.open(pageUrl);
    await waitForLinks(page, EXPECTED_LINKS.length);
    const selection = await selectText(page, '#no-number');
    const before = harness.browser.calls.length;
    await clickContextMenu(harness, page, selection);
    const notice = await waitFor('the notice', () =>
      page.evaluate(() => document.querySelector('c2z-notice')?.shadowRoot?.textContent ?? undefined, undefined));
    expect(notice).toBe('No phone number to call in “our hours vary”.');
    expect(harness.browser.calls.slice(before)).toEqual([]);
  });

  test('an invalid caller ID is refused with an inline error and the saved one is kept', async ({ harness }) => {
    const page = await harness.open(harness.server.url('numbers.html'));
    await waitForLinks(page, EXPECTED_LINKS.length);
    const options = await harness.openExtensionPage(OPTIONS);
    await saveOptions(options, { callerId: '+12125550100' });

    await options.fill('#callerId', '+1 212 555 0100?x=1');
    const inline = await waitFor('the inline error', () =>
      options.evaluate(() => {
        const feedback = document.getElementById('callerId-feedback');
        return feedback?.classList.contains('error') ? feedback.textContent : undefined;
      }, undefined));
    expect(inline).toContain('caller ID holds only digits');
    await options.click('#save');
    const status = await waitFor('the refusal', () =>
      options.evaluate(() => {
        const element = document.getElementById('status');
        return element?.classList.contains('error') ? element.textContent : undefined;
      }, undefined));
    expect(status).toBe('Not saved: fix the caller ID first. Your saved settings are unchanged.');
    expect(await options.evaluate(() => document.getElementById('callerId')?.getAttribute('aria-invalid'), undefined)).toBe('true');
    expect(await storedSettings(options)).toMatchObject({ callerIds: [{ number: '+12125550100', label: '' }], defaultCaller: '+12125550100' });

    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await waitFor('the kept caller ID', () => options.evaluate(() => (document.getElementById('callerId') as HTMLInputElement | null)?.value === '+12125550100', undefined));
    expect((await callLinks(page))[0]?.href).toBe('zoomphonecall://+12125550100?callerid=+12125550100');
  });
}
