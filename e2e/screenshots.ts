import { expect, type TestType } from '@playwright/test';
import { waitFor } from './driver';
import type { Harness } from './harness';
import type { TestPage } from './driver';
import { readFile } from 'node:fs/promises';
import { frontTab, openPopup, seamPage, storeSettings } from './call-helpers';
import { waitForLinks } from './page-helpers';
import { optionsReady } from './scenarios';
import { openWelcome } from './welcome-scenarios';

type Test = TestType<{ harness: Harness }, object>;

/** The README's pictures, taken from the real extension in Chromium on every run. */
export function registerScreenshots(test: Test): void {
  test('README screenshots: the options page and a page with linked numbers', async ({ harness }) => {
    const options = await harness.openExtensionPage('src/options/index.html');
    await optionsReady(options);
    await options.fill('#callerId', '+1 646 555 0199');
    await options.fill('#callerLabel', 'Desk');
    await options.click('#addCallerId');
    await options.fill('#callerId-1', '802');
    await options.fill('#callerLabel-1', 'Support queue');
    await waitFor('the formatted numbers and the preview', () =>
      options.evaluate(() => document.getElementById('callerId-feedback')?.textContent?.startsWith('Will be sent as') &&
        document.getElementById('preview')?.textContent?.endsWith('?callerid=+16465550199'), undefined));
    await options.screenshot('docs/screenshots/options.png');

    const page = await harness.open(harness.server.url('numbers.html'));
    const links = await waitForLinks(page, 7);
    expect(links.length).toBe(7);
    await page.screenshot('docs/screenshots/linked-numbers.png');
  });

  // The stores' listing size (Chrome Web Store 1280×800; addons.mozilla.org takes the same).
  test('store screenshots (1280×800): a linked page, the popup, the options with caller-ID rules', async ({ harness }) => {
    const settings = {
      callerIds: [{ number: '+12125550111', label: 'Desk' }, { number: '+442079460000', label: 'UK office' }, { number: '802', label: 'Sales line' }],
      defaultCaller: '+12125550111',
      callerIdRules: [{ match: '+44', callerId: '+442079460000' }, { match: '*.salesforce.com', callerId: '802' }],
      smsEnabled: true,
    };
    await storeSettings(harness, settings);
    const shots: string[] = [];
    const shoot = async (page: TestPage, name: string) => {
      const path = `docs/store/${name}.png`;
      await page.screenshot(path);
      shots.push(path);
    };

    const page = await harness.open(harness.server.url('numbers.html'));
    await page.setViewport(1280, 800);
    await waitForLinks(page, 7);
    await page.hover('#intl a.c2z-link');
    await shoot(page, 'linked-page');

    const popup = await openPopup(harness, await frontTab(await seamPage(harness), page));
    await popup.setViewport(1280, 800);
    // The popup is ~340 px wide: shown twice as large and centred, so the listing shows what it holds.
    await popup.evaluate(() => {
      document.documentElement.style.zoom = '2';
      document.body.style.margin = '12px auto';
    }, undefined);
    await shoot(popup, 'popup');

    const options = await harness.openExtensionPage('src/options/index.html');
    await options.setViewport(1280, 800);
    await optionsReady(options);
    await options.evaluate(() => document.getElementById('section-callerIdRules')?.scrollIntoView(), undefined);
    await waitFor('the rules preview', () => options.evaluate(() => document.getElementById('rule-preview')?.textContent?.includes('UK office') || undefined, undefined));
    await shoot(options, 'options');

    for (const path of shots) {
      const png = await readFile(path);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1280, 800]);
    }
  });

  test('README screenshots: the welcome page, and the popup in light and dark', async ({ harness }) => {
    const welcome = await openWelcome(harness);
    await welcome.setViewport(900, 1260);
    await welcome.screenshot('docs/screenshots/welcome.png');

    const options = await storeSettings(harness, { callerIds: [{ number: '+16465550199', label: 'Desk' }], defaultCaller: '+16465550199', smsEnabled: true });
    await options.evaluate((at) => chrome.storage.local.set({ recentCalls: [
      { target: { kind: 'e164', e164: '+12125550142' }, sms: false, at, callerId: '+16465550199' },
      { target: { kind: 'extension', digits: '802' }, sms: false, at: at - 3_600_000 },
    ] }), Date.now());
    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    const popup = await openPopup(harness, await frontTab(await seamPage(harness), page));
    await popup.setViewport(344, 560);
    await waitFor('the recent calls', () => popup.evaluate(() => document.querySelectorAll('#recent-calls li').length === 2, undefined));
    await popup.screenshot('docs/screenshots/popup-light.png');
    await popup.colorScheme('dark');
    await popup.screenshot('docs/screenshots/popup-dark.png');
    await popup.colorScheme('light');
  });
}
