import { expect, type TestType } from '@playwright/test';
import { type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { linkerIdle } from './lifecycle-helpers';

type Test = TestType<{ harness: Harness }, object>;

/** Each call link's text and the number its href dials, in document order. */
function links(page: TestPage): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('a.c2z-link')]
    .map((a) => `${a.textContent ?? ''}=${a.href.replace(/^zoomphonecall:\/\//, '')}`), undefined);
}

async function expectLinks(page: TestPage, expected: readonly string[]): Promise<void> {
  let last: string[] = [];
  await waitFor(`links ${JSON.stringify(expected)}`, async () => {
    last = await links(page);
    return JSON.stringify(last) === JSON.stringify(expected);
  }).catch(() => expect(last).toEqual(expected));
}

function run(page: TestPage, method: string, ...args: unknown[]): Promise<void> {
  return page.evaluate(([m, a]) => {
    (window as unknown as { parts: Record<string, (...x: unknown[]) => void> }).parts[m]?.(...a);
  }, [method, args] as const);
}

/** The links of a number rendered as `Desk: (`, `212`, `) `, `555`, `-`, `0190`: one per part, all dialling it. */
const desk = (area: string, last: string) => ['(', area, ') ', '555', '-', last].map((part) => `${part}=+1${area}555${last}`);
const cell = (area: string) => ['+1', ' ', area, ' 555 0177'].map((part) => `${part}=+1${area}5550177`);

export function registerTemplatePartScenarios(test: Test): void {
  test('a number from template parts: changing, removing or restoring any part relinks the whole number', async ({ harness }) => {
    const page = await harness.open(harness.server.url('template-parts.html'));
    await expectLinks(page, [...desk('212', '0190'), ...cell('415')]);
    // The reproduction: the last part changes; every part must dial the number shown.
    await run(page, 'set', 5, '0192');
    await expectLinks(page, [...desk('212', '0192'), ...cell('415')]);
    await run(page, 'set', 1, '646');
    await expectLinks(page, [...desk('646', '0192'), ...cell('415')]);
    // Too short to be a number: nothing of it stays linked.
    await run(page, 'set', 5, '01');
    await expectLinks(page, cell('415'));
    await run(page, 'set', 5, '0177');
    await expectLinks(page, [...desk('646', '0177'), ...cell('415')]);
    await run(page, 'remove', 3);
    await expectLinks(page, cell('415'));
    await run(page, 'restore');
    await expectLinks(page, [...desk('646', '0177'), ...cell('415')]);
    // A part inside an inline element, and a part taken out with its element.
    await run(page, 'setArea', '212');
    await expectLinks(page, [...desk('646', '0177'), ...cell('212')]);
    await run(page, 'removeCountryCode');
    await expectLinks(page, [...desk('646', '0177'), ...[' ', '212', ' 555 0177'].map((p) => `${p}=+12125550177`)].filter((l) => !l.startsWith(' =')));
    expect(await linkerIdle(page)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { parts: { text(): string } }).parts.text(), undefined))
      .toBe('Desk: (646) 555-0177 room 1204 | Cell:  212 555 0177');
    expect(page.errors).toEqual([]);
  });
}
