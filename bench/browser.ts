/** Chromium with and without the shipped extension, and the measurements the page benchmark takes in them. */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with the unpacked extension at `extensionDir`, or with no extension. */
export async function launch(extensionDir: string | undefined): Promise<Chromium> {
  const dir = await mkdtemp(join(tmpdir(), 'c2z-bench-'));
  const withExtension = extensionDir !== undefined;
  const extension = resolve(extensionDir ?? '.');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: withExtension ? [...ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [...ARGS, '--disable-extensions'],
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return { context, close: async () => { await context.close(); await rm(dir, { recursive: true, force: true }); } };
}

/** Serves generated pages from memory on 127.0.0.1. */
export async function servePages(pages: Record<string, string>): Promise<{ url(name: string): string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const html = pages[(request.url ?? '/').slice(1)];
    if (html === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: (name) => `http://127.0.0.1:${port}/${name}`, close: () => new Promise((done) => server.close(() => done())) };
}

/**
 * Numbers the extension linked on the page: its call links, or, where it marks numbers instead (a huge table,
 * highlights.ts, of which only those near the viewport are painted), the count its toolbar badge shows: distinct
 * numbers, links and marks. Tabs are read without the `tabs` permission, so the page's is the one with a count
 * (the bench has one page open at a time).
 */
async function linkedCount(page: Page): Promise<number> {
  const links = await page.evaluate(() => document.querySelectorAll('a.c2z-link').length);
  const worker = page.context().serviceWorkers()[0];
  const badge = worker
    ? await worker.evaluate(`chrome.tabs.query({}).then((tabs) => Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id }))))
      .then((texts) => Math.max(0, ...texts.map((text) => Number(text) || 0)))`).catch(() => 0) as number
    : 0;
  return Math.max(links, badge);
}

export interface Load {
  readonly page: Page;
  /** Main-thread busy time of the renderer, ms (CDP Performance TaskDuration). */
  taskMs(): Promise<number>;
  /** Script run time on the main thread, compiling left out, ms (CDP Performance ScriptDuration). */
  scriptMs(): Promise<number>;
  /** Script compile time on the main thread, ms (CDP Performance V8CompileDuration). */
  compileMs(): Promise<number>;
  /** Long tasks (≥ 50 ms) that started after the load event, ms. */
  longTasksAfterLoad(): Promise<number[]>;
  links(): Promise<number>;
  /** Waits until the renderer has been quiet for 1.5 s. */
  settle(): Promise<void>;
}

const LONG_TASKS = `window.__long=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.__long.push([e.startTime,e.duration])}).observe({type:'longtask',buffered:true});`;

/** Opens `url` and waits until the renderer has gone quiet (and, when given, `links` call links exist). */
export async function load(context: BrowserContext, url: string, links = 0): Promise<Load> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name: string) => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  };
  const count = () => linkedCount(page);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const deadline = Date.now() + 120_000;
  while (links > 0 && (await count()) < links && Date.now() < deadline) await page.waitForTimeout(50);
  // Quiet: no more than 1 ms of main-thread work over 1.5 s. (A page with nothing to link gives no signal that
  // the extension has finished; its settings read and idle-time scan start a few hundred ms after load.)
  const settle = async () => {
    let last = await metric('TaskDuration');
    for (;;) {
      await page.waitForTimeout(1500);
      const now = await metric('TaskDuration');
      if (now - last < 1 || Date.now() > deadline) break;
      last = now;
    }
  };
  await settle();
  return {
    settle,
    page,
    taskMs: () => metric('TaskDuration'),
    scriptMs: () => metric('ScriptDuration'),
    compileMs: () => metric('V8CompileDuration'),
    longTasksAfterLoad: () => page.evaluate(() => {
      const loadEnd = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const after = loadEnd?.loadEventEnd ?? 0;
      return ((window as unknown as { __long: [number, number][] }).__long).filter(([start]) => start >= after).map(([, d]) => d);
    }),
    links: count,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export interface OwnTasks {
  /** The longest time our script ran in any one task, ms. */
  readonly longestScriptMs: number;
  /**
   * All the time our script ran on the page's main thread, ms: its compiling and running, the style and layout it
   * forces and the garbage collection inside its calls (the rendering after its DOM changes is not in it).
   */
  readonly totalScriptMs: number;
  /**
   * Promise continuations run on the main thread outside any script call: the trace does not say whose they
   * are, so they count as ours on a page with no script of its own that uses promises (the static pages here).
   */
  readonly microtaskMs: number;
  /**
   * totalScriptMs + microtaskMs in the main thread's CPU time (the trace's thread durations), ms: the wall-clock
   * figures also hold the time the OS gave other processes while our call was on the stack, which on these
   * 2-core machines, during a page load, is up to 2.5 ms on a 1 ms call (measured: wall 2.47 ms, thread 1.00 ms).
   */
  readonly cpuMs: number;
  /**
   * How long Chrome's other threads (the page's compositor and raster workers, the GPU and browser processes) ran
   * while our calls were on the stack, ms, summed over threads: on 2 cores, when two of them run, our call waits.
   */
  readonly othersBusyMs: number;
  /** The longest task of the page's main thread after its load event, whatever ran in it (rendering included), ms. */
  readonly longestAfterLoadMs: number;
}

/**
 * Loads `url` under a Chromium trace. Our script's time per task: the calls (FunctionCall, EvaluateScript…) whose
 * source is the extension's URL; rendering the browser does in tasks of its own after our DOM changes is not
 * ours. And the longest main-thread task after the load event, whoever caused it.
 */
export async function traceOwnTasks(context: BrowserContext, url: string, links = 0): Promise<OwnTasks> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // Trace events are loosely typed in the protocol's declarations; these carry the fields TraceEvent names.
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' } as never);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const deadline = Date.now() + 120_000;
  const count = () => linkedCount(page);
  while (links > 0 && (await count()) < links && Date.now() < deadline) await page.waitForTimeout(100);
  await page.waitForTimeout(1000);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const fromExtension = (e: TraceEvent) => String(e.args?.data?.url ?? '').startsWith('chrome-extension://');
  // The page's main thread: where our content script was evaluated. The trace holds every process's threads (the
  // extension's service worker runs our code too, elsewhere): each event is matched by process and thread.
  const entry = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && fromExtension(e));
  const onMain = (e: TraceEvent) => entry !== undefined && e.pid === entry.pid && e.tid === entry.tid;
  // Our calls on it, and the evaluation of our module (imported by the entry on pages that need it), which the
  // trace names by its world, not by a URL: a module evaluated in an extension's world is ours, the only
  // extension loaded.
  const ours = (e: TraceEvent) => e.ph === 'X' && onMain(e) && (fromExtension(e) || (e.name === 'v8.evaluateModule' && Boolean(e.args?.worldName)));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e));
  const calls = events.filter(ours);
  const loadAt = events.find((e) => e.name === 'MarkLoad' && e.args?.data?.isMainFrame === true)?.ts ?? Infinity;
  const longestAfterLoadMs = Math.max(0, ...tasks.filter((t) => t.ts >= loadAt).map((t) => (t.dur ?? 0) / 1000));
  // A complete event without a thread duration counts its wall duration.
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  let longestScriptMs = 0;
  let totalScriptMs = 0;
  let cpuMs = 0;
  const ourSpans: (readonly [number, number])[] = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = calls.filter((c) => c.ts >= task.ts && c.ts < end);
    if (inside.length === 0) continue;
    // Top-level calls only: a call nested in another of ours is already counted in it.
    const top = inside.filter((c) => !inside.some((o) => o !== c && o.ts <= c.ts && o.ts + (o.dur ?? 0) >= c.ts + (c.dur ?? 0)));
    const ms = top.reduce((sum, c) => sum + (c.dur ?? 0), 0) / 1000;
    ourSpans.push(...top.map((c) => [c.ts, c.ts + (c.dur ?? 0)] as const));
    longestScriptMs = Math.max(longestScriptMs, ms);
    totalScriptMs += ms;
    cpuMs += top.reduce((sum, c) => sum + cpu(c), 0);
  }
  const scriptCalls = events.filter((e) => e.ph === 'X' && onMain(e) && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule'));
  const microtasks = events
    .filter((e) => e.ph === 'X' && onMain(e) && e.name === 'RunMicrotasks' && !scriptCalls.some((c) => c.ts <= e.ts && c.ts + (c.dur ?? 0) >= e.ts + (e.dur ?? 0)));
  const microtaskMs = microtasks.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  cpuMs += microtasks.reduce((sum, e) => sum + cpu(e), 0);
  return { longestScriptMs, totalScriptMs, microtaskMs, cpuMs, othersBusyMs: othersBusy(events, entry, ourSpans), longestAfterLoadMs };
}

