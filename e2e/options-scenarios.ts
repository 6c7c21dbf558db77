import { expect, type TestType } from '@playwright/test';
import { waitFor } from './driver';
import type { Harness } from './harness';
import { check, chooseFile, control, OPTIONS, optionsReady, save, selectOption, statusOf, storedLocal, storedSync } from './options-helpers';
import { linkHrefIn, waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

/** Settings v2 as the options page stores them after the "every field" scenario. */
const EVERY_FIELD = {
  callerIds: [{ number: '+16465550199', label: 'Desk' }, { number: '802', label: 'Support queue' }],
  defaultCaller: '802',
  scheme: 'tel',
  country: 'DE',
  inferRegionFromPage: false,
  linkingEnabled: false,
  siteListMode: 'allow',
  sites: ['*.crm.example.com', 'xn--bcher-kva.de'],
  smsEnabled: true,
  routeExistingLinks: false,
  keepRecentCalls: false,
  hoverCard: false,
  confirmBeforeCalling: true,
  callerIdRules: [],
  settingsVersion: 3,
};

export function registerOptionsScenarios(test: Test): void {
  test('options: every field is saved, stored in its v3 shape, and shown again after a reload', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    await options.fill('#callerId', '(646) 555-0199');
    await options.fill('#callerLabel', 'Desk');
    await options.click('#addCallerId');
    await options.fill('#callerId-1', '802');
    await options.fill('#callerLabel-1', 'Support queue');
    await options.click('#callerDefault-1');
    expect(await options.evaluate(() => document.getElementById('callerId-feedback')?.textContent, undefined)).toBe('Will be sent as +1 646 555 0199 (+16465550199).');
    await options.click('input[name="scheme"][value="tel"]');
    await options.fill('#countrySearch', 'germ');
    const visible = await options.evaluate(() => [...document.querySelectorAll<HTMLOptionElement>('#country option')].filter((o) => !o.hidden).map((o) => o.value), undefined);
    expect(visible).toEqual(['', 'DE']);
    await selectOption(options, '#country', 'DE');
    await check(options, '#inferRegionFromPage', false);
    await check(options, '#linkingEnabled', false);
    await options.click('input[name="siteListMode"][value="allow"]');
    await options.fill('#sites', '*.CRM.example.com\n\nbücher.de');
    await check(options, '#smsEnabled', true);
    await check(options, '#routeExistingLinks', false);
    await check(options, '#keepRecentCalls', false);
    await check(options, '#hoverCard', false);
    await check(options, '#confirmBeforeCalling', true);
    expect(await save(options)).toBe('Saved.');
    expect(await storedSync(options)).toEqual(EVERY_FIELD);

    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await optionsReady(options);
    const shown = await options.evaluate(() => {
      const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
      const checked = (selector: string) => document.querySelector<HTMLInputElement>(selector)?.checked;
      return {
        callers: [value('callerId'), value('callerLabel'), value('callerId-1'), value('callerLabel-1')],
        default1: checked('#callerDefault-1'),
        scheme: document.querySelector<HTMLInputElement>('input[name="scheme"]:checked')?.value,
        country: value('country'),
        toggles: ['inferRegionFromPage', 'linkingEnabled', 'smsEnabled', 'routeExistingLinks', 'keepRecentCalls', 'hoverCard', 'confirmBeforeCalling'].map((id) => checked(`#${id}`)),
        mode: document.querySelector<HTMLInputElement>('input[name="siteListMode"]:checked')?.value,
        sites: value('sites'),
        preview: document.getElementById('preview')?.textContent,
      };
    }, undefined);
    expect(shown).toEqual({
      callers: ['+16465550199', 'Desk', '802', 'Support queue'],
      default1: true,
      scheme: 'tel',
      country: 'DE',
      toggles: [false, false, true, false, false, false, true],
      mode: 'allow',
      sites: '*.crm.example.com\nxn--bcher-kva.de',
      preview: 'A number like 01512 3456789 will open tel:+4915123456789',
    });
  });

  test('options: the preview follows the form, and removing the default caller ID sends none', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    const preview = () => options.evaluate(() => document.getElementById('preview')?.textContent, undefined);
    expect(await preview()).toBe('A number like (212) 555-0100 will open zoomphonecall://+12125550100');
    await options.fill('#callerId', '+1 646 555 0199');
    expect(await preview()).toBe('A number like (212) 555-0100 will open zoomphonecall://+12125550100?callerid=+16465550199');
    await options.click('#callerRemove');
    expect(await options.evaluate(() => document.querySelectorAll('.caller-row').length, undefined)).toBe(0);
    expect(await control(options, '#callerDefault-none')).toMatchObject({ checked: true });
    expect(await preview()).toBe('A number like (212) 555-0100 will open zoomphonecall://+12125550100');
    await save(options);
    expect(await storedSync(options)).toMatchObject({ callerIds: [], defaultCaller: '' });
  });

  test('options: an invalid site pattern is refused inline and on Save, and the stored list is kept', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    await options.fill('#sites', 'mail.example.com');
    await save(options);
    await options.fill('#sites', 'mail.example.com\nhttps://crm.example.com/x');
    expect(await statusOf(options, 'sites-feedback', 'error')).toBe(
      'Line 2: “https://crm.example.com/x” is not a host name. Write example.com, or *.example.com for a domain and all its subdomains.');
    await options.click('#save');
    expect(await statusOf(options, 'status', 'error')).toBe('Not saved: fix the site list first. Your saved settings are unchanged.');
    expect(await options.evaluate(() => document.activeElement?.id, undefined)).toBe('sites');
    expect(await storedSync(options)).toMatchObject({ sites: ['mail.example.com'] });
  });

  test('options: a bad import file is refused with its reason and changes nothing; a good one is applied to open tabs', async ({ harness }) => {
    const page = await harness.open(harness.server.url('numbers.html'));
    await waitForLinks(page, 7);
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    await options.fill('#callerId', '802');
    await save(options);
    const before = await storedSync(options);

    await chooseFile(options, '#importFile', 'notes.json', '{"scheme": "tel"}');
    expect(await statusOf(options, 'file-status', 'error')).toBe('Not imported: The file is not a settings file exported by this extension. Your settings are unchanged.');
    const badSites = { format: 'click-to-call-zoom-phone/settings', version: 2, settings: { scheme: 'tel', sites: ['not a host'] } };
    await chooseFile(options, '#importFile', 'bad.json', JSON.stringify(badSites));
    expect(await statusOf(options, 'file-status', 'error')).toBe(
      'Not imported: “sites”: “not a host” is not a host name. Write example.com, or *.example.com for a domain and all its subdomains. Your settings are unchanged.');
    expect(await storedSync(options)).toEqual(before);

    const good = { format: 'click-to-call-zoom-phone/settings', version: 2, settings: { scheme: 'callto', callerIds: [{ number: '803', label: 'Lab' }], defaultCaller: '803' } };
    await chooseFile(options, '#importFile', 'good.json', JSON.stringify(good));
    expect(await statusOf(options, 'file-status', 'ok')).toBe('Imported and saved.');
    expect(await storedSync(options)).toMatchObject({ scheme: 'callto', callerIds: [{ number: '803', label: 'Lab' }], defaultCaller: '803' });
    expect(await control(options, '#callerLabel')).toMatchObject({ value: 'Lab' });
    await waitFor('the imported scheme in the open tab', async () => (await linkHrefIn(page, '#us')) === 'callto:+12125550100');
  });

  test('settings stored in the v1 shape {callerId, scheme} are migrated on first read', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await options.evaluate(() => chrome.storage.sync.set({ callerId: '+16465550199', scheme: 'zoomphonecall' }), undefined);
    const page = await harness.open(harness.server.url('numbers.html'));
    await waitForLinks(page, 7);
    expect(await linkHrefIn(page, '#us')).toBe('zoomphonecall://+12125550100?callerid=+16465550199');
    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await optionsReady(options);
    expect(await control(options, '#callerId')).toMatchObject({ value: '+16465550199' });
    expect(await control(options, '#callerDefault')).toMatchObject({ checked: true });
    const stored = await waitFor('the migrated store', async () => {
      const sync = await storedSync(options);
      return 'callerId' in sync ? undefined : sync;
    });
    expect(stored).toEqual({ scheme: 'zoomphonecall', callerIds: [{ number: '+16465550199', label: '' }], defaultCaller: '+16465550199', callerIdRules: [], settingsVersion: 3,
      country: '', inferRegionFromPage: true, linkingEnabled: true, siteListMode: 'deny', sites: [], smsEnabled: false, routeExistingLinks: true, keepRecentCalls: true,
      hoverCard: true, confirmBeforeCalling: false });
  });

  test('admin-managed values (test build seam) override the user, show locked, and survive Save', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    await options.click('input[name="scheme"][value="tel"]');
    await save(options);
    const page = await harness.open(harness.server.url('numbers.html'));
    await waitForLinks(page, 7);
    await options.evaluate(() => chrome.storage.local.set({
      testManagedSettings: { scheme: 'callto', sites: ['*.corp.example'], callerIds: [{ number: '+12125550188', label: 'Main line' }], defaultCaller: '+12125550188' },
    }), undefined);
    await waitFor('the managed scheme in the open tab', async () => (await linkHrefIn(page, '#us')) === 'callto:+12125550100');

    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await optionsReady(options);
    expect(await control(options, 'input[name="scheme"][value="callto"]')).toMatchObject({ checked: true, disabled: true });
    expect(await control(options, 'input[name="scheme"][value="tel"]')).toMatchObject({ checked: false, disabled: true });
    expect(await control(options, '#sites')).toMatchObject({ value: '*.corp.example', readOnly: true });
    expect(await control(options, '#callerId')).toMatchObject({ value: '+12125550188', readOnly: true });
    expect(await control(options, '#callerLabel')).toMatchObject({ value: 'Main line', readOnly: true });
    expect(await control(options, '#smsEnabled')).toMatchObject({ disabled: false });
    const notes = await options.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-locked-note]')].filter((n) => !n.hidden).map((n) => n.closest('fieldset')?.id), undefined);
    expect(notes).toEqual(['section-callerIds', 'section-scheme', 'section-linking']);
    expect(await options.evaluate(() => document.getElementById('managed-note')?.hidden, undefined)).toBe(false);
    expect(await options.evaluate(() => document.querySelector('[data-locked-note="scheme"]')?.textContent, undefined)).toBe('Set by your administrator.');

    await check(options, '#smsEnabled', true);
    await save(options);
    // The user's own values stay stored under the admin's: lifting the policy brings them back.
    expect(await storedSync(options)).toMatchObject({ scheme: 'tel', sites: [], callerIds: [], smsEnabled: true });
  });

  test('a site list too large for sync storage is saved to local storage and kept', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    const sites = Array.from({ length: 300 }, (_, i) => `branch-office-${i}.customers.example.com`);
    await options.fill('#sites', sites.join('\n'));
    expect(await save(options)).toBe('Saved on this device only: browser sync is unavailable or the settings are too large for it.');
    const local = await storedLocal(options);
    expect(local).toMatchObject({ settingsArea: 'local', sites, settingsVersion: 3 });
    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await optionsReady(options);
    expect((await control(options, '#sites'))?.value).toBe(sites.join('\n'));

    await options.fill('#sites', 'one.example.com');
    expect(await save(options)).toBe('Saved.');
    expect(await storedSync(options)).toMatchObject({ sites: ['one.example.com'] });
    expect(await storedLocal(options)).not.toHaveProperty('settingsArea');
  });

  test('"Clear recent calls" removes the stored list', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    await options.evaluate(() => chrome.storage.local.set({ recentCalls: [{ number: '+12125550100', at: 1 }] }), undefined);
    await options.click('#clearRecentCalls');
    expect(await statusOf(options, 'status', 'ok')).toBe('Recent calls cleared.');
    expect(await storedLocal(options)).not.toHaveProperty('recentCalls');
  });
}
