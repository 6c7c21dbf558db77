import { expect, type TestType } from '@playwright/test';
import { waitFor } from './driver';
import type { Harness } from './harness';
import { waitForLinks } from './page-helpers';
import { optionsReady } from './scenarios';
import { openPopup, seamPage, storeSettings, tabIdOf } from './call-helpers';
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
    const popup = await openPopup(harness, await tabIdOf(await seamPage(harness), page));
    await popup.setViewport(344, 560);
    await waitFor('the recent calls', () => popup.evaluate(() => document.querySelectorAll('#recent-calls li').length === 2, undefined));
    await popup.screenshot('docs/screenshots/popup-light.png');
    await popup.colorScheme('dark');
    await popup.screenshot('docs/screenshots/popup-dark.png');
    await popup.colorScheme('light');
  });
}
