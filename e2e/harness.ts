import { test as base, expect } from '@playwright/test';
import { type AllowedRequests, unexpectedRequests } from './adversarial-requests';
import type { ExtensionBrowser, TestPage } from './driver';
import { FIXTURES, type FixtureServer, startFixtureServer } from './server';

export interface Harness {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
  /** Opens a page that is closed when the test ends. */
  open(url: string): Promise<TestPage>;
  /** Opens an extension page, e.g. the options page. */
  openExtensionPage(path: string): Promise<TestPage>;
}

function allowedRequests(browser: ExtensionBrowser, server: FixtureServer): AllowedRequests {
  return { fixtureOrigin: server.origin, fixturesDir: FIXTURES, extensionOrigin: browser.extensionUrl('') };
}

/**
 * One browser and one fixture server per worker (launching is the slow part); each test starts from empty
 * settings and closes the pages it opened.
 */
export function harnessFor(launch: () => Promise<ExtensionBrowser>) {
  return base.extend<{ harness: Harness }, { browserAndServer: { browser: ExtensionBrowser; server: FixtureServer } }>({
    browserAndServer: [
      async ({}, use) => {
        const [browser, server] = await Promise.all([launch(), startFixtureServer()]);
        await use({ browser, server });
        // The whole run, the time between tests included (each test checks its own share, see below).
        const unexpected = unexpectedRequests(browser.requests, allowedRequests(browser, server));
        await Promise.all([browser.close(), server.close()]);
        expect(unexpected, 'requests outside the fixtures and the extension').toEqual([]);
      },
      { scope: 'worker' },
    ],
    harness: async ({ browserAndServer }, use) => {
      const { browser, server } = browserAndServer;
      const firstRequest = browser.requests.length;
      const pages: TestPage[] = [];
      const open = async (url: string) => {
        const page = await browser.newPage();
        pages.push(page);
        await page.goto(url);
        return page;
      };
      const openExtensionPage = (path: string) => open(browser.extensionUrl(path));
      const reset = await openExtensionPage('src/options/index.html');
      await reset.evaluate(async () => {
        await chrome.storage.sync.clear();
        await chrome.storage.local.clear();
      }, undefined);
      await use({ browser, server, open, openExtensionPage });
      for (const page of pages) await page.close().catch(() => undefined);
      // Every test, every page it opened: no request left the fixture server's files and the extension's own.
      const unexpected = unexpectedRequests(browser.requests.slice(firstRequest), allowedRequests(browser, server));
      expect(unexpected, 'requests outside the fixtures and the extension').toEqual([]);
    },
  });
}
