import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type TestType } from '@playwright/test';
import type { Harness } from '../harness';
import { describePage } from './describe';
import { generatePage } from './generate';
import type { FuzzPage } from './model';
import type { PageResult } from './page-api';
import { REGRESSION_SEEDS, REGRESSIONS } from './regressions';
import { FuzzRunner } from './runner';
import { shrinkPage } from './shrink';

type Test = TestType<{ harness: Harness }, object>;

// A new base seed every run (printed at the start and with any failure), so every run explores new pages;
// FUZZ_SEED=<n> replays a run from its base seed (or one page: FUZZ_SEED=<page seed> FUZZ_PAGES=1). Pages that
// once failed are kept in regressions.ts and run every time by the `fuzz regressions` test.
const DEFAULT_PAGES = 1000;
const BATCH = 25;
// The run stops after this many failing pages (FUZZ_MAX_FAILING to see more).
const MAX_FAILING_PAGES = Number(process.env.FUZZ_MAX_FAILING ?? 5);
// While shrinking, a linker that stopped answering is given up on sooner.
const SHRINK_DEADLINE_MS = 3000;

function baseSeed(): number {
  const value = process.env.FUZZ_SEED;
  if (value === undefined || value === '' || value === 'random') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new Error(`FUZZ_SEED must be an integer in [0, 2^32) or "random", not ${value}`);
  return seed;
}

function pageCount(): number {
  const count = Number(process.env.FUZZ_PAGES ?? DEFAULT_PAGES);
  if (!Number.isInteger(count) || count < 1) throw new Error(`FUZZ_PAGES must be a positive integer, not ${process.env.FUZZ_PAGES}`);
  return count;
}

function report(page: FuzzPage, failures: readonly string[], browser: string): string {
  return [
    `page seed ${page.seed} (${page.mode}, lang ${page.lang}) — reproduce: FUZZ_SEED=${page.seed} FUZZ_PAGES=1 npx playwright test --project=${browser} -g fuzz (FUZZ_SHRINK=1 to shrink it)`,
    ...failures.slice(0, 8).map((failure) => `  ✗ ${failure}`),
    ...(failures.length > 8 ? [`  … and ${failures.length - 8} more`] : []),
    `  page: ${describePage(page)}`,
  ].join('\n');
}

/** What kind of failure a message reports, without the text and numbers in it: the shrinker keeps to one kind. */
function kindOf(failure: string): string {
  // Not which step of the page's edits it followed: a shrunk page has fewer.
  return failure
    .replace(/^after (?:edits? [^:]*|the page's edits): /, '')
    .replace(/"(?:[^"\\]|\\.)*"|\+?\d+|at [^:]*/g, '')
    // Nor how many links or parts it names: a shrunk page has fewer.
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s,]+/g, ' ')
    .slice(0, 60);
}

/** A run of this many pages or more (in one tab) has had the screen set blocks aside. */
const SCREEN_CHECKED_PAGES = 100;

