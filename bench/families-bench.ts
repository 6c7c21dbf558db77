/**
 * npm run bench families [-- --quick] [--seed=N] [--browser=chromium|firefox] [--only=family,…]: our extension
 * against no extension and against the naive reference build (bench/naive), in Chromium and in Firefox, on pages
 * generated from seeded families (families.ts) with a new seed every run (printed; BENCH_SEED or --seed re-runs
 * one). Per browser, the three are open side by side and each page is loaded in each, the order rotating from
 * page to page, so the machine's load at any moment weighs on all three alike.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, percentile } from './browser';
import { article, crm, type FamilyPage, LEDGERS, ledger, SCROLL_BATCHES, scroll, spa, table, ticker } from './families';
import type { BenchSection } from './index';
import { buildNaive } from './naive/build';
import { type BrowserName, session, type Session, type Tab, type Variant } from './sessions';

const flag = (name: string) => process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const RUNS = Number(flag('runs') ?? (QUICK ? 1 : 3));
const BROWSERS = (flag('browser') ?? 'chromium,firefox').split(',') as BrowserName[];
const ONLY = flag('only')?.split(',');
const EXTENSION = { chromium: process.env.BENCH_EXTENSION_DIR ?? 'dist/chrome', firefox: process.env.BENCH_FIREFOX_EXTENSION_DIR ?? 'dist/firefox' };
const VARIANTS: readonly Variant[] = ['none', 'ours', 'naive'];
const TICK_MS = 5000;
const FIRST_LINK_RUNS = QUICK ? 1 : 3;
/**
 * Loads of each variant per seed, for the families whose targets sit near the load-to-load noise (the article's
 * ratio, digit-dense pages' ~100 ms): one load of a 500 KB page moves by more than the figure judged. The table
 * (20,000 rows, seconds a load) and the CRM page are loaded once.
 */
const LOADS = (family: string) => (QUICK || !(family === 'article' || family.startsWith('digits:')) ? 1 : 3);

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(0) : '∞');
const fmt2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '∞');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The static families; the rest (ticker, scroll, spa) are measured by what they do after load. */
type StaticFamily = 'article' | 'table' | `digits:${(typeof LEDGERS)[number]}` | 'crm';
const STATIC: readonly StaticFamily[] = ['article', 'table', ...LEDGERS.map((l) => `digits:${l}` as const), 'crm'];

function pagesFor(seed: number): Record<string, FamilyPage> {
  const pages: Record<string, FamilyPage> = {
    article: article(seed), table: table(seed + 1), crm: crm(seed + 2), ticker: ticker(seed + 3),
    'scroll:feed': scroll(seed + 4, 'feed'), 'scroll:table': scroll(seed + 5, 'table'), spa: spa(seed + 6),
  };
  LEDGERS.forEach((kind, k) => (pages[`digits:${kind}`] = ledger(kind, seed + 10 + k)));
  return pages;
}

const wanted = (family: string) => !ONLY || ONLY.some((o) => family === o || family.startsWith(`${o}:`));

/**
 * Waits until the tab has been quiet for 1.5 s, and, for our extension on a page with numbers, its links are
 * there. Quiet: over the last six 250 ms steps its CPU time grew by less than 1.5× (+2 ms) the least it grew in any
 * step so far, on average (the heartbeat and the browser's own timers keep an idle page at a few ms a step).
 * That least is capped at IDLE_STEP_MS: a page kept busy from its first step on (our linking of a 2 MB article in
 * Firefox, over 100 ms a step) would otherwise read as quiet while still working, and its cost be cut short.
 * Returns the CPU time at the start of the quiet stretch.
 */
const IDLE_STEP_MS = 10;
async function settle(tab: Tab, expectLinks: number): Promise<number> {
  const deadline = Date.now() + 90_000;
  const readings = [await tab.cpuMs()];
  let least = IDLE_STEP_MS;
  while (Date.now() < deadline) {
    await sleep(250);
    readings.push(await tab.cpuMs());
    const n = readings.length;
    least = Math.min(least, (readings[n - 1] as number) - (readings[n - 2] as number));
    if (n < 7) continue;
    const quiet = (readings[n - 1] as number) - (readings[n - 7] as number) < 6 * (1.5 * least + 2);
    if (quiet && (expectLinks === 0 || Math.max(await tab.evaluate<number>('__bench.count()'), await tab.badge()) >= expectLinks)) return readings[n - 7] as number;
  }
  return readings.at(-1) as number;
}

