import { expect, type TestType } from '@playwright/test';
import { type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { liveText, servedText } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

interface DeepLink {
  readonly text: string;
  readonly href: string;
  readonly focusable: boolean;
}

/**
 * Every call link in the page, in shadow roots and same-origin frames too, in document order. Closed roots are
 * read from the registry the fixture keeps (`window.closedRoots`, host → root), as their components would.
 */
export function deepLinks(page: TestPage): Promise<DeepLink[]> {
  return page.evaluate(() => {
    const found: { text: string; href: string; focusable: boolean }[] = [];
    const closed = (window as unknown as { closedRoots?: Map<Element, ShadowRoot> }).closedRoots;
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        // Tag names, not instanceof: a frame's elements come from its own window's constructors.
        if (element.localName === 'a' && element.classList.contains('c2z-link')) {
          const link = element as HTMLAnchorElement;
          found.push({ text: link.textContent ?? '', href: link.href, focusable: link.tabIndex >= 0 });
        }
        const shadow = element.shadowRoot ?? closed?.get(element);
        if (shadow) visit(shadow);
        if (element.localName === 'iframe') {
          const frameDocument = (element as HTMLIFrameElement).contentDocument;
          if (frameDocument) visit(frameDocument);
        }
      }
    };
    visit(document);
    return found;
  }, undefined);
}

/** Polls until the page's links are exactly `expected` ([text, href] pairs), then returns them. */
export async function expectLinks(page: TestPage, expected: readonly (readonly [string, string])[]): Promise<DeepLink[]> {
  let last: DeepLink[] = [];
  try {
    return await waitFor('the expected links', async () => {
      last = await deepLinks(page);
      return JSON.stringify(last.map((l) => [l.text, l.href])) === JSON.stringify(expected) ? last : undefined;
    });
  } catch {
    expect(last.map((l) => [l.text, l.href])).toEqual(expected);
    throw new Error('unreachable');
  }
}

export const call = (digits: string) => `zoomphonecall://+1${digits}`;

