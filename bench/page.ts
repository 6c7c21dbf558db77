/**
 * npm run bench page: the shipped Chrome build against no extension, on the same generated pages in one run
 * (targets from issue 7). Main-thread time is the renderer's CDP TaskDuration from navigation until the page has
 * been quiet for 1.5 s; long tasks come from a PerformanceObserver in the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Chromium, launch, load, median, type OwnTasks, percentile, servePages, traceOwnTasks, tracedChange } from './browser';
import type { BenchSection } from './index';
import { CONTENT_MAIN } from '../src/content/main-path';
import { DIGIT_CLASS } from '../src/core/detect/scan-classes';
import { article, digits, infiniteScroll, noDigits, table, ticker } from './page-fixtures';

const RUNS = 3;
// The two small pages load fast and their figures are small: more loads, for a steadier median.
const SMALL_PAGE_RUNS = 15;
const SCROLL_BATCHES = 30;
// BENCH_EXTENSION_DIR measures an already-built extension instead of building dist/chrome first.
const EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR ?? 'dist/chrome';
const CONTENT_SCRIPT = `${EXTENSION_DIR}/src/content/boot.js`;
// Chrome's build: the rest of the content script, imported by the entry on pages that need it (see build/content-main.ts).
const CONTENT_MAIN_FILE = `${EXTENSION_DIR}/${CONTENT_MAIN}`;

const fmt = (ms: number) => ms.toFixed(1);
/** For figures read against a 1 ms target, where one decimal would round a miss to "1.0". */
const fmt2 = (ms: number) => ms.toFixed(2);

/** The in-page "oracle": wraps the known number strings of each paragraph in one task, with no detection at all. */
const ORACLE = () => {
  const known = (window as unknown as { __known: string[][] }).__known;
  const start = performance.now();
  document.querySelectorAll('p').forEach((p, i) => {
    let node = p.firstChild as Text | null;
    for (const number of known[i] ?? []) {
      if (!node) break;
      const at = node.data.indexOf(number);
      if (at < 0) continue;
      const rest = node.splitText(at + number.length);
      const mid = node.splitText(at);
      const a = document.createElement('a');
      a.href = 'zoomphonecall://x';
      mid.before(a);
      a.append(mid);
      node = rest;
    }
  });
  return performance.now() - start;
};

interface StaticResult { name: string; withMs: number; withoutMs: number; scriptAdded: number; scriptAndCompileAdded: number; longest: number; longestWithout: number; links: number; expected: number; oracleMs?: number; own?: TracedMedians }

/** Medians over traced loads, and per load: the wall clock of our calls minus their CPU time. */
interface TracedMedians extends OwnTasks {
  readonly offCpuMs: number;
}

/** `loads` traced loads of `url`: our script's whole time is their median; the longest tasks, their maximum. */
async function tracedLoads(context: Chromium['context'], url: string, loads: number, links = 0): Promise<TracedMedians> {
  const traced: OwnTasks[] = [];
  for (let run = 0; run < loads; run++) traced.push(await traceOwnTasks(context, url, links));
  return {
    longestScriptMs: Math.max(...traced.map((t) => t.longestScriptMs)),
    longestAfterLoadMs: Math.max(...traced.map((t) => t.longestAfterLoadMs)),
    totalScriptMs: median(traced.map((t) => t.totalScriptMs + t.microtaskMs)),
    microtaskMs: median(traced.map((t) => t.microtaskMs)),
    cpuMs: median(traced.map((t) => t.cpuMs)),
    othersBusyMs: median(traced.map((t) => t.othersBusyMs)),
    offCpuMs: median(traced.map((t) => t.totalScriptMs + t.microtaskMs - t.cpuMs)),
  };
}

