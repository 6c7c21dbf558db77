/**
 * One browser with one extension (ours, the naive reference, or none) for the families bench, measured the same
 * way in Chromium and in Firefox, black-box: the CPU time of the page processes' main threads from
 * /proc/<pid>/schedstat, and the main-world heartbeat every page carries (families.ts) for stalls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as ChromiumPage } from '@playwright/test';
import puppeteer, { type Browser as FirefoxBrowser, type Page as FirefoxPage } from 'puppeteer-core';
import { GECKO_ID } from '../build/manifest.ts';

export type BrowserName = 'chromium' | 'firefox';
export type Variant = 'none' | 'ours' | 'naive';

export interface Tab {
  /** CPU time of the page processes' main threads since the tab opened, ms. */
  cpuMs(): Promise<number>;
  evaluate<T>(expression: string): Promise<T>;
  /** Numbers our extension counts on the page (its toolbar badge), 0 where it shows none. */
  badge(): Promise<number>;
  /**
   * Closes the tab and waits until the browser's page processes are quiet again: the teardown of a big page (its
   * garbage collected, a 20,000-row table's layout freed) would otherwise be billed to the next page measured.
   */
  close(): Promise<void>;
}

export interface Session {
  readonly browser: BrowserName;
  readonly variant: Variant;
  /** Opens `url` in a new tab and waits for its load event. */
  open(url: string): Promise<Tab>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export async function chromiumSession(variant: Variant, extensionDir: string | undefined): Promise<Session> {
  const dir = await mkdtemp(join(tmpdir(), 'c2z-bench-'));
  const extension = extensionDir ? resolve(extensionDir) : undefined;
  const context: BrowserContext = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: extension ? [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [...CHROMIUM_ARGS, '--disable-extensions'],
  });
  if (variant === 'ours' && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const pid = processWithArg(`--user-data-dir=${dir}`);
  if (!pid) throw new Error('no Chromium process');
  // The welcome page our extension opens on install is closed before measuring.
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  return {
    browser: 'chromium',
    variant,
    async open(url) {
      const page: ChromiumPage = await context.newPage();
      const before = contentProcessCpu(pid);
      const seen = new Map(before);
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      return {
        cpuMs: async () => cpuSince(pid, before, seen),
        evaluate: (expression) => page.evaluate(expression),
        badge: async () => {
          const worker = context.serviceWorkers()[0];
          if (!worker) return 0;
          return await worker.evaluate(`chrome.tabs.query({}).then((tabs) => Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id }))))
            .then((texts) => Math.max(0, ...texts.map((text) => Number(text) || 0)))`).catch(() => 0) as number;
        },
        close: async () => {
          await page.close();
          await quiet(pid);
        },
      };
    },
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The browser process started with this profile folder. */
function processWithArg(arg: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(arg) && !cmdline.includes('--type=')) return Number(entry);
    } catch {
      // The process ended while it was read.
    }
  }
  return undefined;
}

/** A page's process: Firefox's tab content processes, Chromium's renderers (not the extensions' own). */
const isPageProcess = (args: readonly string[]) => (args.includes('-contentproc') && args.at(-1) === 'tab') ||
  (args.includes('--type=renderer') && !args.includes('--extension-process'));

/**
 * CPU time (ns) of the main thread of each live page process under `root` (Firefox's are children of its fork
 * server), from /proc/<pid>/schedstat: the process's first thread is its main thread in both browsers. CPU time,
 * not wall-clock time: on a machine shared with other work, the time a thread waits for a core is not counted.
 */
export function contentProcessCpu(root: number): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The ppid is the 2nd field after the parenthesised command name.
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while it was read.
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parents.get(pid), depth = 0; p !== undefined && depth < 4; p = parents.get(p), depth++) if (p === root) return true;
    return false;
  };
  const out = new Map<number, number>();
  for (const pid of parents.keys()) {
    if (!descends(pid)) continue;
    try {
      // Processes the fork server started carry their whole command line in one argument.
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim().split(/\s+/);
      if (!isPageProcess(cmdline)) continue;
      out.set(pid, Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // The process ended while it was read.
    }
  }
  return out;
}

const total = (ns: Map<number, number>) => [...ns.values()].reduce((a, b) => a + b, 0);

/**
 * Waits until the page processes under `root` have used less than 5 ms of CPU in each of four 250 ms steps in a
 * row (an idle browser's timers use a little), or for 15 s.
 */
async function quiet(root: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = total(contentProcessCpu(root));
  let calm = 0;
  while (calm < 4 && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 250));
    const now = total(contentProcessCpu(root));
    calm = (now - last) / 1e6 < 5 ? calm + 1 : 0;
    last = now;
  }
}

/**
 * CPU ms of the page processes since `before` was read: the processes the page opened meanwhile count from 0
 * (the other tabs' processes idle). `seen` keeps the last reading of each, also of processes since ended.
 */
function cpuSince(root: number, before: Map<number, number>, seen: Map<number, number>): number {
  for (const [p, ns] of contentProcessCpu(root)) seen.set(p, ns);
  return (total(seen) - total(before)) / 1e6;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[]; result?: { value?: unknown } } }>;
}

/** Runs a function in Firefox's privileged browser window (needs --remote-allow-system-access) and returns its value. */
async function privileged(browser: FirefoxBrowser, functionDeclaration: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) return undefined;
  const answer = await connection.send('script.callFunction', { functionDeclaration, target: { context }, awaitPromise: true });
  return answer.result.result?.value;
}

export async function firefoxSession(variant: Variant, extensionDir: string | undefined, fresh = false): Promise<Session> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
  });
  const pid = browser.process()?.pid;
  if (!pid) throw new Error('no Firefox process');
  if (extensionDir) await browser.installExtension(resolve(extensionDir));
  // The welcome page our extension opens on install is closed before measuring (it may open a moment later).
  const closeExtensionPages = async () => {
    for (const page of await browser.pages()) if (page.url().startsWith('moz-extension://')) await page.close();
  };
  // Not for a first page after install, which is measured as a new user meets it.
  if (variant === 'ours' && !fresh) await new Promise((done) => setTimeout(done, 1500));
  await closeExtensionPages();
  return {
    browser: 'firefox',
    variant,
    async open(url) {
      await closeExtensionPages();
      const page: FirefoxPage = await browser.newPage();
      // A tab in the background gets its timers throttled to 1 s: the measured one is always in front.
      await page.bringToFront();
      // Processes that exist before the page and those it starts: the sum over all of them (the others idle).
      const before = contentProcessCpu(pid);
      const seen = new Map(before);
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      return {
        cpuMs: async () => cpuSince(pid, before, seen),
        evaluate: (expression) => page.evaluate(expression) as Promise<never>,
        // The toolbar button is not in headless Firefox's window: the action's state is read from its API object.
        badge: async () => Number(await privileged(browser, `() => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
          const action = extension && ExtensionParent.apiManager.global.browserActionFor?.(extension);
          return action ? String((action.action ?? action).getProperty(gBrowser.selectedTab, 'badgeText') ?? '') : '';
        }`).catch(() => 0)) || 0,
        close: async () => {
          await page.close();
          await quiet(pid);
        },
      };
    },
    close: () => browser.close(),
  };
}

/** `fresh`: the first page is opened as soon as the extension is installed (first page after install). */
export function session(browser: BrowserName, variant: Variant, extensionDir: string | undefined, options: { fresh?: boolean } = {}): Promise<Session> {
  return browser === 'chromium' ? chromiumSession(variant, extensionDir) : firefoxSession(variant, extensionDir, options.fresh);
}
