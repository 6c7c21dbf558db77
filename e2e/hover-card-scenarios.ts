import { expect, type TestType } from '@playwright/test';
import { axeViolations, inBothThemes } from './a11y-helpers';
import { flush } from './adversarial-helpers';
import { hrefOf, storeSettings } from './call-helpers';
import { nextCall, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

const MAIN = { number: '+16465550199', label: 'Main' };
const SUPPORT = { number: '802', label: 'Support' };
const NUM = '#num a.c2z-link';
/** Longer than the card's open delay and close grace together, for checks that something does NOT appear. */
const QUIET_MS = 1200;

interface CardState {
  readonly title: string;
  readonly mode: string;
  readonly theme: string;
  readonly actions: string[];
  readonly focused: string | undefined;
  readonly status: string;
  readonly background: string;
  /** Links inside the card: none (the extension must not link the number it shows). */
  readonly links: number;
}

/**
 * The test build's seam opens the card's shadow root from now on (the shipped card's root is closed, which is what
 * keeps the page out; axe-core and these checks cannot enter a closed root). Same DOM and styles otherwise.
 */
function inspectCards(page: TestPage): Promise<void> {
  return page.evaluate(() => void document.dispatchEvent(new CustomEvent('c2z-test:open-card-roots')), undefined);
}

function cardState(page: TestPage): Promise<CardState | undefined> {
  return page.evaluate(() => {
    const root = document.querySelector('c2z-hover-card')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    if (!root || !card) return undefined;
    return {
      title: root.querySelector('.title')?.textContent ?? '',
      mode: card.dataset.mode ?? '',
      theme: card.dataset.theme ?? '',
      actions: [...root.querySelectorAll('button')].map((button) => button.textContent ?? ''),
      focused: (root.activeElement as HTMLElement | null)?.textContent ?? undefined,
      status: root.querySelector('.status')?.textContent ?? '',
      background: getComputedStyle(card).backgroundColor,
      links: root.querySelectorAll('a').length,
    };
  }, undefined);
}

function waitForCard(page: TestPage, what: string, test: (card: CardState) => boolean = () => true): Promise<CardState> {
  return waitFor(what, async () => {
    const card = await cardState(page);
    return card && test(card) ? card : undefined;
  });
}

function cardGone(page: TestPage): Promise<true> {
  return waitFor('the card to close', () => page.evaluate(() => document.querySelector('c2z-hover-card') === null, undefined));
}

/** Polls until QUIET_MS has passed, failing at once if a card element ever shows up. */
async function staysWithoutCard(page: TestPage): Promise<void> {
  const until = Date.now() + QUIET_MS;
  while (Date.now() < until) {
    expect(await page.evaluate(() => document.querySelectorAll('c2z-hover-card').length, undefined)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function openPage(harness: Harness): Promise<TestPage> {
  const page = await harness.open(harness.server.url('hover-card.html'));
  await waitForLinks(page, 2);
  await page.bringToFront();
  return page;
}

export function registerHoverCardScenarios(test: Test): void {
  test('hover card: pointing at a number shows it after a delay, with the number, Call, Text, Copy and "Call as…"', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [MAIN, SUPPORT], defaultCaller: MAIN.number, smsEnabled: true });
    const page = await openPage(harness);
    await inspectCards(page);
    await page.hover(NUM);
    await waitForCard(page, 'the card on hover');
    // Once the extension's linking has caught up with the card's appearance: its number is not linked again.
    await flush(page);
    const card = await waitForCard(page, 'the card after linking caught up');
    expect(card).toMatchObject({ title: '+1 212 555 0100', mode: 'hover', theme: 'light', focused: undefined, links: 0 });
    expect(card.actions).toEqual(['Call', 'Text', 'Copy +12125550100', 'Copy “(212) 555-0100”', 'Main (+1 646 555 0199) — used by Call', 'Support (802)']);
    // Anchored under the number, in the top layer, and the page's layout did not move.
    const placed = await page.evaluate(() => {
      const host = document.querySelector('c2z-hover-card') as HTMLElement;
      const link = document.querySelector('#num a.c2z-link') as HTMLElement;
      return { card: host.getBoundingClientRect().top, link: link.getBoundingClientRect().bottom, open: host.matches(':popover-open'), position: getComputedStyle(host).position };
    }, undefined);
    expect(placed.open).toBe(true);
    expect(placed.position).toBe('fixed');
    expect(placed.card).toBeGreaterThanOrEqual(placed.link);
    expect(placed.card - placed.link).toBeLessThan(20);
    await page.hover('h1');
    await cardGone(page);
    expect(page.errors).toEqual([]);
  });

  test('hover card: Alt+ArrowDown opens it with focus inside, arrows move, Esc closes and returns focus to the number', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [MAIN, SUPPORT], defaultCaller: MAIN.number });
    const page = await openPage(harness);
    await inspectCards(page);
    await page.press(NUM, 'Alt+ArrowDown');
    await waitForCard(page, 'the card with focus on Call', (card) => card.focused === 'Call');
    await page.pressKey('ArrowDown');
    await waitForCard(page, 'focus on the first copy', (card) => card.focused === 'Copy +12125550100');
    await page.pressKey('End');
    await waitForCard(page, 'focus on the last caller ID', (card) => card.focused === 'Support (802)');
    await page.pressKey('ArrowDown');
    await waitForCard(page, 'focus wrapped to Call', (card) => card.focused === 'Call');
    await page.pressKey('Escape');
    await cardGone(page);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('#num a.c2z-link'), undefined)).toBe(true);
    // Tab to the next number: the card shows for it without taking focus, and goes when focus moves on.
    await page.pressKey('Tab');
    const shown = await waitForCard(page, 'the card on focus', (card) => card.title === '+1 212 555 0101');
    expect(shown.focused).toBeUndefined();
    expect(await page.evaluate(() => document.activeElement === document.querySelector('#second a.c2z-link'), undefined)).toBe(true);
    await page.pressKey('Tab');
    await cardGone(page);
    expect(await page.evaluate(() => document.querySelector('#num a.c2z-link')?.getAttribute('aria-keyshortcuts'), undefined)).toBe('Alt+ArrowDown');
  });

  test('hover card: Call dials the URL the link holds, "Call as…" the other caller ID', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [MAIN, SUPPORT], defaultCaller: MAIN.number });
    const page = await openPage(harness);
    await inspectCards(page);
    const href = await hrefOf(page, NUM);
    let before = harness.browser.calls.length;
    await page.press(NUM, 'Alt+ArrowDown');
    await waitForCard(page, 'the card', (card) => card.focused === 'Call');
    await page.pressKey('Enter');
    expect(await nextCall(harness.browser, before)).toBe(href);
    expect(href).toBe('zoomphonecall://+12125550100?callerid=+16465550199');
    // The same path as a click on the link: the call notice shows.
    await waitFor('the call notice', () => page.evaluate(() => document.querySelector('c2z-call-notice') !== null, undefined));

    const again = await openPage(harness);
    await inspectCards(again);
    before = harness.browser.calls.length;
    await again.press(NUM, 'Alt+ArrowDown');
    await waitForCard(again, 'the card', (card) => card.focused === 'Call');
    await again.pressKey('End');
    await waitForCard(again, 'focus on Support', (card) => card.focused === 'Support (802)');
    await again.pressKey('Enter');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550100?callerid=802');
  });

  test('hover card: Copy puts the E.164 number on the clipboard, which the user can paste', async ({ harness }) => {
    const page = await openPage(harness);
    await inspectCards(page);
    await page.press(NUM, 'Alt+ArrowDown');
    await waitForCard(page, 'the card', (card) => card.focused === 'Call');
    await page.pressKey('ArrowDown');
    await waitForCard(page, 'focus on Copy', (card) => card.focused === 'Copy +12125550100');
    await page.pressKey('Enter');
    await waitForCard(page, '"Copied."', (card) => card.status === 'Copied.');
    await page.press('#paste', 'Control+V');
    expect(await waitFor('the pasted number', () => page.evaluate(() => (document.getElementById('paste') as HTMLTextAreaElement).value || undefined, undefined))).toBe('+12125550100');
  });

  test('hover card: a page script can neither open it, find its content, nor press its buttons', async ({ harness }) => {
    const page = await openPage(harness);
    const before = harness.browser.calls.length;
    // Synthetic events at the number: not trusted, so nothing opens (Alt+ArrowDown would open at once).
    await page.evaluate(() => {
      const link = document.querySelector('#num a.c2z-link') as HTMLAnchorElement;
      link.focus();
      link.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true }));
      link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
      link.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }, undefined);
    expect(await page.evaluate(() => document.querySelectorAll('c2z-hover-card').length, undefined)).toBe(0);
    await staysWithoutCard(page);
    // The user's own key opens it: the root is closed, and a click the page makes on the card does nothing.
    await page.press(NUM, 'Alt+ArrowDown');
    await waitFor('the card', () => page.evaluate(() => document.querySelector('c2z-hover-card') !== null, undefined));
    const seen = await page.evaluate(() => {
      const host = document.querySelector('c2z-hover-card') as HTMLElement;
      host.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      return { root: host.shadowRoot, text: host.textContent, children: host.children.length, found: document.body.innerText.includes('Copy +12125550100') };
    }, undefined);
    expect(seen).toEqual({ root: null, text: '', children: 0, found: false });
    await page.pressKey('Escape');
    await cardGone(page);
    expect(harness.browser.calls.slice(before)).toEqual([]);
  });

  test('hover card: a press on the number (a right-click for the menu) keeps the card from opening over the page', async ({ harness }) => {
    const page = await openPage(harness);
    await inspectCards(page);
    await page.click(NUM, { button: 'right' });
    await staysWithoutCard(page);
    // The pointer has to leave and come back for the card to offer itself again.
    await page.hover('h1');
    await page.hover(NUM);
    await waitForCard(page, 'the card after the pointer came back');
  });

  test('hover card off: hovering, focusing and Alt+ArrowDown add no element to the page', async ({ harness }) => {
    await storeSettings(harness, { hoverCard: false });
    const page = await openPage(harness);
    const elements = () => page.evaluate(() => document.querySelectorAll('*').length, undefined);
    const count = await elements();
    await page.hover(NUM);
    await page.press(NUM, 'Alt+ArrowDown');
    await staysWithoutCard(page);
    expect(await elements()).toBe(count);
  });

  test('confirm before calling: a click asks "Call …?" and nothing is dialled until Call', async ({ harness }) => {
    await storeSettings(harness, { confirmBeforeCalling: true, callerIds: [MAIN], defaultCaller: MAIN.number });
    const page = await openPage(harness);
    await inspectCards(page);
    const href = await hrefOf(page, NUM);
    const before = harness.browser.calls.length;
    await page.click(NUM);
    const card = await waitForCard(page, 'the question', (state) => state.mode === 'confirm');
    expect(card).toMatchObject({ title: 'Call +1 212 555 0100?', actions: ['Call', 'Cancel'], focused: 'Call', links: 0 });
    await page.pressKey('ArrowRight');
    await waitForCard(page, 'focus on Cancel', (state) => state.focused === 'Cancel');
    await page.pressKey('Enter');
    await cardGone(page);
    await page.click(NUM);
    await waitForCard(page, 'the question again', (state) => state.focused === 'Call');
    // Everything so far (two clicks, a cancel) dialled nothing; the browser reports call URLs as they open.
    expect(harness.browser.calls.slice(before)).toEqual([]);
    await page.pressKey('Enter');
    expect(await nextCall(harness.browser, before)).toBe(href);
    expect(harness.browser.calls.slice(before)).toEqual([href]);
  });

  test('hover card: dark on a dark page, light on a light one; axe finds no WCAG 2.1 AA violation in either', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [MAIN, SUPPORT], defaultCaller: MAIN.number, smsEnabled: true });
    const page = await openPage(harness);
    await inspectCards(page);
    await inBothThemes(page, async (scheme) => {
      await waitFor(`the page in ${scheme}`, () => page.evaluate((dark) => (getComputedStyle(document.body).backgroundColor === 'rgb(17, 24, 39)') === dark, scheme === 'dark'));
      await page.press(NUM, 'Alt+ArrowDown');
      const card = await waitForCard(page, `the card in ${scheme}`, (state) => state.focused === 'Call');
      expect(card.theme).toBe(scheme);
      expect(card.background).toBe(scheme === 'dark' ? 'rgb(31, 41, 55)' : 'rgb(255, 255, 255)');
      expect(await axeViolations(page, 'c2z-hover-card')).toEqual([]);
      if (scheme === 'light' && harness.browser.name === 'chromium') await page.screenshot('docs/screenshots/hover-card.png');
      await page.pressKey('Escape');
      await cardGone(page);
    });
  });

  test('hover card: styled on a page whose CSP forbids inline styles', async ({ harness }) => {
    const page = await harness.open(harness.server.url('adversarial-csp.html'));
    await waitForLinks(page, 2);
    await page.bringToFront();
    await inspectCards(page);
    await page.press('#static a.c2z-link', 'Alt+ArrowDown');
    const card = await waitForCard(page, 'the card', (state) => state.focused === 'Call');
    // Unstyled, the card would be transparent: its sheet is a constructed one, which no page CSP blocks.
    expect(card.background).toBe('rgb(255, 255, 255)');
  });

  test('hover card: a marked number in a huge table opens it too', async ({ harness }) => {
    const page = await harness.open(harness.server.url('huge-table.html'));
    await waitForLinks(page, 1);
    await inspectCards(page);
    await waitFor('the marks painted', () => page.evaluate(() => [...(CSS.highlights.get('c2z-number') ?? [])].some((range) => range.toString() === '(646) 555-1002'), undefined), 30_000);
    expect(await page.evaluate(() => document.getElementById('n2')?.textContent, undefined)).toBe('(646) 555-1002');
    await page.hover('#n2');
    const card = await waitForCard(page, 'the card on a mark', (state) => state.title === '+1 646 555 1002');
    expect(card.actions).toContain('Copy “(646) 555-1002”');
    expect(await page.evaluate(() => document.querySelectorAll('#rows a').length, undefined)).toBe(0);
  });

}

/** The stores' listing picture of the card, 1280×800 as the other store pictures (screenshots.ts); taken in Chromium. */
export function registerHoverCardScreenshots(test: Test): void {
  test('store screenshot (1280×800): the hover card on a page', async ({ harness }) => {
    await storeSettings(harness, { callerIds: [{ number: '+12125550111', label: 'Desk' }, { number: '+442079460000', label: 'UK office' }, { number: '802', label: 'Sales line' }], defaultCaller: '+12125550111', smsEnabled: true });
    const page = await openPage(harness);
    await page.setViewport(1280, 800);
    await inspectCards(page);
    // The page shown larger so the listing is legible; the card keeps its own size (it is outside the body).
    await page.evaluate(() => void (document.body.style.zoom = '1.6'), undefined);
    await page.hover(NUM);
    await waitForCard(page, 'the card');
    await page.screenshot('docs/store/hover-card.png');
  });
}