export async function staticPage(withExt: Chromium, without: Chromium, url: string, name: string, expected: number, oracle: boolean, loads = RUNS): Promise<StaticResult> {
  const runs: StaticResult[] = [];
  for (let run = 0; run < loads; run++) {
    const a = await load(without.context, url);
    const withoutMs = await a.taskMs();
    const withoutScript = await a.scriptMs();
    const withoutCompile = await a.compileMs();
    const longestWithout = Math.max(0, ...(await a.longTasksAfterLoad()));
    // The oracle's cost includes the style and layout its DOM changes cause, as ours does.
    let oracleMs: number | undefined;
    if (oracle) {
      const before = await a.taskMs();
      await a.page.evaluate(ORACLE);
      await a.settle();
      oracleMs = (await a.taskMs()) - before;
    }
    await a.page.close();
    const b = await load(withExt.context, url, expected);
    const withScript = await b.scriptMs();
    const result: StaticResult = {
      name, withoutMs, withMs: await b.taskMs(), scriptAdded: withScript - withoutScript,
      scriptAndCompileAdded: withScript + (await b.compileMs()) - withoutScript - withoutCompile,
      longest: Math.max(0, ...(await b.longTasksAfterLoad())), longestWithout, links: await b.links(), expected,
      ...(oracleMs === undefined ? {} : { oracleMs }),
    };
    await b.page.close();
    runs.push(result);
  }
  const pick = (f: (r: StaticResult) => number) => median(runs.map(f));
  const own = await tracedLoads(withExt.context, url, loads, expected);
  return {
    own,
    name, expected, withMs: pick((r) => r.withMs), withoutMs: pick((r) => r.withoutMs), scriptAdded: pick((r) => r.scriptAdded),
    scriptAndCompileAdded: pick((r) => r.scriptAndCompileAdded),
    longest: Math.max(...runs.map((r) => r.longest)), longestWithout: Math.max(...runs.map((r) => r.longestWithout)),
    links: Math.min(...runs.map((r) => r.links)),
    ...(oracle ? { oracleMs: pick((r) => r.oracleMs ?? 0) } : {}),
  };
}

export async function scroll(withExt: Chromium, url: string): Promise<{ latencies: number[]; linked: number; first: number; last: number }> {
  const page = await load(withExt.context, url, 20_000);
  // tsx keeps function names with a `__name` helper the page does not have: give it one.
  await page.page.evaluate('globalThis.__name = (fn) => fn');
  const latencies = await page.page.evaluate(async (batches) => {
    const w = window as unknown as { __scroll(): Promise<void>; __appended: { at: number; rows: HTMLTableRowElement[] }[] };
    // Rows appended to a table this big get marked, not links (the extension's highlights.ts): a batch is marked
    // once the highlight holds a range in each of its rows, read from each append (a microtask, then each task).
    // The extension paints new marks at once and keeps only those near the viewport at the next frame.
    const markedAt: number[] = [];
    const linkedAt = new Map<HTMLTableRowElement, number>();
    const latency = (b: number) => {
      const batch = w.__appended[b];
      if (!batch) return Infinity;
      const linked = Math.max(...batch.rows.map((row) => (linkedAt.get(row) ?? Infinity) - batch.at));
      return Math.min(linked, (markedAt[b] ?? Infinity) - batch.at);
    };
    let polling = false;
    const poll = () => {
      const now = performance.now();
      const rowsMarked = new Set<Element | null | undefined>();
      for (const range of CSS.highlights.get('c2z-number') ?? []) rowsMarked.add(range.startContainer.parentElement?.closest('tr'));
      w.__appended.forEach((batch, b) => {
        if (markedAt[b] === undefined && batch.rows.every((row) => rowsMarked.has(row))) markedAt[b] = now;
      });
      polling = w.__appended.some((_, b) => !Number.isFinite(latency(b)));
      if (polling) setTimeout(poll, 0);
    };
    new MutationObserver((records) => {
      const now = performance.now();
      for (const record of records) record.addedNodes.forEach((node) => {
        const row = node instanceof HTMLAnchorElement && node.classList.contains('c2z-link') ? node.closest('tr') : null;
        if (row && !linkedAt.has(row)) linkedAt.set(row, now);
      });
      // First in a microtask: this observer was made after the extension's, so the extension's first slice
      // (a microtask its callback queued) has run by then, still before the page renders the rows.
      if (!polling) {
        polling = true;
        queueMicrotask(poll);
      }
    }).observe(document.getElementById('rows') as HTMLElement, { subtree: true, childList: true });
    await w.__scroll();
    const deadline = performance.now() + 5000;
    while (w.__appended.some((_, b) => !Number.isFinite(latency(b))) && performance.now() < deadline) {
      await new Promise((done) => setTimeout(done, 20));
    }
    return w.__appended.slice(0, batches).map((_, b) => latency(b));
  }, SCROLL_BATCHES);
  const linked = latencies.filter(Number.isFinite).length;
  await page.page.close();
  const third = Math.floor(latencies.length / 3);
  return { latencies, linked, first: median(latencies.slice(0, third)), last: median(latencies.slice(-third)) };
}

/**
 * Frame times while the page scrolls 200 px a frame, 60 frames, once everything is linked: from each animation
 * frame to the task after it, so the frame's style, layout and paint are in it. Returns [p50, p90] in ms.
 */