interface StaticRun { cpu: number; stall: number; links: number }
/**
 * `noise`: per seed, how far apart two loads of the same page with no extension were (|a − b|, ms): the run-to-run
 * noise of the busy time, against which an "added" figure is judged.
 */
interface Row { family: string; variants: string[]; runs: Record<Variant, StaticRun[]>; noise: number[] }


async function staticLoad(s: Session, url: string, page: FamilyPage): Promise<StaticRun> {
  const tab = await s.open(url);
  // Tables of 3,000 rows or more are marked, of which only those near the viewport are painted: settle() reads
  // the badge too, which counts every number linked or marked.
  const expect = s.variant === 'ours' ? page.numbers : 0;
  const cpu = await settle(tab, expect);
  const stall = Math.max(0, ...(await tab.evaluate<number[]>('__bench.stalls(__bench.loadEnd())')));
  const links = Math.max(await tab.evaluate<number>('__bench.count()'), s.variant === 'ours' ? await tab.badge() : 0);
  await tab.close();
  return { cpu, stall, links };
}

async function tickRun(s: Session, url: string): Promise<{ cpu: number; mutations: number }> {
  const tab = await s.open(url);
  await settle(tab, 0);
  const before = await tab.cpuMs();
  await tab.evaluate(`__tick(${TICK_MS})`);
  const cpu = (await tab.cpuMs()) - before;
  const mutations = await tab.evaluate<number>('__mutations');
  await tab.close();
  return { cpu, mutations };
}

async function scrollRun(s: Session, url: string): Promise<number[]> {
  const tab = await s.open(url);
  await settle(tab, 0);
  const latencies = await tab.evaluate<(number | null)[]>('__scroll().then(() => Promise.all(__appended.map((a) => a.linked.then((t) => t - a.at))))');
  await tab.close();
  // Infinity (never linked) comes back from the page as null.
  return latencies.map((l) => l ?? Infinity);
}

async function spaRun(s: Session, url: string): Promise<{ cpu: number; stall: number; latencies: number[] }> {
  const tab = await s.open(url);
  await settle(tab, 0);
  const before = await tab.cpuMs();
  const { times, start } = await tab.evaluate<{ times: (number | null)[]; start: number }>(`(async () => { const start = performance.now(); const times = await __route(8, ${s.variant !== 'none'}); return { times, start }; })()`);
  const cpu = (await tab.cpuMs()) - before;
  const stall = Math.max(0, ...(await tab.evaluate<number[]>(`__bench.stalls(${start})`)));
  await tab.close();
  return { cpu, stall, latencies: times.map((t) => t ?? Infinity) };
}

/** Fresh profile, our extension just installed, a CRM page opened at once: from its load event to its first link. */
async function firstLink(browser: BrowserName, url: string): Promise<number> {
  const s = await session(browser, 'ours', EXTENSION[browser === 'chromium' ? 'chromium' : 'firefox'], { fresh: true });
  try {
    const tab = await s.open(url);
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !(await tab.evaluate<number>('__bench.firstLinkAt'))) await sleep(50);
    const ms = await tab.evaluate<number>('__bench.firstLinkAt ? __bench.firstLinkAt - __bench.loadEnd() : Infinity');
    await tab.close();
    return ms ?? Infinity;
  } finally {
    await s.close();
  }
}

interface BrowserResult {
  rows: Row[];
  tick: Record<Variant, { cpu: number; mutations: number }[]>;
  tickVariants: string[];
  scroll: Record<'feed' | 'table', Record<'ours' | 'naive', number[][]>>;
  spa: Record<Variant, { cpu: number; stall: number; latencies: number[] }[]>;
  firstLink: number[];
}

function rotate<T>(list: readonly T[], by: number): T[] {
  return list.map((_, i) => list[(i + by) % list.length] as T);
}