export function registerFuzz(test: Test): void {
  test('fuzz: generated pages keep their text, get no link in a skip zone or a link, relink to the same DOM, and planted numbers are linked', async ({ harness }) => {
    const seed = baseSeed();
    const count = pageCount();
    const shrink = process.env.FUZZ_SHRINK === '1';
    // 65-80 s for 1,000 pages in each browser, both at once on a busy 2-core machine (README); 180 s allowed.
    test.setTimeout(shrink ? 1_800_000 : 60_000 + count * 120);
    const browser = harness.browser.name;
    console.log(`fuzz (${browser}): base seed ${seed}, ${count} pages (page i has seed ${seed} + i; FUZZ_SEED=${seed} replays this run, FUZZ_SEED=<page seed> FUZZ_PAGES=1 one page)`);

    const started = Date.now();
    const runner = new FuzzRunner(harness);
    let tab = await runner.open();
    const failing: { page: FuzzPage; failures: string[] }[] = [];
    const totals = { generateMs: 0, batchMs: 0, alone: 0, pages: 0, frames: 0, links: 0, expected: 0, expectedLinked: 0, never: 0, ms: 0, frameMs: 0, linkMs: 0, rescanMs: 0, slowest: { ms: 0, seed: 0 } };
    // FUZZ_REPLAY=<file>: run the page (or list of pages) saved there, e.g. a shrunk page, instead of generated ones.
    const saved = process.env.FUZZ_REPLAY ? (JSON.parse(readFileSync(process.env.FUZZ_REPLAY, 'utf8')) as FuzzPage | FuzzPage[]) : undefined;
    const replay = saved === undefined ? undefined : Array.isArray(saved) ? saved : [saved];
    const total = replay ? replay.length : count;
    for (let first = 0; first < total && failing.length < MAX_FAILING_PAGES; first += BATCH) {
      const generateStart = Date.now();
      const pages = replay?.slice(first, first + BATCH) ?? Array.from({ length: Math.min(BATCH, count - first) }, (_, i) => generatePage((seed + first + i) >>> 0));
      const errorsBefore = tab.errors.length;
      const runStart = Date.now();
      totals.generateMs += runStart - generateStart;
      let results: PageResult[] = await runner.run(tab, pages);
      totals.batchMs += Date.now() - runStart;
      if (results.length < pages.length || tab.errors.length > errorsBefore) {
        // A page error (the content script's own errors are reported too) or a linker that stopped answering:
        // this tab's content script may be dead. Run each page of the batch alone in a tab of its own, so every
        // error is pinned on its seed, then go on in a fresh tab.
        await tab.close();
        totals.alone++;
        results = [];
        for (const page of pages) results.push(await runner.runAlone(page));
        tab = await runner.open();
      }
      results.forEach((result, i) => {
        const page = pages[i] as FuzzPage;
        totals.pages++;
        if (page.mode === 'frame') {
          totals.frames++;
          totals.frameMs += result.ms;
        }
        totals.ms += result.ms;
        totals.linkMs += result.linkMs;
        totals.rescanMs += result.rescanMs;
        totals.links += result.links;
        totals.expected += result.expected;
        totals.expectedLinked += result.expectedLinked;
        totals.never += result.never;
        if (result.ms > totals.slowest.ms) totals.slowest = { ms: result.ms, seed: result.seed };
        const failures = [...result.failures];
        // The generator counts what it planted; the page must have found exactly that many blocks.
        if (result.expected !== page.expected) failures.push(`the page holds ${result.expected} planted numbers, the generator planted ${page.expected}`);
        if (failures.length > 0) failing.push({ page, failures });
      });
    }

    // How often the screen (screen.ts) read a generated page's blocks from their markup, in this tab's document.
    const screen = (await tab.evaluate(() => document.documentElement.getAttribute('data-c2z-test-screen'), undefined) ?? '0 0').split(' ').map(Number);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz (${browser}): ${totals.pages} pages (${totals.frames} in fresh frames) in ${seconds} s; ${totals.links} links; ` +
        `${totals.expectedLinked}/${totals.expected} planted numbers linked; ${totals.never} near-number blocks; ` +
        `per page ${(totals.ms / totals.pages).toFixed(0)} ms (in a frame ${(totals.frameMs / Math.max(1, totals.frames)).toFixed(0)} ms), ` +
        `of which linking ${(totals.linkMs / totals.pages).toFixed(0)} ms and the rescan ${(totals.rescanMs / totals.pages).toFixed(0)} ms; ` +
        `slowest page ${totals.slowest.ms.toFixed(0)} ms (seed ${totals.slowest.seed}); batches ${(totals.batchMs / 1000).toFixed(1)} s ` +
        `(${totals.alone} run again page by page), generating ${(totals.generateMs / 1000).toFixed(1)} s; ` +
        `screen (last tab): ${screen[0] ?? 0} subtrees screened, ${screen[1] ?? 0} blocks set aside`,
    );
    if (failing.length > 0) {
      const kinds = new Map<string, number>();
      for (const { failures } of failing) for (const kind of new Set(failures.map(kindOf))) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      console.log(`fuzz (${browser}): ${failing.length} failing pages (seeds ${failing.map(({ page }) => page.seed).join(' ')}); pages per kind of failure:\n${[...kinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `  ${n}× ${kind}`).join('\n')}`);
    }
    const reports = failing.map(({ page, failures }) => report(page, failures, browser));
    const firstFailing = failing[0];
    if (shrink && firstFailing) {
      const kind = kindOf(firstFailing.failures[0] ?? '');
      console.log(`fuzz: shrinking seed ${firstFailing.page.seed} for failures like ${JSON.stringify(kind)}…`);
      const small = await shrinkPage(firstFailing.page, async (candidate) => {
        const result = await runner.runAlone(candidate, SHRINK_DEADLINE_MS);
        return result.failures.some((failure) => kindOf(failure) === kind);
      });
      const result = await runner.runAlone(small, SHRINK_DEADLINE_MS);
      // Not under test-results/: Playwright empties it when a run starts.
      const file = join(tmpdir(), `c2z-fuzz-shrunk-${small.seed}.json`);
      writeFileSync(file, JSON.stringify(small, null, 1));
      reports.unshift(`shrunk from seed ${firstFailing.page.seed} (replay: FUZZ_REPLAY=${file}):\n${report(small, result.failures, browser)}`);
    }
    expect(failing.length, `fuzz failures in ${browser} (base seed ${seed}: FUZZ_SEED=${seed} FUZZ_PAGES=${count} replays the run):\n\n${reports.join('\n\n')}\n`).toBe(0);
    // The run would pass vacuously if the extension linked nothing: it must have linked, and every planted number.
    expect(totals.links).toBeGreaterThan(0);
    expect(totals.expected).toBeGreaterThan(0);
    expect(totals.expectedLinked).toBe(totals.expected);
    // Nor if the screen never set a block aside: the fuzz must have tried the path that skips blocks.
    if (!replay && count >= SCREEN_CHECKED_PAGES && totals.alone === 0) expect(screen[1] ?? 0).toBeGreaterThan(0);
  });

  test('fuzz regressions: shrunk pages of past failures and fixed seeds pass the same checks', async ({ harness }) => {
    const runner = new FuzzRunner(harness);
    const browser = harness.browser.name;
    const failing: string[] = [];
    const pages = [...REGRESSIONS, ...REGRESSION_SEEDS.map(({ what, seed }) => ({ what, page: generatePage(seed) }))];
    for (const { what, page } of pages) {
      const result = await runner.runAlone(page);
      const failures = [...result.failures];
      if (result.expected !== page.expected || result.expectedLinked !== page.expected) failures.push(`${result.expectedLinked} of ${page.expected} planted numbers linked`);
      if (failures.length > 0) failing.push(`${what}\n${report(page, failures, browser)}`);
    }
    expect(failing.length, failing.join('\n\n')).toBe(0);
  });
}
