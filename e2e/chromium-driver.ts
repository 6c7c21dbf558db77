import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page, type Worker } from '@playwright/test';
import { CALL_URL, type ExtensionBrowser, type TestPage } from './driver';

const BUILD_DIR = process.env.TEST_OUT_DIR ?? 'dist-test';

/** What a scenario may change about the browser it launches for itself (the shared one takes the defaults). */
export interface LaunchOptions {
  /** The build folder holding chrome/ and firefox/ (default: the test build). */
  readonly buildDir?: string;
  /** The browser's UI language as a BCP 47 tag, e.g. "de-DE": the extension's pages follow it. */
  readonly locale?: string;
}

function wrap(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // "Leave page" in an unsaved-changes prompt (the options page has one): a test that navigates means to leave.
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : undefined));
  return {
    errors,
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector, options) => page.click(selector, options),
    hover: (selector) => page.hover(selector),
    press: (selector, key) => page.press(selector, key),
    fill: (selector, value) => page.fill(selector, value),
    pressKey: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path })),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    runScript: async (source) => void (await page.evaluate(source)),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Debian's Chromium, headless, with the test build loaded as an unpacked extension. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const EXTENSION_DIR = resolve(options.buildDir ?? BUILD_DIR, 'chrome');
  // Chromium on Linux takes its UI language from --lang, and only where its locale pack is installed
  // (Debian's chromium-l10n); LANGUAGE is set too, as the desktop would.
  const locale = options.locale ? { args: [`--lang=${options.locale}`], env: { ...process.env, LANGUAGE: options.locale.replace('-', '_') } } : { args: [], env: undefined };
  const userDataDir = await mkdtemp(join(tmpdir(), 'c2z-chromium-'));
  // Developer mode, as for anyone who loads an unpacked extension: without it Chromium (137+) disables an
  // unpacked extension on `runtime.reload()` instead of reloading it (see reloadExtension).
  await mkdir(join(userDataDir, 'Default'));
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 900, height: 700 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...locale.args,
    ],
    ...(locale.env ? { env: locale.env } : {}),
  });
  const calls: string[] = [];
  const requests: string[] = [];
  // A click on a call link shows nothing headless, but the navigation request is visible here. Every other
  // request of the context's pages and of the extension's service worker is reported here too.
  context.on('request', (request) => {
    (CALL_URL.test(request.url()) ? calls : requests).push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    calls,
    requests,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    newPage: async () => wrap(await context.newPage()),
    reloadExtension: async () => {
      const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
      const current = context.serviceWorkers().filter(ours).at(-1);
      const next = context.waitForEvent('serviceworker', { predicate: (w) => ours(w) && w !== current, timeout: 15_000 });
      const reload = () => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
      // The context running this is torn down by it, so its answer is not waited for. An idle worker may have
      // been stopped; an extension page (closed by the reload too) then asks instead.
      if (current) void current.evaluate(reload).catch(() => undefined);
      else {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
        void page.evaluate(reload).catch(() => undefined);
      }
      await next;
    },
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
