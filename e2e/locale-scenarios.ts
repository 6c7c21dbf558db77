import { expect, type TestType } from '@playwright/test';
import { frontTab, openPopup, seamPage } from './call-helpers';
import type { LaunchOptions } from './chromium-driver';
import { type ExtensionBrowser, nextCall, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { loadMessages, messageOf } from './locale-messages';
import { waitForLinks } from './page-helpers';
import { startFixtureServer } from './server';

type Test = TestType<{ harness: Harness }, object>;

/** The browser languages the extension is opened in, the locale folder it must show, and the region that language implies alone. */
const LOCALES = [
  { tag: 'de-DE', folder: 'de', region: 'DE' },
  { tag: 'ja', folder: 'ja', region: 'JP' },
] as const;

/** A browser of its own in `locale`, with a fixture server, closed when `run` ends. */
export async function withBrowser(launch: (options: LaunchOptions) => Promise<ExtensionBrowser>, options: LaunchOptions, run: (harness: Harness) => Promise<void>): Promise<void> {
  const [browser, server] = await Promise.all([launch(options), startFixtureServer()]);
  const open = async (url: string): Promise<TestPage> => {
    const page = await browser.newPage();
    await page.goto(url);
    return page;
  };
  try {
    // The welcome tab the extension opens on install comes to the front when it opens: wait for it, so it does
    // not take the focus from a page of the test later (a background tab runs no animation frames).
    const first = await open(browser.extensionUrl('src/options/index.html'));
    await waitFor('the welcome tab opened on install', () => first.evaluate(() => (globalThis as unknown as { chrome: { extension: { getViews(f: object): Window[] } } })
      .chrome.extension.getViews({ type: 'tab' }).some((view) => view.location.pathname === '/src/welcome/index.html'), undefined), 15_000);
    await first.close();
    await run({ browser, server, open, openExtensionPage: (path) => open(browser.extensionUrl(path)) });
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

const pageState = (page: TestPage) => page.evaluate(() => ({
  title: document.title,
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
  h1: document.querySelector('h1')?.textContent,
}), undefined);

export function registerLocaleScenarios(test: Test, launch: (options: LaunchOptions) => Promise<ExtensionBrowser>): void {
  for (const { tag, folder, region } of LOCALES) {
    test(`locale: with the browser in ${tag}, the options page, popup and a linked page are in ${folder}`, async () => {
      // A browser of its own, launched inside the test, on a machine that runs the other browser's suite alongside.
      test.setTimeout(150_000);
      const messages = loadMessages(folder);
      const m = (key: string, args: readonly string[] = []) => messageOf(messages, key, args);
      await withBrowser(launch, { locale: tag }, async (harness) => {
        const { name } = harness.browser;
        const options = await harness.openExtensionPage('src/options/index.html');
        await waitFor('the options form', () => options.evaluate(() => document.getElementById('options')?.dataset.ready === 'true', undefined));
        expect(await pageState(options)).toEqual({ title: m('optionsTitle'), lang: folder, dir: 'ltr', h1: m('extName') });
        expect(await options.evaluate(() => [document.getElementById('save')?.textContent, document.querySelector('#section-callerIds legend')?.textContent], undefined))
          .toEqual([m('save'), m('callerIdsLegend')]);
        // Country names in the shown language, not English (nor the browser's, were it a language not shipped).
        // (The country is the browser's: the first of its languages that names a region, as core/region.ts reads them.)
        const languages = await options.evaluate(() => [...navigator.languages], undefined);
        const code = languages.map((language) => language.split('-')[1]?.toUpperCase()).find((part) => part?.length === 2) ?? region;
        const country = new Intl.DisplayNames([folder], { type: 'region' }).of(code) ?? code;
        expect(await options.evaluate(() => document.getElementById('country-feedback')?.textContent, undefined)).toBe(m('countryAutomatic', [country]));
        if (name === 'chromium') await options.screenshot(`docs/screenshots/options-${folder}.png`);

        // A recent call five minutes ago: its time in the shown language (Intl.RelativeTimeFormat).
        await options.evaluate((at) => chrome.storage.local.set({ recentCalls: [{ target: { kind: 'e164', e164: '+12125550142' }, sms: false, at }] }), Date.now() - 5 * 60_000 - 5_000);
        const page = await harness.open(harness.server.url('calls.html'));
        await waitForLinks(page, 3);
        const popup = await openPopup(harness, await frontTab(await seamPage(harness), page));
        expect(await pageState(popup)).toEqual({ title: m('extName'), lang: folder, dir: 'ltr', h1: m('extName') });
        const minutes = new Intl.RelativeTimeFormat(folder, { numeric: 'auto' }).format(-5, 'minute');
        await waitFor('the recent call', () => popup.evaluate(() => document.querySelector('#recent-calls .detail')?.textContent, undefined));
        expect(await popup.evaluate(() => ({
          heading: document.getElementById('page-heading')?.textContent,
          site: document.getElementById('site-label')?.textContent,
          call: document.querySelector('#page-numbers button.call')?.textContent,
          callName: document.querySelector('#page-numbers button.call')?.getAttribute('aria-label'),
          recent: document.querySelector('#recent-calls .detail')?.textContent?.replace(/[\u00a0\u202f]/g, ' '),
        }), undefined)).toEqual({
          heading: m('popupOnThisPage'),
          site: m('popupSiteSwitch', ['127.0.0.1']),
          call: m('popupCall'),
          callName: m('popupCallNamed', ['+1 212 555 0100']),
          recent: m('popupRecentDetail', [minutes]).replace(/[\u00a0\u202f]/g, ' '),
        });
        await popup.setViewport(344, 560);
        if (name === 'chromium') await popup.screenshot(`docs/screenshots/popup-${folder}.png`);

        // The linked page: the link's name, and the notice a click shows.
        await page.hover('#num a.c2z-link');
        expect(await page.evaluate(() => document.querySelector<HTMLAnchorElement>('#num a.c2z-link')?.title, undefined)).toBe(m('linkTitle', ['+1 212 555 0100']));
        await page.bringToFront();
        const before = harness.browser.calls.length;
        await page.click('#num a.c2z-link');
        expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550100');
        const notice = await waitFor('the call notice', () => page.evaluate(() => document.querySelector('c2z-call-notice')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? undefined, undefined));
        expect(notice).toBe(m('callNoticeOpening'));
      });
    });
  }
}
