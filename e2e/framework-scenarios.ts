import { expect, type TestType } from '@playwright/test';
import type { Check, Timing } from './apps/probe';
import { type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { type AppRow, formatTable, saveRow } from './framework-report';
import { linkerIdle } from './lifecycle-helpers';

type Test = TestType<{ harness: Harness }, object>;

/**
 * Real apps built from the real npm packages (e2e/apps/, built by e2e/framework-build.ts): numbers in single
 * text nodes and from template parts, updated after the extension linked them. After load (or hydration) and
 * after each update, once the content script is idle: the app root's text as the user sees it (shadow roots
 * and slots flattened) equals the app's state; no page errors (console.error/warn, hydration warnings, React's
 * recoverable errors, Vue's errorHandler); every call link dials the number it sits in; every shown number is
 * linked. The re-link time of each update is measured in the page. Server-rendered variants hydrate after the
 * extension's first pass.
 */
interface AppCase {
  readonly name: string;
  readonly what: string;
  readonly ssr?: boolean;
}

const APPS: readonly AppCase[] = [
  { name: 'repro', what: "issue 19's minimal reproduction: 7 text nodes, one part changed after linking" },
  { name: 'react-client', what: 'React 19 createRoot, template parts as separate text nodes' },
  { name: 'react-ssr', what: 'React 19 renderToString, hydrateRoot after the first pass', ssr: true },
  { name: 'vue-client', what: 'Vue 3 createApp, {{ }} template parts' },
  { name: 'vue-ssr', what: 'Vue 3 renderToString, createSSRApp hydrates after the first pass (Hotline case)', ssr: true },
  { name: 'preact-client', what: 'Preact + htm render, parts as separate text nodes' },
  { name: 'preact-ssr', what: 'Preact + htm hydrate over server-rendered HTML after the first pass', ssr: true },
  { name: 'svelte-client', what: 'Svelte 5 mount (compiled in Node)' },
  { name: 'svelte-ssr', what: 'Svelte 5 svelte/server render, hydrate after the first pass', ssr: true },
  { name: 'lit', what: 'Lit: open and closed shadow roots, slots, a late-defined element, a late attachShadow' },
];

/** An update's links may take this long before the step counts as never re-linked (target: 100 ms). */
const UPDATE_DEADLINE_MS = 1000;
/** After hydration (the extension may first mark numbers without touching the DOM). */
const HYDRATE_DEADLINE_MS = 5000;
const RELINK_TARGET_MS = 100;
const RECALL_TARGET = 0.98;

function idle(page: TestPage): Promise<true> {
  return waitFor('the content script to be idle', async () => (await linkerIdle(page)) || undefined, 10_000);
}

const check = (page: TestPage) => page.evaluate(() => (window.c2zProbe as NonNullable<Window['c2zProbe']>).check(), undefined);
const probeErrors = (page: TestPage) => page.evaluate(() => [...(window.c2zProbe as NonNullable<Window['c2zProbe']>).errors], undefined);
const measure = (page: TestPage, step: string, deadline: number) =>
  page.evaluate(([s, d]) => (window.c2zProbe as NonNullable<Window['c2zProbe']>).measure(s, d), [step, deadline] as const);

/** Where two strings first differ, with a little context, for a readable render-mismatch report. */
function firstDifference(actual: string, expected: string): string {
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i += 1;
  return `at ${i}: shows ${JSON.stringify(actual.slice(Math.max(0, i - 20), i + 30))}, state ${JSON.stringify(expected.slice(Math.max(0, i - 20), i + 30))}`;
}

export function registerFrameworkScenarios(test: Test): void {
  for (const app of APPS) {
    test(`framework: ${app.name} — ${app.what}: text as the state, no page errors, each shown number linked to itself after every update`, async ({ harness }) => {
      const started = Date.now();
      const page = await harness.open(harness.server.url(`apps/${app.name}/index.html`));
      // message -> the steps it was seen after, so a problem that stays reads once.
      const seenProblems = new Map<string, string[]>();
      const problem = (step: string, message: string) => seenProblems.set(message, [...(seenProblems.get(message) ?? []), step]);
      const relinkMs: (number | null)[] = [];
      let hydrateMs: number | null | undefined;
      let beforeHydration: AppRow['beforeHydration'] = null;
      let checkpoints = 0;
      let shown = 0;
      let linked = 0;
      let wrongLinks = 0;
      let wrongCheckpoints = 0;
      let renderMismatches = 0;
      let errorsSeen = 0;

      const judge = async (step: string, timing?: Timing) => {
        await idle(page);
        const result: Check = await check(page);
        checkpoints += 1;
        shown += result.shown;
        linked += result.linked;
        wrongLinks += result.wrong.length;
        if (!result.textOk) {
          renderMismatches += 1;
          problem(step, `render mismatch ${firstDifference(result.text, result.expectedText)}`);
        }
        if (result.wrong.length) {
          wrongCheckpoints += 1;
          problem(step, `wrong links: ${result.wrong.join('; ')}`);
        }
        if (result.linked < result.shown) problem(step, `not linked to their own number: ${result.unlinked.join('; ')}`);
        if (timing && timing.ms === null) problem(step, 'links not right within the deadline');
        else if (timing && timing.ms !== null && timing.ms > RELINK_TARGET_MS) problem(step, `re-link took ${Math.round(timing.ms)} ms`);
        const errors = await probeErrors(page);
        for (const error of errors.slice(errorsSeen)) problem(step, `page error: ${error}`);
        errorsSeen = errors.length;
      };

      if (app.ssr) {
        // The server's HTML, the extension's first pass done: numbers linked, or marked without a DOM change.
        await idle(page);
        const before = await waitFor('numbers linked or marked before hydration', async () => {
          const result = await check(page);
          return result.linked === result.shown || result.marked === result.shown ? result : undefined;
        }, HYDRATE_DEADLINE_MS).catch(() => check(page));
        beforeHydration = { linked: before.linked, marked: before.marked, shown: before.shown };
        // Then the bundle arrives and hydrates; links (back) within the deadline.
        const timing = await measure(page, 'hydrate', HYDRATE_DEADLINE_MS);
        hydrateMs = timing.ms;
        await judge('hydrate', timing);
      } else {
        await page.evaluate(() => (window.c2zProbe as NonNullable<Window['c2zProbe']>).started(), undefined);
        await judge('load');
      }
      const steps = await page.evaluate(() => [...(window.app as NonNullable<Window['app']>).steps], undefined);
      for (const step of steps) {
        const timing = await measure(page, step, UPDATE_DEADLINE_MS);
        relinkMs.push(timing.ms);
        await judge(step, timing);
      }
      for (const error of page.errors) problem('any', `uncaught: ${error}`);
      const problems = [...seenProblems].map(([message, steps]) => `${steps.join(', ')}: ${message}`);

      const row: AppRow = {
        app: app.name, browser: harness.browser.name, checkpoints, shown, linked, beforeHydration, wrongLinks, wrongCheckpoints,
        renderMismatches, pageErrors: errorsSeen + page.errors.length, relinkMs, hydrateMs, problems,
        seconds: (Date.now() - started) / 1000,
      };
      await saveRow(row);
      console.log(`${formatTable([row])}\n  re-link ms: ${relinkMs.map((v) => (v === null ? 'timeout' : Math.round(v))).join(', ')}`);

      const recall = shown ? linked / shown : 1;
      // Re-link time is reported (the table's p95, target 100 ms) and bounded here only by the deadline: a timed
      // assertion would measure the machine's load, not the product (figures belong to the closing note and bench).
      expect({
        wrongLinks,
        renderMismatches,
        pageErrors: row.pageErrors,
        recallMet: recall >= RECALL_TARGET,
        relinked: relinkMs.every((ms) => ms !== null),
        hydrated: hydrateMs !== null,
      }, `${app.name} in ${harness.browser.name}:\n  ${problems.join('\n  ')}`).toEqual({
        wrongLinks: 0, renderMismatches: 0, pageErrors: 0, recallMet: true, relinked: true, hydrated: true,
      });
    });
  }
}