async function runBrowser(browser: BrowserName, naiveDir: string, seeds: number[], url: (seed: number, name: string) => string, pages: Map<number, Record<string, FamilyPage>>): Promise<BrowserResult> {
  const sessions = {} as Record<Variant, Session>;
  for (const variant of VARIANTS) sessions[variant] = await session(browser, variant, variant === 'none' ? undefined : variant === 'naive' ? naiveDir : EXTENSION[browser]);
  const emptyRuns = () => ({ none: [], ours: [], naive: [] });
  const result: BrowserResult = { rows: [], tick: emptyRuns(), tickVariants: [], scroll: { feed: { ours: [], naive: [] }, table: { ours: [], naive: [] } }, spa: emptyRuns(), firstLink: [] };
  let turn = 0;
  try {
    for (const seed of seeds) {
      const set = pages.get(seed) ?? {};
      for (const family of STATIC.filter(wanted)) {
        const page = set[family] as FamilyPage;
        let row = result.rows.find((r) => r.family === family);
        if (!row) result.rows.push((row = { family, variants: [], runs: emptyRuns(), noise: [] }));
        row.variants.push(page.variant);
        // The naive build on 500 KB of digits finds hundreds of false numbers and takes seconds: measured once.
        const loads = LOADS(family);
        for (let load = 0; load < loads; load++) {
          const variants = family.startsWith('digits:') && (seed !== seeds[0] || load > 0) ? VARIANTS.filter((v) => v !== 'naive') : VARIANTS;
          for (const variant of rotate(variants, turn++)) {
            const run = await staticLoad(sessions[variant], url(seed, family), page);
            row.runs[variant].push(run);
            console.log(`  ${browser} seed ${seed} ${family} ${variant}: ${fmt(run.cpu)} ms, stall ${fmt(run.stall)} ms, ${run.links} links`);
          }
        }
        // How much the busy time moves from one load of the page with no extension to the next: two of its loads
        // above, or one more.
        const [first, second] = row.runs.none.slice(-loads).map((run) => run.cpu) as [number, number | undefined];
        const again = second ?? (await staticLoad(sessions.none, url(seed, family), page)).cpu;
        row.noise.push(Math.abs(again - first));
        if (loads === 1) console.log(`  ${browser} seed ${seed} ${family} none again: ${fmt(again)} ms (${fmt(row.noise[row.noise.length - 1] as number)} ms apart)`);
      }
      if (wanted('ticker')) {
        result.tickVariants.push((set.ticker as FamilyPage).variant);
        for (const variant of rotate(VARIANTS, turn++)) {
          const run = await tickRun(sessions[variant], url(seed, 'ticker'));
          result.tick[variant].push(run);
          console.log(`  ${browser} seed ${seed} ticker ${variant}: ${fmt(run.cpu)} ms`);
        }
      }
      for (const kind of ['feed', 'table'] as const) {
        if (!wanted(`scroll:${kind}`)) continue;
        for (const variant of ['ours', 'naive'] as const) {
          const latencies = await scrollRun(sessions[variant], url(seed, `scroll:${kind}`));
          result.scroll[kind][variant].push(latencies);
          console.log(`  ${browser} seed ${seed} scroll:${kind} ${variant}: p95 ${fmt(percentile(latencies, 95))} ms`);
        }
      }
      if (wanted('spa')) {
        for (const variant of rotate(VARIANTS, turn++)) {
          const run = await spaRun(sessions[variant], url(seed, 'spa'));
          result.spa[variant].push(run);
          console.log(`  ${browser} seed ${seed} spa ${variant}: ${fmt(run.cpu)} ms, stall ${fmt(run.stall)} ms, p95 ${fmt(percentile(run.latencies, 95))} ms`);
        }
      }
    }
  } finally {
    for (const s of Object.values(sessions)) await s.close().catch((error: unknown) => console.log(`  ${browser}: closing a session: ${String(error)}`));
  }
  if (wanted('first-link')) {
    for (let run = 0; run < FIRST_LINK_RUNS; run++) {
      const ms = await firstLink(browser, url(seeds[run % seeds.length] as number, 'crm'));
      result.firstLink.push(ms);
      console.log(`  ${browser} first page after install: first link ${fmt(ms)} ms after load`);
    }
  }
  return result;
}

