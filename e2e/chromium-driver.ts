import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CALL_URL, type ExtensionBrowser, type TestPage } from './driver';

const EXTENSION_DIR = resolve(process.env.TEST_OUT_DIR ?? 'dist-test', 'chrome');

function wrap(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    errors,
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector, options) => page.click(selector, options),
    press: (selector, key) => page.press(selector, key),
    fill: (selector, value) => page.fill(selector, value),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Debian's Chromium, headless, with the test build loaded as an unpacked extension. */
export async function launchChromium(): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'c2z-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 900, height: 700 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const calls: string[] = [];
  // A click on a call link shows nothing headless, but the navigation request is visible here.
  context.on('request', (request) => {
    if (CALL_URL.test(request.url())) calls.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    calls,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    newPage: async () => wrap(await context.newPage()),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
