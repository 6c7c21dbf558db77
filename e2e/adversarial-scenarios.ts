import { expect, type TestType } from '@playwright/test';
import { waitFor } from './driver';
import type { Harness } from './harness';
import { expectPageHealthy, flush, MAX_STALL_MS, linkedPieces, logFigures, pageAddsContent, probeReady, probeReport, waitForPieces } from './adversarial-helpers';
import { registerExtensionPageScenarios } from './adversarial-extension-pages';
import { registerHostilePageScenarios, registerPageWorldHostileScenario } from './adversarial-hostile-scenarios';

type Test = TestType<{ harness: Harness }, object>;

/** The page that undoes our links: how long we watch it, and how many insertions we allow in that time. */
const UNDO_WATCH_MS = 5000;
const MAX_UNDONE_INSERTIONS = 30;
const MIN_IDLE_SHARE = 0.4;

/**
 * Pages built to break a linker: sheer size and shape (one huge text node, deep nesting, a flood of tiny text
 * nodes), a page that fights the linker, (adversarial-hostile-scenarios.ts) a strict CSP, overridden DOM
 * prototypes and forged events, and (adversarial-extension-pages.ts) our own pages under the manifest's CSP.
 * Each fixture page carries adversarial-probe.js, which reports what the page saw.
 */
