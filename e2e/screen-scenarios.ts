import { expect, type TestType } from '@playwright/test';
import type { TestPage } from './driver';
import type { Harness } from './harness';
import { linkerIdle } from './lifecycle-helpers';
import { call, expectLinks } from './linkify-scenarios';

type Test = TestType<{ harness: Harness }, object>;

/** What the test build says the screen did in this page (test-seam.ts): subtrees screened, blocks left out. */
async function screened(page: TestPage): Promise<{ screened: number; clean: number }> {
  expect(await linkerIdle(page)).toBe(true);
  const [screenedCount, clean] = (await page.evaluate(() => document.documentElement.getAttribute('data-c2z-test-screen'), undefined) ?? '0 0').split(' ').map(Number);
  return { screened: screenedCount ?? 0, clean: clean ?? 0 };
}

export function registerScreenScenarios(test: Test): void {
  test('screen: a ledger read from its markup links exactly what a walk links, and a number written later into a row set aside', async ({ harness }) => {
    const page = await harness.open(harness.server.url('screen.html'));
    const found: [string, string][] = [
      ['2125550104', call('2125550104')],
      ['(212) ', call('2125550101')],
      ['555', call('2125550101')],
      ['-0101', call('2125550101')],
      ['212\u00a0555\u00a00102', call('2125550102')],
      ['212-555-0103', call('2125550103')],
      ['212-555-0108', call('2125550108')],
      ['212-555-0107', call('2125550107')],
      ['212-555-0109', call('2125550109')],
      ['212-555-0121', call('2125550121')],
    ];
    await expectLinks(page, found);
    // The rows of figures were set aside without a walk.
    const first = await screened(page);
    expect(first.screened).toBeGreaterThan(0);
    expect(first.clean).toBeGreaterThan(250);
    // A row the screen set aside is the page's: what the page writes there later is read like any change.
    await page.evaluate(() => {
      const cell = document.querySelectorAll('#ledger tr')[40]?.lastElementChild;
      if (cell) cell.textContent = 'Call 212-555-0111';
    }, undefined);
    await expectLinks(page, [...found.slice(0, 8), ['212-555-0111', call('2125550111')], ...found.slice(8)]);
    expect(page.errors).toEqual([]);
  });

  test('screen: rows of figures set aside together are not entered, the number after them is linked, and one written there later too', async ({ harness }) => {
    const page = await harness.open(harness.server.url('screen-rest.html'));
    await expectLinks(page, [['212-555-0131', call('2125550131')]]);
    expect((await screened(page)).screened).toBeGreaterThan(0);
    await page.evaluate(() => {
      const cell = document.querySelector('#r350')?.lastElementChild;
      if (cell) cell.textContent = 'Call 212-555-0133';
    }, undefined);
    await expectLinks(page, [['212-555-0133', call('2125550133')], ['212-555-0131', call('2125550131')]]);
    expect(page.errors).toEqual([]);

    // A number far down the rows: the rows are read one by one, and it is linked.
    const late = await harness.open(harness.server.url('screen-rest.html#late'));
    await expectLinks(late, [['212-555-0132', call('2125550132')], ['212-555-0131', call('2125550131')]]);
    expect(late.errors).toEqual([]);
  });

  test('screen: a root too large to check in one step is walked, not screened, and its number linked', async ({ harness }) => {
    const page = await harness.open(harness.server.url('screen-huge.html'));
    await expectLinks(page, [['212-555-0131', call('2125550131')]]);
    expect((await screened(page)).screened).toBe(0);
    expect(page.errors).toEqual([]);
  });

  test('screen: shadow roots the markup does not show (declarative, or closed on a built-in element) are linked beside screened rows', async ({ harness }) => {
    const page = await harness.open(harness.server.url('screen-hosts.html'));
    await expectLinks(page, [
      ['212-555-0120', call('2125550120')],
      ['212-555-0122', call('2125550122')],
    ]);
  });
}
