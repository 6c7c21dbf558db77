import { expect, type TestType } from '@playwright/test';
import { nextCall, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { axeViolations, bodyBackground, inBothThemes } from './a11y-helpers';
import { frontTab, openPopup, seamPage } from './call-helpers';
import { selectOption, statusOf, storedSync } from './options-helpers';
import { callLinks, waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

export const WELCOME = 'src/welcome/index.html';
const ALL_SITES = { origins: ['<all_urls>'] };

export async function openWelcome(harness: Harness): Promise<TestPage> {
  const page = await harness.openExtensionPage(WELCOME);
  await waitFor('the welcome page', () => page.evaluate(() => document.body.dataset.ready === 'true', undefined));
  return page;
}

const shown = (page: TestPage, id: string) => page.evaluate((elementId) => document.getElementById(elementId)?.offsetParent !== null, id);

export function registerWelcomeScenarios(test: Test): void {
  test('welcome: the page opened on install is open in a tab', async ({ harness }) => {
    // Opened by runtime.onInstalled when the browser installed the extension at launch (before any test).
    const page = await harness.openExtensionPage('src/options/index.html');
    const open = () => page.evaluate((path) => (globalThis as unknown as { chrome: { extension: { getViews(f: object): Window[] } } })
      .chrome.extension.getViews({ type: 'tab' }).some((view) => view.location.pathname === `/${path}`), WELCOME);
    expect(await waitFor('the welcome tab', open)).toBe(true);
  });

  test('welcome: requirements, a test call, caller ID and country saved, shortcut and keyword; axe light and dark', async ({ harness }) => {
    const welcome = await openWelcome(harness);
    const text = await welcome.evaluate(() => document.body.innerText, undefined);
    expect(text).toContain('Zoom Phone licence');
    expect(text).toContain('Open Zoom?');
    expect(text).toContain('type zoom, a space, then a number');
    expect(await shown(welcome, 'access')).toBe(false);
    await inBothThemes(welcome, async (scheme) => {
      await waitFor(`welcome in ${scheme}`, async () => (await bodyBackground(welcome) === 'rgb(13, 17, 23)') === (scheme === 'dark'));
      expect(await axeViolations(welcome), `welcome, ${scheme}`).toEqual([]);
    });

    await welcome.fill('#setup-callerId', '(646) 555-0199');
    await selectOption(welcome, '#setup-country', 'DE');
    await welcome.click('#setup-save');
    expect(await statusOf(welcome, 'setup-status', 'ok')).toBe('Saved. More choices are in the options.');
    expect(await storedSync(welcome)).toMatchObject({ callerIds: [{ number: '+16465550199', label: '' }], defaultCaller: '+16465550199', country: 'DE' });

    // The test call: read for the chosen country, sent with the caller ID just saved.
    await welcome.fill('#test-number', '030 1234567');
    expect(await welcome.evaluate(() => document.getElementById('test-feedback')?.textContent, undefined)).toBe('Will call +49 30 1234567');
    const before = harness.browser.calls.length;
    await welcome.click('#test-call');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+49301234567?callerid=+16465550199');
  });

}

/**
 * Firefox only: there the user can withhold an MV3 add-on's site access, and a script can too. Chrome cannot
 * withhold a required host permission from a script (only the user can, in its menu), so it has no such test.
 */
export function registerFirefoxSiteAccessScenario(test: Test): void {
  test('site access withheld: popup and welcome page say so, and a click on Allow grants it and links the page', async ({ harness }) => {
    const welcome = await openWelcome(harness);
    expect(await welcome.evaluate((all) => chrome.permissions.remove(all), ALL_SITES)).toBe(true);
    try {
      const page = await harness.open(harness.server.url('calls.html'));
      const popup = await openPopup(harness, await frontTab(await seamPage(harness), page));
      expect(await shown(popup, 'access-banner')).toBe(true);
      expect(await callLinks(page)).toEqual([]);
      expect(await axeViolations(popup)).toEqual([]);
      await welcome.goto(harness.browser.extensionUrl(WELCOME));
      await waitFor('the welcome page', () => welcome.evaluate(() => document.body.dataset.ready === 'true', undefined));
      expect(await shown(welcome, 'access')).toBe(true);

      await harness.browser.acceptPermissionPrompts?.();
      await popup.click('#grant-access');
      await waitFor('the banner to go', async () => !(await shown(popup, 'access-banner')));
      expect(await popup.evaluate((all) => chrome.permissions.contains(all), ALL_SITES)).toBe(true);
      // The popup reloads the page it was opened for: its numbers are linked now.
      await waitForLinks(page, 3);
    } finally {
      if (!(await welcome.evaluate((all) => chrome.permissions.contains(all), ALL_SITES))) {
        await harness.browser.acceptPermissionPrompts?.();
        await welcome.goto(harness.browser.extensionUrl(WELCOME));
        await welcome.click('#grant-access');
      }
    }
  });
}
