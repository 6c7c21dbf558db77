import { expect, type TestType } from '@playwright/test';
import type { TestPage } from './driver';
import type { Harness } from './harness';
import { linkerIdle } from './lifecycle-helpers';
import { call, expectLinks } from './linkify-scenarios';

type Test = TestType<{ harness: Harness }, object>;

function later(page: TestPage, method: string): Promise<void> {
  return page.evaluate((m) => (window as unknown as { later: Record<string, () => void> }).later[m]?.(), method);
}

export function registerShadowScenarios(test: Test): void {
  test('web components: late-defined, attached later, closed, and slotted numbers are linked in their own blocks; none across a slot', async ({ harness }) => {
    const page = await harness.open(harness.server.url('shadow-late.html'));
    const first: [string, string][] = [
      ['212-555-0110', call('2125550110')],
      ['212-555-0113', call('2125550113')],
      ['+1 (415) 555-0177', call('4155550177')],
    ];
    await expectLinks(page, first);
    expect(await linkerIdle(page)).toBe(true);
    await later(page, 'define');
    await later(page, 'attach');
    await expectLinks(page, [
      ['212-555-0110', call('2125550110')],
      ['212-555-0111', call('2125550111')],
      ['212-555-0112', call('2125550112')],
      ['212-555-0113', call('2125550113')],
      ['+1 (415) 555-0177', call('4155550177')],
    ]);
    await later(page, 'update');
    await expectLinks(page, [
      ['212-555-0110', call('2125550110')],
      ['212-555-0111', call('2125550111')],
      ['212-555-0112', call('2125550112')],
      ['212-555-0114', call('2125550114')],
      ['+1 (415) 555-0177', call('4155550177')],
    ]);
    expect(page.errors).toEqual([]);
  });

  test('a page whose text is all in shadow roots (closed and open, attached before the content script ran) is linked', async ({ harness }) => {
    const page = await harness.open(harness.server.url('shadow-only.html'));
    await expectLinks(page, [['(617) 555-0190', call('6175550190')]]);
  });
}