export function registerLinkifyScenarios(test: Test): void {
  test('skip zones: nothing linked inside code, fields, editable areas, svg, links or buttons (ancestors checked)', async ({ harness }) => {
    const page = await harness.open(harness.server.url('skip-zones.html'));
    await expectLinks(page, [
      ['212-555-0100', call('2125550100')],
      ['212-555-0101', call('2125550101')],
      ['212-555-0102', call('2125550102')],
      ['212-555-0103', call('2125550103')],
    ]);
    expect(await liveText(page)).toBe(await servedText(page));
    // Skip zones the page adds later are skipped too, the added element itself included.
    await page.evaluate(() => {
      const code = document.createElement('code');
      code.textContent = '212-555-0166';
      const pre = document.createElement('pre');
      pre.append(document.createElement('span'));
      pre.firstChild?.appendChild(document.createTextNode('212-555-0167'));
      const p = document.createElement('p');
      p.textContent = 'Added: 212-555-0104';
      document.body.append(code, pre, p);
    }, undefined);
    await expectLinks(page, [
      ['212-555-0100', call('2125550100')],
      ['212-555-0101', call('2125550101')],
      ['212-555-0102', call('2125550102')],
      ['212-555-0103', call('2125550103')],
      ['212-555-0104', call('2125550104')],
    ]);
    expect(page.errors).toEqual([]);
  });

  test('numbers split across inline elements are linked whole; block boundaries and <br> split them', async ({ harness }) => {
    const page = await harness.open(harness.server.url('split.html'));
    const links = await expectLinks(page, [
      ['(212)', call('2125550100')], [' 555-0100', call('2125550100')],
      ['+1', call('2125550101')], [' 212 555 0101', call('2125550101')],
      ['212', call('2125550102')], ['-', call('2125550102')], ['555', call('2125550102')], ['-', call('2125550102')], ['0102', call('2125550102')],
    ]);
    // One tab stop per number, named by the whole number; the other parts are hidden from assistive technology.
    expect(links.map((link) => link.focusable)).toEqual([true, false, true, false, true, false, false, false, false]);
    expect(await page.evaluate(() => [...document.querySelectorAll('a.c2z-link')].map((a) => a.getAttribute('aria-label') ?? (a.getAttribute('aria-hidden') === 'true' ? 'hidden' : 'text')), undefined))
      .toEqual(['(212) 555-0100', 'hidden', '+1 212 555 0101', 'hidden', '212-555-0102', 'hidden', 'hidden', 'hidden', 'hidden']);
    expect(await liveText(page)).toBe(await servedText(page));
  });

  test('shadow roots, open and closed (nested, and attached after load), are linked', async ({ harness }) => {
    const page = await harness.open(harness.server.url('shadow.html'));
    await expectLinks(page, [
      ['212-555-0100', call('2125550100')],
      ['212-555-0101', call('2125550101')],
      ['212-555-0102', call('2125550102')],
      ['212-555-0190', call('2125550190')],
    ]);
    await page.evaluate(() => (window as unknown as { addLater(): void }).addLater(), undefined);
    await expectLinks(page, [
      ['212-555-0100', call('2125550100')],
      ['212-555-0101', call('2125550101')],
      ['212-555-0102', call('2125550102')],
      ['212-555-0190', call('2125550190')],
      ['212-555-0103', call('2125550103')],
    ]);
    expect(page.errors).toEqual([]);
  });

  test('same-origin and about:blank frames are linked', async ({ harness }) => {
    const page = await harness.open(harness.server.url('frames.html'));
    await expectLinks(page, [
      ['212-555-0100', call('2125550100')],
      ['212-555-0101', call('2125550101')],
      ['212-555-0102', call('2125550102')],
    ]);
  });

  test('text a page rewrites, removes, re-inserts or prefixes after linking always reads right', async ({ harness }) => {
    const page = await harness.open(harness.server.url('dynamic.html'));
    type PageApi = Record<string, (arg?: string) => void>;
    const run = (method: string, arg?: string) =>
      page.evaluate(([m, a]) => (window as unknown as { page: PageApi }).page[m as string]?.(a), [method, arg] as const);
    const text = (selector: string) => page.evaluate((sel) => document.querySelector(sel)?.textContent, selector);
    await expectLinks(page, [
      ['212-555-0100', call('2125550100')], ['212-555-0101', call('2125550101')], ['212-555-0102', call('2125550102')],
    ]);

    await run('setHolder', '917-555-0142');
    expect(await text('#in-place')).toBe('Call 917-555-0142 today');
    await expectLinks(page, [
      ['917-555-0142', call('9175550142')], ['212-555-0101', call('2125550101')], ['212-555-0102', call('2125550102')],
    ]);

    await run('setWhole', 'Now call 212-555-0199 only');
    expect(await text('#whole')).toBe('Now call 212-555-0199 only');
    await expectLinks(page, [['917-555-0142', call('9175550142')], ['212-555-0199', call('2125550199')]]);

    await run('setHolder', 'our front desk');
    expect(await text('#in-place')).toBe('Call our front desk today');
    await expectLinks(page, [['212-555-0199', call('2125550199')]]);

    await run('removeWhole');
    expect(await text('#whole')).toBe('');
    await run('reinsertWhole');
    expect(await text('#whole')).toBe('Now call 212-555-0199 only');
    await run('insertBeforeWhole', 'Main: ');
    expect(await text('#whole')).toBe('Main: Now call 212-555-0199 only');
    await expectLinks(page, [['212-555-0199', call('2125550199')]]);
    expect(page.errors).toEqual([]);
  });

  test('infinite scroll: every appended batch is linked', async ({ harness }) => {
    const page = await harness.open(harness.server.url('dynamic.html'));
    await expectLinks(page, [
      ['212-555-0100', call('2125550100')], ['212-555-0101', call('2125550101')], ['212-555-0102', call('2125550102')],
    ]);
    await page.evaluate(() => (window as unknown as { page: { scroll(b: number, n: number): Promise<void> } }).page.scroll(10, 20), undefined);
    const expected = Array.from({ length: 200 }, (_, n) => {
      const digits = `646555${String(1000 + n).padStart(4, '0')}`;
      return [`646-555-${digits.slice(6)}`, call(digits)] as const;
    });
    await expectLinks(page, [
      ['212-555-0100', call('2125550100')], ['212-555-0101', call('2125550101')], ['212-555-0102', call('2125550102')],
      ...expected,
    ]);
  });

  test('a real React 19 production app keeps rendering the right text as it updates, reorders and removes linked numbers', async ({ harness }) => {
    const page = await harness.open(harness.server.url('react-app/index.html'));
    type AppApi = Record<string, (...args: unknown[]) => void>;
    const app = (method: string, ...args: unknown[]) =>
      page.evaluate(([m, a]) => (window as unknown as { app: AppApi }).app[m as string]?.(...(a as unknown[])), [method, args] as const);
    const rendered = () => page.evaluate(() => document.getElementById('root')?.textContent, undefined);

    await expectLinks(page, [
      ['212-555-0199', call('2125550199')],
      ['212-555-0100', call('2125550100')], ['212-555-0101', call('2125550101')], ['+44 20 7946 0958', 'zoomphonecall://+442079460958'],
    ]);
    expect(await rendered()).toBe('ContactsMain line 212-555-0199Dana: 212-555-0100Lee: 212-555-0101Sam: +44 20 7946 0958');

    await app('update', 1, { phone: '646-555-0142' });
    await app('setMain', '212-555-0198');
    expect(await rendered()).toBe('ContactsMain line 212-555-0198Dana: 646-555-0142Lee: 212-555-0101Sam: +44 20 7946 0958');
    await expectLinks(page, [
      ['212-555-0198', call('2125550198')],
      ['646-555-0142', call('6465550142')], ['212-555-0101', call('2125550101')], ['+44 20 7946 0958', 'zoomphonecall://+442079460958'],
    ]);

    await app('reverse');
    await app('update', 2, { note: 'mobile' });
    expect(await rendered()).toBe('ContactsMain line 212-555-0198Sam: +44 20 7946 0958Lee: 212-555-0101 (mobile)Dana: 646-555-0142');

    await app('update', 2, { showPhone: false });
    await app('remove', 3);
    expect(await rendered()).toBe('ContactsMain line 212-555-0198Lee:  (mobile)Dana: 646-555-0142');
    await expectLinks(page, [['212-555-0198', call('2125550198')], ['646-555-0142', call('6465550142')]]);

    await app('update', 2, { showPhone: true, phone: '212-555-0177' });
    await app('add', { id: 4, name: 'Kim', phone: '212-555-0166' });
    await app('setMain', 'closed today');
    expect(await rendered()).toBe('ContactsMain line closed todayLee: 212-555-0177 (mobile)Dana: 646-555-0142Kim: 212-555-0166');
    await expectLinks(page, [
      ['212-555-0177', call('2125550177')], ['646-555-0142', call('6465550142')], ['212-555-0166', call('2125550166')],
    ]);
    expect(page.errors).toEqual([]);
  });
}
