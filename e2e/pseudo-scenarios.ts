import { expect, type TestType } from '@playwright/test';
import { writePseudoBuild } from '../scripts/pseudo-locale';
import { frontTab, openPopup, seamPage } from './call-helpers';
import type { LaunchOptions } from './chromium-driver';
import { type ExtensionBrowser, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { withBrowser } from './locale-scenarios';
import { overflowProblems } from './overflow-check';
import { waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

const PSEUDO_DIR = 'dist-pseudo';

/** Settings that fill every part of the pages: two labelled caller IDs, a rule, texting, recent calls. */
const SETTINGS = {
  callerIds: [{ number: '+12125550111', label: 'Desk' }, { number: '802', label: 'Support queue' }],
  defaultCaller: '+12125550111',
  callerIdRules: [{ match: '+44', callerId: '802' }],
  smsEnabled: true,
  settingsVersion: 3,
};

async function check(page: TestPage, where: string, width: number, height: number, screenshot?: string): Promise<void> {
  await page.bringToFront();
  await page.setViewport(width, height);
  // The page has laid out at the new width when its own width says so.
  await waitFor(`${where} at ${width}px`, () => page.evaluate((w) => document.documentElement.clientWidth <= w, width));
  expect(await page.evaluate(() => document.querySelector('h1')?.textContent?.startsWith('⟦'), undefined), `${where} shows the pseudo-locale`).toBe(true);
  expect(await overflowProblems(page), `${where} at ${width}px`).toEqual([]);
  if (screenshot) {
    await page.evaluate(() => window.scrollTo(0, 0), undefined);
    await page.screenshot(`docs/screenshots/pseudo-${screenshot}.png`);
  }
}

/**
 * The pseudo-locale build (scripts/pseudo-locale.ts: every string accented and about 40% longer), made from the
 * test build being run: options, welcome and popup show no clipped or overflowing text, at desktop width and
 * at 320 px (the popup at its own width).
 */
export function registerPseudoLocaleScenario(test: Test, launch: (options: LaunchOptions) => Promise<ExtensionBrowser>): void {
  test('pseudo-locale: options, welcome and popup show no clipped or overflowing text at 320 px and wider', async () => {
    // A browser of its own, launched inside the test, on a machine that runs the other browser's suite alongside.
    test.setTimeout(150_000);
    const browserDir = launch.name === 'launchFirefox' ? 'firefox' : 'chrome';
    writePseudoBuild(process.env.TEST_OUT_DIR ?? 'dist-test', PSEUDO_DIR, [browserDir]);
    await withBrowser(launch, { buildDir: PSEUDO_DIR }, async (harness) => {
      const shots = harness.browser.name === 'chromium';
      const options = await harness.openExtensionPage('src/options/index.html');
      await options.evaluate(async (settings) => {
        await chrome.storage.sync.set(settings);
        const at = Date.now();
        await chrome.storage.local.set({ recentCalls: [
          { target: { kind: 'e164', e164: '+12125550142', ext: '12' }, sms: false, at: at - 120_000, callerId: '+12125550111' },
          { target: { kind: 'extension', digits: '802' }, sms: false, at: at - 3 * 86_400_000 },
        ] });
      }, SETTINGS);
      await options.goto(harness.browser.extensionUrl('src/options/index.html'));
      await waitFor('the options form', () => options.evaluate(() => document.getElementById('options')?.dataset.ready === 'true', undefined));
      // Feedback lines with text: an invalid site list and an unsaved-changes status.
      await options.bringToFront();
      await options.fill('#sites', 'example.com\nnot a host');
      await options.fill('#ruleTrySite', 'crm.example.com');
      await check(options, 'options', 900, 700, shots ? 'options' : undefined);
      await check(options, 'options', 320, 700, shots ? 'options-320' : undefined);

      const welcome = await harness.openExtensionPage('src/welcome/index.html');
      await waitFor('the welcome page', () => welcome.evaluate(() => document.body.dataset.ready === 'true', undefined));
      await welcome.bringToFront();
      await welcome.fill('#test-number', '212 555');
      await check(welcome, 'welcome', 900, 700);
      await check(welcome, 'welcome', 320, 700, shots ? 'welcome-320' : undefined);

      const page = await harness.open(harness.server.url('calls.html'));
      await waitForLinks(page, 3);
      const popup = await openPopup(harness, await frontTab(await seamPage(harness), page));
      await waitFor('the recent calls', () => popup.evaluate(() => document.querySelectorAll('#recent-calls li').length === 2, undefined));
      await popup.bringToFront();
      await popup.fill('#quick-dial', '212 555');
      await check(popup, 'popup', 344, 700, shots ? 'popup' : undefined);
    });
  });
}
