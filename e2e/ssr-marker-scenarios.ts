import { expect, type TestType } from '@playwright/test';
import { waitFor } from './driver';
import type { Harness } from './harness';

type Test = TestType<{ harness: Harness }, object>;

/** The markers hydration-gate.ts looks for, each on the page the way its renderer leaves it (ssr-markers.html). */
const MARKERS = ['next-root', 'next-data', 'vue-2', 'angular', 'solid', 'astro-deep'] as const;

export function registerSsrMarkerScenarios(test: Test): void {
  for (const marker of MARKERS) {
    test(`server-rendered markup (${marker}): its number is marked, not wrapped, until the page has settled`, async ({ harness }) => {
      const page = await harness.open(harness.server.url(`ssr-markers.html?marker=${marker}`));
      const state = () => page.evaluate(() => ({
        marked: [...(CSS.highlights.get('c2z-number') ?? [])].map((range) => range.toString()),
        linked: document.querySelectorAll('#num a.c2z-link').length,
      }), undefined);
      const first = await waitFor('the number marked or linked', async () => {
        const now = await state();
        return now.marked.length > 0 || now.linked > 0 ? now : undefined;
      });
      expect(first).toEqual({ marked: ['(212) 555-0100'], linked: 0 });
      expect(await waitFor('the number linked once the page settled', async () => ((await state()).linked === 1 ? await state() : undefined)))
        .toEqual({ marked: [], linked: 1 });
    });
  }
}