function report(browser: BrowserName, r: BrowserResult): string[] {
  const busy = browser === 'chromium' ? "CPU time of the renderers' main threads" : "CPU time of the tab content processes' main threads";
  const lines = [`### ${browser === 'chromium' ? 'Chromium' : 'Firefox'}`, '',
    `Busy time: ${busy} (/proc/<pid>/schedstat), from navigation until the page has been quiet for 1.5 s. Noise: how far apart two loads of the same page with no extension were, median over the seeds (a page's own parsing and layout vary from load to load). Stalls: the longest gap after the load event in the page's own heartbeat (a 16 ms timer in the main world), beyond its period.`, '',
    '| family (what the seeds drew) | without | noise | ours: added | naive: added | ours / naive | longest stall after load: without / ours / naive | links: ours / naive / expected |',
    '|---|---|---|---|---|---|---|---|'];
  for (const row of r.rows) {
    const m = (v: Variant, f: (x: StaticRun) => number) => (row.runs[v].length ? median(row.runs[v].map(f)) : NaN);
    const without = m('none', (x) => x.cpu);
    const ours = m('ours', (x) => x.cpu) - without;
    const naive = m('naive', (x) => x.cpu) - without;
    const expected = row.family.startsWith('digits:') ? 0 : row.family === 'article' ? 2000 : row.family === 'table' ? 20000 : NaN;
    lines.push(`| ${row.family} (${[...new Set(row.variants)].join('; ')}) | ${fmt(without)} ms | ±${fmt(median(row.noise))} ms | ${fmt(ours)} ms | ${fmt(naive)} ms | ${fmt2(ours / naive)} | ${fmt(m('none', (x) => x.stall))} / ${fmt(m('ours', (x) => x.stall))} / ${fmt(m('naive', (x) => x.stall))} ms | ${fmt(m('ours', (x) => x.links))} / ${fmt(m('naive', (x) => x.links))} / ${Number.isNaN(expected) ? 'all' : expected} |`);
  }
  if (r.tick.none.length) {
    const t = (v: Variant) => median(r.tick[v].map((x) => x.cpu));
    lines.push('', `Ticker (${[...new Set(r.tickVariants)].join('; ')}), text rewritten 60×/s for ${TICK_MS / 1000} s: busy ${fmt(t('none'))} ms without, ${fmt(t('ours'))} ms ours (${fmt2(t('ours') / t('none'))}×), ${fmt(t('naive'))} ms naive (${fmt2(t('naive') / t('none'))}×); mutation records other than the page's writes: ${Math.max(0, ...r.tick.ours.map((x) => x.mutations))} ours.`);
  }
  for (const kind of ['feed', 'table'] as const) {
    const s = r.scroll[kind];
    if (!s.ours.length) continue;
    const p95 = (v: 'ours' | 'naive') => median(s[v].map((l) => percentile(l, 95)));
    const linked = (v: 'ours' | 'naive') => Math.min(...s[v].map((l) => l.filter(Number.isFinite).length));
    lines.push('', `Infinite scroll, ${kind === 'feed' ? 'a feed of cards' : 'a 5,000-row table (marks)'}: ${SCROLL_BATCHES} batches of 20 items, 100 ms apart; time from each append until all its numbers are linked or marked, p95: ours ${fmt(p95('ours'))} ms (${linked('ours')}/${SCROLL_BATCHES} linked), naive ${fmt(p95('naive'))} ms (${linked('naive')}/${SCROLL_BATCHES}).`);
  }
  if (r.spa.none.length) {
    const c = (v: Variant) => median(r.spa[v].map((x) => x.cpu));
    const st = (v: Variant) => median(r.spa[v].map((x) => x.stall));
    const p95 = (v: Variant) => median(r.spa[v].map((x) => percentile(x.latencies, 95)));
    lines.push('', `SPA, 8 route changes 400 ms apart: busy added ours ${fmt(c('ours') - c('none'))} ms, naive ${fmt(c('naive') - c('none'))} ms (without ${fmt(c('none'))} ms); route to all its numbers linked, p95: ours ${fmt(p95('ours'))} ms, naive ${fmt(p95('naive'))} ms; longest stall without / ours / naive ${fmt(st('none'))} / ${fmt(st('ours'))} / ${fmt(st('naive'))} ms.`);
  }
  if (r.firstLink.length) lines.push('', `First page after install (fresh profile, a CRM page opened at once): first link ${r.firstLink.map(fmt).join(', ')} ms after its load event (median ${fmt(median(r.firstLink))} ms).`);
  return lines;
}

