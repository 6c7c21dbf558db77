import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { GECKO_ID } from '../build/manifest.ts';
import { CALL_URL, type ExtensionBrowser, type TestPage, waitFor } from './driver';

const EXTENSION_DIR = resolve(process.env.TEST_OUT_DIR ?? 'dist-test', 'firefox');

/**
 * Navigates and waits for the new document to load. Over BiDi, puppeteer's goto never settles for a
 * moz-extension:// page, nor after the page started an external-scheme navigation (a call), so the load is
 * confirmed by polling: the old document is marked first, and the wait ends on an unmarked, loaded document.
 */
async function goto(page: Page, url: string): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __e2eOldDocument: true })).catch(() => undefined);
  page.goto(url).catch(() => undefined);
  await waitFor(`${url} to load`, () =>
    page
      .evaluate(
        (expected) => location.href === expected && document.readyState === 'complete' && !('__e2eOldDocument' in window),
        url,
      )
      .catch(() => false), 15_000);
}

function wrap(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    errors,
    goto: (url) => goto(page, url),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector, options) => page.click(selector, options),
    press: async (selector, key) => {
      await page.focus(selector);
      await page.keyboard.press(key as never);
    },
    fill: (selector, value) => page.locator(selector).fill(value),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

interface NavigationStarted {
  readonly url: string;
}

/** Debian's Firefox ESR over WebDriver BiDi, with the test build installed as a temporary add-on. */
export async function launchFirefox(): Promise<ExtensionBrowser> {
  // A pinned UUID gives the extension's pages a known moz-extension:// origin.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 900, height: 700 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  const calls: string[] = [];
  // External-scheme navigations never commit; BiDi still reports that they started.
  const connection = (browser as unknown as { connection: { on(event: string, fn: (e: NavigationStarted) => void): void } }).connection;
  connection.on('browsingContext.navigationStarted', (event) => {
    if (CALL_URL.test(event.url)) calls.push(event.url);
  });
  await browser.installExtension(EXTENSION_DIR);
  return {
    name: 'firefox',
    calls,
    extensionUrl: (path) => `moz-extension://${uuid}/${path}`,
    newPage: async () => wrap(await browser.newPage()),
    // Installing the same id over the running add-on is an upgrade: the old one shuts down, the new one starts,
    // and the pinned UUID (kept per id) stays, as it does for a real update.
    reloadExtension: async () => void (await browser.installExtension(EXTENSION_DIR)),
    close: () => browser.close(),
  };
}