export function registerAdversarialScenarios(test: Test): void {
  test('adversarial: one 10 MB text node gets its numbers at start, middle and end linked; text intact, page responsive', async ({ harness }) => {
    const page = await harness.open(harness.server.url('adversarial-huge-text.html'));
    await probeReady(page, 30_000);
    const started = Date.now();
    await waitForPieces(page, '#huge', 3, 30_000);
    const linkedMs = Date.now() - started;
    await flush(page, 30_000);
    expect(await linkedPieces(page, '#huge')).toEqual([
      { text: '+1 212 555 0100', number: '+12125550100' },
      { text: '(212) 555-0101', number: '+12125550101' },
      { text: '+44 20 7946 0958', number: '+442079460958' },
    ]);
    expect(await linkedPieces(page, '#control')).toEqual([{ text: '212-555-0199', number: '+12125550199' }]);
    // Still one text node's worth of text: 10 MiB in #huge, split only where the links are.
    expect(await page.evaluate(() => document.getElementById('huge')?.textContent?.length, undefined)).toBe(10 * 1024 * 1024);
    const report = await probeReport(page);
    const layoutMs = await page.evaluate(() => (window as unknown as { advLayoutMs: number }).advLayoutMs, undefined);
    logFigures('10 MB text node', harness.browser.name, { linkedMs, layoutMs, ...report });
    // Any change inside a 10 MB text node makes the browser lay all of it out again, in one task, whoever makes
    // it. The page measured that for the very change linking makes (layoutMs: its three numbers split out into
    // <a>s; seconds in Chromium on a loaded machine). Linking may stall the page for twice that plus the usual
    // bound, no more: a layout forced per link, or work that never yields, goes past it. (The find itself, one
    // call over the 10 MB, measured 40–100 ms in both browsers.)
    await expectPageHealthy(page, report, { maxStallMs: MAX_STALL_MS + 2 * layoutMs });
  });

  test('adversarial: 5,000-deep nesting gets the numbers 1,000 levels down, halfway down and at the bottom linked', async ({ harness }) => {
    const page = await harness.open(harness.server.url('adversarial-deep.html'));
    await probeReady(page);
    const started = Date.now();
    await waitForPieces(page, '#bottom', 3, 30_000);
    const linkedMs = Date.now() - started;
    await flush(page);
    expect(await linkedPieces(page, '#upper')).toEqual([{ text: '212-555-0104', number: '+12125550104' }]);
    expect(await linkedPieces(page, '#middle')).toEqual([{ text: '212-555-0101', number: '+12125550101' }]);
    // The split number is one link per element it spans.
    expect(await linkedPieces(page, '#bottom')).toEqual([
      { text: '(212)', number: '+12125550102' },
      { text: ' 555-0102', number: '+12125550102' },
      { text: '+1 212 555 0103', number: '+12125550103' },
    ]);
    expect(await page.evaluate(() => {
      let depth = 0;
      for (let node: Node | null = document.getElementById('bottom'); node && node !== document.getElementById('deep'); node = node.parentNode) depth++;
      return depth;
    }, undefined)).toBe(5000);
    const report = await probeReport(page);
    logFigures('5,000-deep nesting', harness.browser.name, { linkedMs, maxGapMs: report.maxGapMs, ticks: report.ticks });
    await expectPageHealthy(page, report);
  });

  test('adversarial: 100,000 tiny text nodes; numbers spelled across adjacent nodes and whole ones are all linked', async ({ harness }) => {
    const page = await harness.open(harness.server.url('adversarial-many-nodes.html'));
    await probeReady(page, 30_000);
    // Counted by the page as it built them (linking splits nothing here, but may already have started).
    expect(await page.evaluate(() => (window as unknown as { advTextNodes: number }).advTextNodes, undefined)).toBe(100_000);
    const started = Date.now();
    // 10 split numbers (3 links each) and 10 whole ones.
    await waitForPieces(page, '#many', 40, 30_000);
    const linkedMs = Date.now() - started;
    await flush(page, 30_000);
    const pieces = await linkedPieces(page, '#many');
    const byNumber = new Map<string, string[]>();
    for (const piece of pieces) byNumber.set(piece.number, [...(byNumber.get(piece.number) ?? []), piece.text]);
    const expected = new Map<string, string[]>();
    for (let n = 0; n < 10; n++) {
      expected.set(`+1212555010${n}`, ['212', '-555-', `010${n}`]);
      expected.set(`+1212555011${n}`, [`+1 212 555 011${n}`]);
    }
    expect(new Map([...byNumber].sort())).toEqual(new Map([...expected].sort()));
    const report = await probeReport(page);
    logFigures('100,000 text nodes', harness.browser.name, { linkedMs, maxGapMs: report.maxGapMs, ticks: report.ticks });
    await expectPageHealthy(page, report);
  });

  test('adversarial: a page that undoes every link as it appears makes the linker back off, not loop', async ({ harness }) => {
    const page = await harness.open(harness.server.url('adversarial-undo.html'));
    await probeReady(page);
    expect(await waitForPieces(page, '#control', 1)).toEqual([{ text: '212-555-0199', number: '+12125550199' }]);
    // The page undid at least one link in each hostile paragraph (so the fight happened)…
    await waitFor('the page to undo links', () => page.evaluate(() => (window as unknown as { advUndos: number }).advUndos >= 2, undefined));
    // …then, over the next seconds, the linker gives up on that text instead of re-linking it forever.
    const atMs = await waitFor(`${UNDO_WATCH_MS} ms of the fight`, async () => {
      const since = (await probeReport(page)).sinceReadyMs;
      return since >= UNDO_WATCH_MS ? since : undefined;
    }, UNDO_WATCH_MS + 15_000);
    const report = await probeReport(page);
    const undos = await page.evaluate(() => (window as unknown as { advUndos: number }).advUndos, undefined);
    logFigures('page undoes links', harness.browser.name, {
      watchedMs: atMs, linkInsertions: report.linkInsertions, undos, idleShare: (report.idleMs / report.sinceReadyMs).toFixed(2), maxGapMs: report.maxGapMs,
    });
    expect(report.linkInsertions, `call links inserted in ${atMs} ms`).toBeLessThanOrEqual(MAX_UNDONE_INSERTIONS);
    // And the page's main thread is not kept busy: before the linker backed off, this page had 1–29% of the time
    // idle (8,000–20,000 insertions in 5 s); with the back-off, 66–94%.
    expect(report.idleMs / report.sinceReadyMs, 'share of the time the page was idle').toBeGreaterThan(MIN_IDLE_SHARE);
    // Backing off there does not stop linking elsewhere.
    await pageAddsContent(page);
    expect(await waitForPieces(page, '#added', 1)).toEqual([{ text: '+1 646 555 0142', number: '+16465550142' }]);
    await expectPageHealthy(page, await probeReport(page));
  });

  registerHostilePageScenarios(test);
  registerPageWorldHostileScenario(test);
  registerExtensionPageScenarios(test);
}