function targets(results: Partial<Record<BrowserName, BrowserResult>>): string[] {
  const lines = ['### Targets (issue 24)', '', '| target | ' + Object.keys(results).join(' | ') + ' |', '|---|' + Object.keys(results).map(() => '---|').join('')];
  const cell = (f: (r: BrowserResult) => string) => Object.values(results).map((r) => f(r as BrowserResult)).join(' | ');
  const rowOf = (r: BrowserResult, family: string) => r.rows.find((x) => x.family === family);
  const med = (row: Row | undefined, v: Variant, f: (x: StaticRun) => number) => (row && row.runs[v].length ? median(row.runs[v].map(f)) : NaN);
  const ratio = (r: BrowserResult, family: string) => {
    const row = rowOf(r, family);
    const without = med(row, 'none', (x) => x.cpu);
    return (med(row, 'ours', (x) => x.cpu) - without) / (med(row, 'naive', (x) => x.cpu) - without);
  };
  lines.push(`| no stall > 50 ms after load caused by us (longest, ours vs without, per family) | ${cell((r) => r.rows.map((row) => `${row.family} ${fmt(med(row, 'ours', (x) => x.stall))} vs ${fmt(med(row, 'none', (x) => x.stall))}`).join('; '))} |`);
  const added = (r: BrowserResult, family: string) => {
    const row = rowOf(r, family);
    const without = med(row, 'none', (x) => x.cpu);
    return `${fmt2(ratio(r, family))}× (${fmt(med(row, 'ours', (x) => x.cpu) - without)} vs ${fmt(med(row, 'naive', (x) => x.cpu) - without)} ms, noise ±${fmt(row ? median(row.noise) : NaN)})`;
  };
  lines.push(`| added ≤ 0.7× naive: article, table | ${cell((r) => `${added(r, 'article')}; ${added(r, 'table')}`)} |`);
  lines.push(`| digit-dense ≤ 100 ms added, 0 links (noise) | ${cell((r) => r.rows.filter((row) => row.family.startsWith('digits:')).map((row) => `${row.family.slice(7)} ${fmt(med(row, 'ours', (x) => x.cpu) - med(row, 'none', (x) => x.cpu))} ms (±${fmt(median(row.noise))}) / ${fmt(med(row, 'ours', (x) => x.links))}`).join('; '))} |`);
  lines.push(`| ticker ≤ 1.2× without | ${cell((r) => (r.tick.none.length ? `${fmt2(median(r.tick.ours.map((x) => x.cpu)) / median(r.tick.none.map((x) => x.cpu)))}×` : '–'))} |`);
  lines.push(`| infinite scroll p95 ≤ 50 ms (feed, table) | ${cell((r) => (['feed', 'table'] as const).map((k) => (r.scroll[k].ours.length ? `${fmt(median(r.scroll[k].ours.map((l) => percentile(l, 95))))} ms` : '–')).join(', '))} |`);
  lines.push(`| first page after install linked ≤ 500 ms after load | ${cell((r) => (r.firstLink.length ? `${fmt(median(r.firstLink))} ms` : '–'))} |`);
  return lines;
}

const section: BenchSection = {
  title: 'Families: our extension, no extension and a naive build, in Chromium and Firefox',
  async run() {
    const base = Number(flag('seed') ?? process.env.BENCH_SEED ?? Math.floor(Math.random() * 1e9));
    const seeds = Array.from({ length: RUNS }, (_, k) => base + 1000 * k);
    console.log(`families bench: seed ${base} (re-run with BENCH_SEED=${base}), ${RUNS} run(s), ${BROWSERS.join(' + ')}`);
    if (!process.env.BENCH_EXTENSION_DIR) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
    const naive = await buildNaive(mkdtempSync(join(tmpdir(), 'c2z-naive-')));
    const pages = new Map(seeds.map((seed) => [seed, pagesFor(seed)]));
    const server = createServer((request, response) => {
      const [, seed, name] = (request.url ?? '').split('/');
      const page = pages.get(Number(seed))?.[decodeURIComponent(name ?? '')];
      if (!page) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const url = (seed: number, name: string) => `http://127.0.0.1:${port}/${seed}/${encodeURIComponent(name)}`;
    const results: Partial<Record<BrowserName, BrowserResult>> = {};
    try {
      for (const browser of BROWSERS) results[browser] = await runBrowser(browser, naive[browser], seeds, url, pages);
    } finally {
      server.close();
    }
    const lines = [`Seeds ${seeds.join(', ')} (base ${base}: \`BENCH_SEED=${base} npm run bench families\`), ${RUNS} run(s) per browser${QUICK ? ' (--quick)' : ''}; medians over the runs, where the article and digit-dense pages are loaded ${LOADS('article')} times per variant and seed (the naive build once on digit-dense pages: it takes seconds there). "Added": with the extension minus without, the same page in the same run. Naive: libphonenumber-js \`findNumbers\` on every text node plus one MutationObserver (bench/naive).`, ''];
    for (const browser of BROWSERS) if (results[browser]) lines.push(...report(browser, results[browser] as BrowserResult), '');
    lines.push(...targets(results));
    return lines.join('\n');
  },
};

export default section;
