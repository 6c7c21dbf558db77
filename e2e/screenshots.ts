import { expect, type TestType } from '@playwright/test';
import { waitFor } from './driver';
import type { Harness } from './harness';
import { waitForLinks } from './page-helpers';
import { optionsReady } from './scenarios';

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
}
