import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { GECKO_ID } from '../build/manifest.ts';
import type { LaunchOptions } from './chromium-driver';
import { CALL_URL, type ExtensionBrowser, type TestPage, waitFor } from './driver';

const BUILD_DIR = process.env.TEST_OUT_DIR ?? 'dist-test';

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

/**
 * Playwright's key names on puppeteer over BiDi, which presses one key at a time ("Shift+Tab" is Shift held
 * around Tab) and names the space bar by its character.
 */
async function pressKey(page: Page, key: string): Promise<void> {
  const keys = key.split('+');
  const last = keys.pop() ?? key;
  for (const modifier of keys) await page.keyboard.down(modifier as never);
  await page.keyboard.press((last === 'Space' ? ' ' : last) as never);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier as never);
}

function wrap(page: Page, colorScheme: (scheme: 'light' | 'dark') => Promise<void>): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // "Leave page" in an unsaved-changes prompt (the options page has one): a test that navigates means to leave.
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : undefined));
  return {
    errors,
    goto: (url) => goto(page, url),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector, options) => page.click(selector, options),
    hover: (selector) => page.hover(selector),
    press: async (selector, key) => {
      await page.focus(selector);
      await pressKey(page, key);
    },
    fill: (selector, value) => page.locator(selector).fill(value),
    pressKey: (key) => pressKey(page, key),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    colorScheme,
    setViewport: (width, height) => page.setViewport({ width, height }),
    runScript: async (source) => void (await page.evaluate(source)),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

interface NavigationStarted {
  readonly url: string;
}

interface BeforeRequestSent {
  readonly request: { readonly url: string };
}

interface BidiConnection {
  on<E>(event: string, fn: (e: E) => void): void;
  send(method: string, params: object): Promise<{ result: { contexts: { context: string }[] } }>;
}

/**
 * BiDi reports the requests of pages and the content scripts in them, but an add-on's background page is no
 * browsing context it sees. With --remote-allow-system-access, a privileged script in the browser window
 * observes every HTTP request the browser opens and reports, over a BiDi channel, those the add-on triggered
 * (its background, its pages, its content scripts).
 */
async function browserWindowOf(connection: BidiConnection): Promise<string> {
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const browserWindow = tree.result.contexts[0]?.context;
  if (!browserWindow) throw new Error('no privileged browser window');
  return browserWindow;
}

/**
 * prefers-color-scheme for every page: puppeteer's media emulation needs CDP, which Firefox no longer has; the
 * content-override pref (0 dark, 1 light) is set from the privileged browser window instead.
 */
async function setColorScheme(connection: BidiConnection, scheme: 'light' | 'dark'): Promise<void> {
  await runPrivileged(connection, `() => Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`);
}

async function runPrivileged(connection: BidiConnection, functionDeclaration: string): Promise<void> {
  await connection.send('script.callFunction', { functionDeclaration, target: { context: await browserWindowOf(connection) }, awaitPromise: false });
}

async function watchAddonRequests(connection: BidiConnection, addonOrigin: string, onRequest: (url: string) => void): Promise<void> {
  const channel = 'c2z-addon-requests';
  connection.on('script.message', (event: { channel: string; data: { value?: unknown } }) => {
    if (event.channel === channel && typeof event.data.value === 'string') onRequest(event.data.value);
  });
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const browserWindow = tree.result.contexts[0]?.context;
  if (!browserWindow) throw new Error('no privileged browser window to watch requests from');
  await connection.send('script.callFunction', {
    functionDeclaration: `(report) => Services.obs.addObserver({
      observe(subject) {
        const request = subject.QueryInterface(Ci.nsIChannel);
        if (request.loadInfo.triggeringPrincipal.origin.includes(${JSON.stringify(addonOrigin)})) report(request.URI.spec);
      },
    }, 'http-on-opening-request')`,
    arguments: [{ type: 'channel', value: { channel } }],
    target: { context: browserWindow },
    awaitPromise: false,
  });
}

/** Debian's Firefox ESR over WebDriver BiDi, with the test build installed as a temporary add-on. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const EXTENSION_DIR = resolve(options.buildDir ?? BUILD_DIR, 'firefox');
  // A pinned UUID gives the extension's pages a known moz-extension:// origin.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 900, height: 700 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // The UI language (Debian's firefox-esr-l10n-* language packs); add-ons' pages follow it.
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
    },
  });
  const calls: string[] = [];
  // External-scheme navigations never commit; BiDi still reports that they started.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  connection.on('browsingContext.navigationStarted', (event: NavigationStarted) => {
    if (CALL_URL.test(event.url)) calls.push(event.url);
  });
  const requests: string[] = [];
  // puppeteer subscribes the session to BiDi's network module: every request of every browsing context.
  connection.on('network.beforeRequestSent', ({ request }: BeforeRequestSent) => {
    if (!CALL_URL.test(request.url)) requests.push(request.url);
  });
  // The add-on's own requests, wherever they start (a page's or content script's may be listed twice).
  await watchAddonRequests(connection, `moz-extension://${uuid}`, (url) => requests.push(url));
  await browser.installExtension(EXTENSION_DIR);
  return {
    name: 'firefox',
    calls,
    requests,
    extensionUrl: (path) => `moz-extension://${uuid}/${path}`,
    newPage: async () => wrap(await browser.newPage(), (scheme) => setColorScheme(connection, scheme)),
    // Installing the same id over the running add-on is an upgrade: the old one shuts down, the new one starts,
    // and the pinned UUID (kept per id) stays, as it does for a real update.
    // The user's "Allow" in the browser's permission prompt, which headless Firefox cannot show.
    acceptPermissionPrompts: () => runPrivileged(connection, `() => Services.prefs.setBoolPref('extensions.webextOptionalPermissionPrompts', false)`),
    reloadExtension: async () => void (await browser.installExtension(EXTENSION_DIR)),
    close: () => browser.close(),
  };
}