/**
 * The time Chrome's threads other than the page's main thread were busy within `spans`, ms, summed over threads:
 * each thread's top-level events (its tasks) merged into busy intervals, cut to the spans.
 */
function othersBusy(events: readonly TraceEvent[], main: TraceEvent | undefined, spans: readonly (readonly [number, number])[]): number {
  if (!main) return 0;
  const byThread = new Map<string, [number, number][]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !(e.cat ?? '').split(',').includes('toplevel') || (e.pid === main.pid && e.tid === main.tid)) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push([e.ts, e.ts + e.dur]);
    byThread.set(key, list);
  }
  let busy = 0;
  for (const intervals of byThread.values()) {
    intervals.sort((a, b) => a[0] - b[0]);
    let [start, end] = intervals[0] ?? [0, 0];
    const merged: [number, number][] = [];
    for (const [s, e] of intervals.slice(1)) {
      if (s <= end) end = Math.max(end, e);
      else {
        merged.push([start, end]);
        [start, end] = [s, e];
      }
    }
    merged.push([start, end]);
    for (const [s, e] of merged) for (const [a, b] of spans) busy += Math.max(0, Math.min(e, b) - Math.max(s, a));
  }
  return busy / 1000;
}

interface TraceEvent {
  readonly name: string;
  /** The event's categories, comma-separated. */
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) duration, where the trace records it. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: {
    readonly name?: string;
    readonly worldName?: string;
    readonly data?: { readonly url?: string; readonly isMainFrame?: boolean };
  };
}

/**
 * The page's own cost of one repaint: on `url` (loaded and quiet, no extension), the longest main-thread task after
 * `change` runs in the page, traced. On the 20,000-row table any paint change, even one cell's colour, costs a
 * long task of rendering; ours cannot cost less than that.
 */
export async function tracedChange(context: BrowserContext, url: string, change: string): Promise<number> {
  const loaded = await load(context, url);
  const cdp = await context.newCDPSession(loaded.page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,__metadata', transferMode: 'ReportEvents' } as never);
  await loaded.page.evaluate(change);
  await loaded.page.waitForTimeout(1000);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  await loaded.page.close();
  // The page was quiet before the change: every task of its renderer's main thread in the trace follows from it.
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid));
  const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  return Math.max(0, ...events.filter((e) => isTask(e) && mainThreads.has(e.tid)).map((e) => (e.dur ?? 0) / 1000));
}
