import { expect, type TestType } from '@playwright/test';
import { nextCall, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { clickMenu, frontTab, hrefOf, openPopup, OPTIONS, popupList, seam, seamPage, selectInFront, storeSettings } from './call-helpers';
import { chooseFile, control, optionsReady, save, selectOption, statusOf, storedSync } from './options-helpers';
import { waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

const DESK = { number: '+12125550111', label: 'Desk' };
const UK = { number: '+442079460000', label: 'UK office' };
const NY = { number: '+16465550199', label: 'New York' };
const SALES = { number: '802', label: 'Sales line' };
const CALLERS = { callerIds: [DESK, UK, NY, SALES], defaultCaller: DESK.number };
// The fixture server's host: a site rule for it covers every call started on the fixture pages.
const FIXTURE_SITE = '127.0.0.1';

const call = (number: string, callerId: string) => `zoomphonecall://${number}?callerid=${callerId}`;

function linkHref(page: TestPage, id: string): Promise<string> {
  return hrefOf(page, `#${id} a.c2z-link`);
}

/** Empties a text field as the user's select-all + Delete would (puppeteer's fill('') leaves Firefox's field as it was). */
function clearField(page: TestPage, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    const input = document.querySelector<HTMLInputElement>(sel);
    if (!input) throw new Error(`no ${sel}`);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, selector);
}

/**
 * Clicks a button of the popup's lists, which it renders again when the recent calls change (the calls just made
 * are still being added): a button replaced before the click lands is looked up again. A detached node fails
 * before any click is dispatched, so a retry never calls twice.
 */
function clickWhenSettled(page: TestPage, selector: string): Promise<true> {
  return waitFor(`a click on ${selector}`, () => page.click(selector).then(() => true as const, () => undefined));
}

/** Caller-ID rules (issue 22): chosen on links, on the menus, the shortcut and the keyword; edited on the options page. */
export function registerCallerIdRuleScenarios(test: Test): void {
  test('caller-ID rules: links carry the rule\'s caller ID, existing links follow a change, routed tel: links too', async ({ harness }) => {
    await storeSettings(harness, { ...CALLERS, callerIdRules: [{ match: '+1646', callerId: NY.number }, { match: '+44', callerId: UK.number }] });
    const page = await harness.open(harness.server.url('caller-id-rules.html'));
    await waitForLinks(page, 5);
    expect(await linkHref(page, 'us')).toBe(call('+12125550100', DESK.number));
    expect(await linkHref(page, 'ny')).toBe(call('+16465550142', NY.number));
    expect(await linkHref(page, 'uk')).toBe(call('+442079460958', UK.number));

    // A site rule before the prefix: every link already on the page is re-pointed at its caller ID.
    const options = await seamPage(harness);
    await options.evaluate((rules) => chrome.storage.sync.set({ callerIdRules: rules }), [{ match: '+44', callerId: UK.number }, { match: FIXTURE_SITE, callerId: SALES.number }]);
    await waitFor('the site rule on the links already there', async () => (await linkHref(page, 'us')) === call('+12125550100', SALES.number) || undefined);
    expect(await linkHref(page, 'ny')).toBe(call('+16465550142', SALES.number));
    expect(await linkHref(page, 'uk')).toBe(call('+442079460958', UK.number));

    // The page's own tel: link, routed through Zoom by the user's click, takes the prefix rule.
    await page.bringToFront();
    const before = harness.browser.calls.length;
    await page.press('#tel-uk', 'Enter');
    expect(await nextCall(harness.browser, before)).toBe(call('+442079460959', UK.number));
    expect(page.errors).toEqual([]);
  });

  test('caller-ID rules: menu calls and texts use them, "Call as…" overrides once, shortcut, keyword and popup too', async ({ harness }) => {
    await storeSettings(harness, { ...CALLERS, smsEnabled: true, callerIdRules: [{ match: '+44', callerId: UK.number }, { match: FIXTURE_SITE, callerId: SALES.number }] });
    const seamTab = await seamPage(harness);
    const page = await harness.open(harness.server.url('caller-id-rules.html'));
    await waitForLinks(page, 5);
    const ukLink = await linkHref(page, 'uk');
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-link', linkUrl: ukLink })).toBe(call('+442079460958', UK.number));
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-link', linkUrl: await linkHref(page, 'us') })).toBe(call('+12125550100', SALES.number));
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: `call-as-link|${NY.number}`, linkUrl: ukLink })).toBe(call('+442079460958', NY.number));
    // Once only: the next call is the rule's again.
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-link', linkUrl: ukLink })).toBe(call('+442079460958', UK.number));
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'call-selection', selectionText: '+44 161 496 0000' })).toBe(call('+441614960000', UK.number));
    expect(await clickMenu(harness.browser, seamTab, page, { menuItemId: 'text-selection', selectionText: '212-555-0150' }))
      .toBe(`zoomphonesms://+12125550150?callerid=${SALES.number}`);

    await selectInFront(seamTab, page, '#sel-uk');
    let before = harness.browser.calls.length;
    await seam(seamTab, { type: 'test:command', command: 'call-selection' });
    expect(await nextCall(harness.browser, before)).toBe(call('+441614960000', UK.number));

    await frontTab(seamTab, page);
    before = harness.browser.calls.length;
    await seam(seamTab, { type: 'test:omnibox-enter', text: '+1 212 555 0100' });
    expect(await nextCall(harness.browser, before)).toBe(call('+12125550100', SALES.number));

    // The popup's list: the UK number by its prefix, the New York one by the site the tab shows.
    const popup = await openPopup(harness, await frontTab(seamTab, page));
    expect((await popupList(popup, 'page-numbers')).slice(1, 3)).toEqual(['+1 646 555 0142', '+44 20 7946 0958']);
    before = harness.browser.calls.length;
    await clickWhenSettled(popup, '#page-numbers li:nth-child(3) button.call');
    expect(await nextCall(harness.browser, before)).toBe(call('+442079460958', UK.number));
    before = harness.browser.calls.length;
    await clickWhenSettled(popup, '#page-numbers li:nth-child(2) button.call');
    expect(await nextCall(harness.browser, before)).toBe(call('+16465550142', SALES.number));
  });

  test('caller-ID rules on the options page: checked as typed, previewed, saved; a removed caller ID is flagged and kept', async ({ harness }) => {
    // Stored as version 2 (before rules existed): read as v3 with no rules and every v2 field kept.
    const options = await harness.openExtensionPage(OPTIONS);
    await options.evaluate((items) => chrome.storage.sync.set({ ...items, settingsVersion: 2 }), { ...CALLERS, scheme: 'zoomphonecall', smsEnabled: true });
    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await optionsReady(options);
    expect(await options.evaluate(() => document.querySelectorAll('.rule-row').length, undefined)).toBe(0);
    const preview = () => options.evaluate(() => document.getElementById('rule-preview')?.textContent ?? '', undefined);
    expect(await preview()).toBe('+44 20 7946 0958 will be called from Desk.');

    await options.click('#addRule');
    await options.fill('#ruleMatch-1', '44');
    expect(await options.evaluate(() => document.getElementById('rule-feedback-1')?.textContent, undefined))
      .toBe('“44” is not a number prefix: write + and the country code, then any digits, such as +44 or +1 646.');
    await options.click('#save');
    await waitFor('the refusal', () => options.evaluate(() => document.getElementById('status')?.textContent === 'Not saved: a caller-ID rule needs fixing.' || undefined, undefined));
    await options.fill('#ruleMatch-1', '+44');
    await selectOption(options, '#ruleCaller-1', UK.number);
    expect(await options.evaluate(() => document.getElementById('rule-feedback-1')?.textContent, undefined)).toBe('Calls to numbers starting +44 go out from UK office.');
    expect(await preview()).toBe('+44 20 7946 0958 will be called from UK office (rule 1).');
    await options.click('#addRule');
    await options.fill('#ruleMatch-2', '*.Salesforce.com');
    await selectOption(options, '#ruleCaller-2', SALES.number);
    await options.fill('#ruleTryNumber', '(212) 555-0100');
    await options.fill('#ruleTrySite', 'acme.my.salesforce.com');
    expect(await preview()).toBe('+1 212 555 0100 will be called from Sales line (rule 2).');
    expect(await save(options)).toBe('Saved.');
    const rules = [{ match: '+44', callerId: UK.number }, { match: '*.salesforce.com', callerId: SALES.number }];
    expect(await storedSync(options)).toMatchObject({ ...CALLERS, scheme: 'zoomphonecall', smsEnabled: true, callerIdRules: rules, settingsVersion: 3 });

    // The UK caller ID is removed: its rule stays, flagged, and is saved as it is.
    await clearField(options, '#callerId-1');
    await clearField(options, '#callerLabel-1');
    await waitFor('the flag', () => options.evaluate(() => document.querySelector('.rule-row')?.classList.contains('dangling') || undefined, undefined));
    expect(await options.evaluate(() => document.getElementById('rule-feedback-1')?.textContent, undefined)).toBe(
      'This rule’s caller ID is no longer in your list: calls skip it until you pick another one or add the number back.');
    expect(await control(options, '#ruleCaller-1')).toMatchObject({ value: UK.number });
    await save(options);
    expect(await storedSync(options)).toMatchObject({ callerIds: [DESK, NY, SALES], callerIdRules: rules });
    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await optionsReady(options);
    expect(await options.evaluate(() => document.querySelector('#ruleCaller-1 option:checked')?.textContent, undefined)).toBe('+44 20 7946 0000 (no longer in your caller IDs)');

    // A file in the exported format, built from the store (that Export writes the rules is a unit test of
    // settings-file.ts; the download itself is not driven here): importing it brings the rules back as they were.
    const exported = await options.evaluate(async () => {
      const items = await chrome.storage.sync.get(null);
      return { format: 'click-to-call-zoom-phone/settings', version: items.settingsVersion, settings: { callerIds: items.callerIds, defaultCaller: items.defaultCaller, callerIdRules: items.callerIdRules } };
    }, undefined);
    expect(exported).toMatchObject({ version: 3, settings: { callerIdRules: rules } });
    await options.evaluate(() => chrome.storage.sync.set({ callerIdRules: [] }), undefined);
    await chooseFile(options, '#importFile', 'rules.json', JSON.stringify(exported));
    expect(await statusOf(options, 'file-status', 'ok')).toBe('Imported and saved.');
    expect(await storedSync(options)).toMatchObject({ callerIdRules: rules });
    expect(await control(options, '#ruleMatch-2')).toMatchObject({ value: '*.salesforce.com' });
  });

  test('caller-ID rules set by the admin lock the editor and apply to links', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await options.evaluate((managed) => chrome.storage.local.set({ testManagedSettings: managed }), { ...CALLERS, callerIdRules: [{ match: '+1646', callerId: NY.number }] });
    const page = await harness.open(harness.server.url('caller-id-rules.html'));
    await waitForLinks(page, 5);
    await waitFor('the managed rule on the link', async () => (await linkHref(page, 'ny')) === call('+16465550142', NY.number) || undefined);
    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await optionsReady(options);
    expect(await control(options, '#ruleMatch-1')).toMatchObject({ value: '+1646', readOnly: true });
    expect(await control(options, '#ruleCaller-1')).toMatchObject({ value: NY.number, disabled: true });
    expect(await options.evaluate(() => document.getElementById('addRule')?.hidden, undefined)).toBe(true);
    expect(await options.evaluate(() => document.querySelector<HTMLElement>('[data-locked-note="callerIdRules"]')?.hidden, undefined)).toBe(false);
  });
}