async function scrollFrames(context: Chromium['context'], url: string, links: number): Promise<[number, number]> {
  const loaded = await load(context, url, links);
  const times = await loaded.page.evaluate(`(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => { const start = performance.now(); setTimeout(() => done(performance.now() - start), 0); }));
    await frame();
    const times = [];
    for (let k = 0; k < 60; k++) { window.scrollBy(0, 200); times.push(await frame()); }
    return times;
  })()`) as number[];
  await loaded.page.close();
  return [percentile(times, 50), percentile(times, 90)];
}

export async function tick(context: Chromium['context'], url: string): Promise<{ ms: number; mutations: number }> {
  const page = await load(context, url, 0);
  const before = await page.taskMs();
  await page.page.evaluate(() => (window as unknown as { __tick(ms: number): Promise<void> }).__tick(5000));
  const ms = (await page.taskMs()) - before;
  const mutations = await page.page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
  await page.page.close();
  return { ms, mutations };
}

async function compileMs(context: Chromium['context'], url: string, source: string): Promise<number> {
  const page = await load(context, url);
  const times = await page.page.evaluate((code) => {
    const out: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      // eslint-disable-next-line no-new-func -- bench page only: the compile cost of our bundle; never shipped
      new Function(`${code}\n//# sourceURL=c2z-compile-${i}-${Math.random()}`);
      out.push(performance.now() - start);
    }
    return out;
  }, source);
  await page.page.close();
  return median(times);
}

/** An extension whose one content script is `source` (and runs where ours does). */
function contentScriptExtension(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'c2z-bench-extension-'));
  const contentScript = { matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle', all_frames: true, match_about_blank: true };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'bench', version: '1.0', background: { service_worker: 'worker.js' }, content_scripts: [contentScript] }));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'content.js'), source);
  return dir;
}

/**
 * The floors for target (c): an empty content script (what Chrome charges any content script on a page), and the
 * least a script can do to know that a page has no digit and to notice ones that come later, written by hand with
 * nothing else: read the body's text (XPath, as ours does), test it for one of the digits ours looks for, observe.
 */
const FLOOR_SCRIPTS = {
  empty: '',
  minimal: `(() => {
    const text = document.evaluate('string(/html/body)', document, null, 2, null).stringValue;
    if (!/[${DIGIT_CLASS}]/.test(text)) new MutationObserver(() => {}).observe(document, { childList: true, subtree: true, characterData: true });
  })();`,
};

/** Our script's whole time on `url` under an extension, median of `loads` traced loads. */
async function tracedMedian(extensionDir: string, url: string, loads: number): Promise<OwnTasks> {
  const browser = await launch(extensionDir);
  try {
    return await tracedLoads(browser.context, url, loads);
  } finally {
    await browser.close();
  }
}

