import { expect } from '@playwright/test';
import { type TestPage, waitFor } from './driver';
import { linkerIdle } from './lifecycle-helpers';

/** What e2e/fixtures/adversarial-probe.js saw from inside the page (see there). */
export interface ProbeReport {
  readonly errors: readonly string[];
  readonly violations: readonly string[];
  readonly linkInsertions: number;
  readonly ticks: number;
  readonly maxGapMs: number;
  readonly idleMs: number;
  readonly stalls: string;
  readonly firstLinkMs: number;
  readonly sinceReadyMs: number;
}

declare global {
  interface Window {
    advProbe: { report(): ProbeReport; textUnchanged(): boolean };
  }
}

/**
 * The longest the page's own 20 ms timer may wait between two ticks while the extension works. Generous: other
 * browsers run on the same two cores, and a stall this long still means one task, not a frozen page; a linker
 * that ran a whole big page in one go would stall it for many seconds.
 */
export const MAX_STALL_MS = 2000;

export interface LinkedPiece {
  readonly text: string;
  readonly number: string;
}

export function probeReport(page: TestPage): Promise<ProbeReport> {
  return page.evaluate(() => window.advProbe.report(), undefined);
}

/** Waits for the page to have built its content (the probe's ready()). */
export function probeReady(page: TestPage, timeoutMs = 15_000): Promise<ProbeReport> {
  return waitFor('the page to build its content', async () => {
    const report = await probeReport(page).catch(() => undefined);
    return report && report.sinceReadyMs >= 0 ? report : undefined;
  }, timeoutMs);
}

/** The call links inside `selector` (default: the whole document), in document order. */
export function linkedPieces(page: TestPage, selector = 'body'): Promise<LinkedPiece[]> {
  return page.evaluate(
    (sel) => [...document.querySelectorAll(`${sel} a.c2z-link`)].map((a) => ({ text: a.textContent ?? '', number: a.getAttribute('data-c2z-number') ?? '' })),
    selector,
  );
}

/** Waits until the links inside `selector` are `count` or more, then returns them. */
export function waitForPieces(page: TestPage, selector: string, count: number, timeoutMs = 5000): Promise<LinkedPiece[]> {
  return waitFor(`${count} call links in ${selector}`, async () => {
    const pieces = await linkedPieces(page, selector);
    return pieces.length >= count ? pieces : undefined;
  }, timeoutMs);
}

/**
 * Asks the content script (test build seam) to say when everything changed so far is linked; retried until it
 * answers, since the script may not be listening yet right after load.
 */
export function flush(page: TestPage, timeoutMs = 10_000): Promise<true> {
  return waitFor('the content script to be idle', () => linkerIdle(page), timeoutMs);
}

/** One line of figures for the run's output, so a slow or failing case can be read without re-running it. */
export function logFigures(name: string, browser: string, figures: Record<string, unknown>): void {
  console.log(`[adversarial] ${browser} ${name}: ${Object.entries(figures).map(([k, v]) => `${k}=${String(v)}`).join(' ')}`);
}

export async function expectTextUnchanged(page: TestPage): Promise<void> {
  expect(await page.evaluate(() => window.advProbe.textUnchanged(), undefined), 'document.body.textContent unchanged').toBe(true);
}

/** Calls the page's own advAddLater(): it adds a paragraph #added holding +1 646 555 0142. */
export async function pageAddsContent(page: TestPage): Promise<void> {
  await expectTextUnchanged(page);
  await page.evaluate(() => (window as unknown as { advAddLater(): void }).advAddLater(), undefined);
}

/**
 * What every adversarial page must still be after the extension worked on it: no error in the page, its text
 * exactly as the page wrote it, and its own timers running (the heartbeat ticked, never stalled past the bound).
 */
export interface HealthOptions {
  /** The longest stall allowed (default MAX_STALL_MS). */
  readonly maxStallMs?: number;
  /** Page errors the case itself provokes (Firefox also logs CSP violations as page errors). */
  readonly expectedErrors?: RegExp;
}

export async function expectPageHealthy(page: TestPage, report: ProbeReport, options: HealthOptions = {}): Promise<void> {
  const { maxStallMs = MAX_STALL_MS, expectedErrors } = options;
  expect(page.errors.filter((error) => !expectedErrors?.test(error)), 'uncaught page errors').toEqual([]);
  expect(report.errors, 'errors the page saw').toEqual([]);
  await expectTextUnchanged(page);
  expect(report.ticks, 'heartbeat ticks since the page was ready').toBeGreaterThan(0);
  expect(report.maxGapMs, `longest stall of the page's own timer (ms); stalls over 250 ms at ms-since-ready:ms ${report.stalls}`).toBeLessThan(maxStallMs);
}