const section: BenchSection = {
  title: 'Page: the extension against no extension in real Chromium',
  async run() {
    if (!process.env.BENCH_EXTENSION_DIR) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
    const fixtures = { article: article(), table: table(), digits: digits(), 'no-digits': noDigits(), scroll: infiniteScroll(SCROLL_BATCHES), ticker: ticker() };
    const server = await servePages(Object.fromEntries(Object.entries(fixtures).map(([name, f]) => [name, f.html])));
    const [withExt, without] = [await launch(EXTENSION_DIR), await launch(undefined)];
    try {
      const rows: StaticResult[] = [];
      rows.push(await staticPage(withExt, without, server.url('article'), '2 MB article, 2,000 numbers', fixtures.article.numbers, true));
      rows.push(await staticPage(withExt, without, server.url('table'), '20,000-row table', fixtures.table.numbers, false));
      rows.push(await staticPage(withExt, without, server.url('digits'), '500 KB digit-heavy, no phones', 0, false, SMALL_PAGE_RUNS));
      rows.push(await staticPage(withExt, without, server.url('no-digits'), 'prose, no digits', 0, false, SMALL_PAGE_RUNS));
      const floor = async (source: string) => {
        const dir = contentScriptExtension(source);
        return tracedMedian(dir, server.url('no-digits'), SMALL_PAGE_RUNS).finally(() => rmSync(dir, { recursive: true, force: true }));
      };
      const emptyScript = await floor(FLOOR_SCRIPTS.empty);
      const minimalScript = await floor(FLOOR_SCRIPTS.minimal);
      // One cell of the table recoloured, no extension: what a single repaint of that page costs on its own.
      const repaints: number[] = [];
      for (let run = 0; run < RUNS; run++) repaints.push(await tracedChange(without.context, server.url('table'), "document.querySelector('td').style.color = 'red'"));
      const repaintMs = median(repaints);
      const framesWith = await scrollFrames(withExt.context, server.url('table'), fixtures.table.numbers);
      const framesWithout = await scrollFrames(without.context, server.url('table'), 0);
      const scrolled = await scroll(withExt, server.url('scroll'));
      // The ticker's own cost varies run to run by up to 2× here: pairs alternate with and without, medians compared.
      const ticks: { with: { ms: number; mutations: number }; without: { ms: number; mutations: number } }[] = [];
      for (let run = 0; run < RUNS; run++) ticks.push({ with: await tick(withExt.context, server.url('ticker')), without: await tick(without.context, server.url('ticker')) });
      const tickWith = { ms: median(ticks.map((t) => t.with.ms)), mutations: Math.max(...ticks.map((t) => t.with.mutations)) };
      const tickWithout = { ms: median(ticks.map((t) => t.without.ms)), mutations: Math.max(...ticks.map((t) => t.without.mutations)) };
      const source = readFileSync(CONTENT_SCRIPT, 'utf8');
      const compile = await compileMs(without.context, server.url('no-digits'), source);
      const mainSource = readFileSync(CONTENT_MAIN_FILE, 'utf8');
      // Compiled as a script for the measure: its one `export` statement left out.
      const mainCompile = await compileMs(without.context, server.url('no-digits'), mainSource.replace(/export\s*\{[^}]*\};?\s*$/, ''));

      const article2 = rows[0] as StaticResult;
      const digitsRow = rows[2] as StaticResult;
      const noDigitsRow = rows[3] as StaticResult;
      const added = article2.withMs - article2.withoutMs;
      const lines = [
        '| page | main thread without | with extension | added | script added (ScriptDuration) | our script in all (trace): wall clock (CPU) | long tasks after load, Long Tasks API (without → with) | longest task after load, trace (with) | longest run of our script in one task | links / expected |',
        '|---|---|---|---|---|---|---|---|---|---|',
        ...rows.map((r) => `| ${r.name} | ${fmt(r.withoutMs)} ms | ${fmt(r.withMs)} ms | ${fmt(r.withMs - r.withoutMs)} ms | ${fmt(r.scriptAdded)} ms | ${fmt(r.own?.totalScriptMs ?? 0)} ms (${fmt(r.own?.cpuMs ?? 0)} ms) | ${fmt(r.longestWithout)} → ${fmt(r.longest)} ms | ${fmt(r.own?.longestAfterLoadMs ?? 0)} ms | ${fmt(r.own?.longestScriptMs ?? 0)} ms | ${r.links} / ${r.expected} |`),
        '',
        `Medians of ${RUNS} loads per page (${SMALL_PAGE_RUNS} for the two small ones). "Script added": CDP's ScriptDuration with the extension minus without, which leaves compiling out. "Our script in all": from traced loads (as many, median), every call into the extension's scripts on the page's main thread and the evaluation of the module the entry imports, compiling included, with the garbage collection and layout inside them, plus the promise continuations that run outside any call (the trace does not name their script; on these pages, which have no promises of their own, they are ours); in wall-clock time, and in brackets the main thread's CPU time for the same calls (the trace's thread durations). The CPU time is our script's own time; the wall clock adds the time the OS gave other threads while our call was on the stack. These machines have 2 cores, and during a page load Chrome runs the page's compositor and raster threads, the GPU process and the browser beside the main thread: when two of those run at once, our call waits, and the wall clock counts the wait (target (c) gives both, per traced load, for the no-digit page). "Long tasks, Long Tasks API": tasks of 50 ms or more a PerformanceObserver in the page saw after the load event (0 = none); in headless Chromium it has missed rendering tasks the trace shows, so the next column reads one more traced load: the longest main-thread task after the load event, whoever caused it. On the 20,000-row table every DOM change, ours or the page's, makes Chromium lay the whole table out again (~75 ms measured for one cell, no extension), so the extension marks numbers there with highlights instead of links (docs/linkifier.md), and its count is the toolbar badge's (distinct numbers; the table's are all distinct); even a paint-only change costs that page a long rendering task, measured below as one cell's colour changed with no extension. "Longest run of our script": per task of that traced load, the time inside calls into the extension's script (layout our calls force included; the rendering after our DOM changes is not).`,
        '',
        '| target | measured | met |',
        '|---|---|---|',
        `| (a) 2 MB / 2,000 numbers: added ≤ 3 × oracle | added ${fmt(added)} ms, oracle ${fmt(article2.oracleMs ?? 0)} ms → ${(added / (article2.oracleMs ?? 1)).toFixed(1)}× | ${added <= 3 * (article2.oracleMs ?? 0) ? 'yes' : 'no'} |`,
        `| (b) no task of ours ≥ 50 ms on any page | longest run of our script in one task: ${fmt(Math.max(...rows.map((r) => r.own?.longestScriptMs ?? 0)))} ms; any task after load with the extension, rendering included (trace): ${fmt(Math.max(...rows.map((r) => r.own?.longestAfterLoadMs ?? 0)))} ms (20,000-row table: ${fmt((rows[1] as StaticResult).own?.longestAfterLoadMs ?? 0)} ms; one repaint of that table with no extension, one cell's colour changed: ${fmt(repaintMs)} ms) | ${rows.every((r) => (r.own?.longestScriptMs ?? 0) < 50) ? 'our script: yes' : 'our script: no'}; ${rows.every((r) => (r.own?.longestAfterLoadMs ?? 0) < 50) ? 'with rendering: yes' : 'with rendering: no'} |`,
        `| (b) scrolling the 20,000-row table 200 px a frame (the marks painted move with it) | frame p50 / p90: ${fmt(framesWith[0])} / ${fmt(framesWith[1])} ms with the extension, ${fmt(framesWithout[0])} / ${fmt(framesWithout[1])} ms without | reported |`,
        `| (c) no digits: ≤ 1 ms of our script | our script's time, the main thread's CPU time in our calls (compiling included): ${fmt2(noDigitsRow.own?.cpuMs ?? 0)} ms; as many traced loads of an empty content script: ${fmt2(emptyScript.cpuMs)} ms, and of the least script that reads the text, tests it for a digit and observes: ${fmt2(minimalScript.cpuMs)} ms. The wall clock of the same calls: ${fmt2(noDigitsRow.own?.totalScriptMs ?? 0)} ms traced (empty script ${fmt2(emptyScript.totalScriptMs)} ms, least script ${fmt2(minimalScript.totalScriptMs)} ms), ${fmt2(noDigitsRow.scriptAndCompileAdded)} ms untraced (ScriptDuration + V8CompileDuration, with minus without); per traced load, a median ${fmt2(noDigitsRow.own?.offCpuMs ?? 0)} ms of it with our thread off the CPU, while Chrome's other threads ran a median ${fmt2(noDigitsRow.own?.othersBusyMs ?? 0)} ms | ${(noDigitsRow.own?.cpuMs ?? Infinity) <= 1 ? 'yes' : 'no'} (CPU time) |`,
        `| (c) 500 KB digits: ≤ 50 ms, 0 links | our script in all ${fmt(digitsRow.own?.totalScriptMs ?? 0)} ms (CPU ${fmt(digitsRow.own?.cpuMs ?? 0)} ms); main thread added ${fmt(digitsRow.withMs - digitsRow.withoutMs)} ms; ${digitsRow.links} links | ${(digitsRow.own?.totalScriptMs ?? Infinity) <= 50 && digitsRow.withMs - digitsRow.withoutMs <= 50 && digitsRow.links === 0 ? 'yes' : 'no'} |`,
        `| (d) infinite scroll: every batch linked, p95 ≤ 100 ms, flat | ${scrolled.linked}/${SCROLL_BATCHES} batches linked; p50 ${fmt(percentile(scrolled.latencies, 50))} ms, p95 ${fmt(percentile(scrolled.latencies, 95))} ms; first third ${fmt(scrolled.first)} ms, last third ${fmt(scrolled.last)} ms | ${scrolled.linked === SCROLL_BATCHES && percentile(scrolled.latencies, 95) <= 100 ? 'yes' : 'no'} |`,
        `| (e) text rewritten 60×/s for 5 s: CPU ≤ 1.2×, no mutations of ours | ${fmt(tickWith.ms)} ms vs ${fmt(tickWithout.ms)} ms (medians of ${RUNS} alternating runs) (${(tickWith.ms / tickWithout.ms).toFixed(2)}×); mutation records other than the page's own writes: ${tickWith.mutations} with, ${tickWithout.mutations} without | ${tickWith.ms <= 1.2 * tickWithout.ms && tickWith.mutations === tickWithout.mutations ? 'yes' : 'no'} |`,
        `| (f) content script | the entry, on every page: ${(statSync(CONTENT_SCRIPT).size / 1024).toFixed(1)} KB, compile ${fmt(compile)} ms; the rest, imported only where the page needs it: ${(statSync(CONTENT_MAIN_FILE).size / 1024).toFixed(0)} KB (${(gzipSync(mainSource).length / 1024).toFixed(0)} KB gzip), compile ${fmt(mainCompile)} ms (medians of 5, \`new Function\`) | reported |`,
      ];
      return lines.join('\n');
    } finally {
      await withExt.close();
      await without.close();
      await server.close();
    }
  },
};

export default section;
