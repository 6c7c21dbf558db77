import { expect, type TestType } from '@playwright/test';
import { nextCall, type TestPage, waitFor } from './driver';
import type { Harness } from './harness';
import { axeViolations, bodyBackground, inBothThemes } from './a11y-helpers';
import { frontTab, openPopup, popupList, seamPage, storeSettings } from './call-helpers';
import { OPTIONS, optionsReady, save, storedSync } from './options-helpers';
import { waitForLinks } from './page-helpers';

type Test = TestType<{ harness: Harness }, object>;

const MAIN = { number: '+16465550199', label: 'Main' };
const DARK_BACKGROUND = 'rgb(13, 17, 23)';

/** Recent calls as the background stores them: one with a labelled caller ID, one with none. */
const RECENT = [
  { target: { kind: 'e164', e164: '+12125550142' }, sms: false, at: Date.UTC(2026, 0, 5, 14, 5), callerId: MAIN.number, url: 'zoomphonecall://+12125550142?callerid=+16465550199' },
  { target: { kind: 'extension', digits: '802' }, sms: false, at: Date.UTC(2026, 0, 4, 9, 30), url: 'zoomphonecall://802' },
];

async function popupFor(harness: Harness, fixture: string, links: number): Promise<{ page: TestPage; popup: TestPage }> {
  const page = await harness.open(harness.server.url(fixture));
  await waitForLinks(page, links);
  const tabId = await frontTab(await seamPage(harness), page);
  return { page, popup: await openPopup(harness, tabId) };
}

function activeElement(page: TestPage): Promise<{ id: string; label: string | null; text: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { id: element?.id ?? '', label: element?.getAttribute('aria-label') ?? null, text: element?.textContent ?? '' };
  }, undefined);
}

/** Presses Tab until `id` has focus (at most `limit` times); fails if it is never reached. */
async function tabTo(page: TestPage, id: string, key = 'Tab', limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if ((await activeElement(page)).id === id) return;
    await page.pressKey(key);
  }
  expect((await activeElement(page)).id, `#${id} reached with ${key}`).toBe(id);
}

export function registerSurfaceScenarios(test: Test): void {
  test('a11y: popup and options have no WCAG 2.1 AA violations (axe-core), light and dark', async ({ harness }) => {
    const options = await storeSettings(harness, { callerIds: [MAIN], defaultCaller: MAIN.number, smsEnabled: true });
    await options.evaluate((recent) => chrome.storage.local.set({ recentCalls: recent }), RECENT);
    const { popup } = await popupFor(harness, 'calls.html', 3);
    // A popup that cannot read its page (no such tab): the site switch must be hidden, not a bare checkbox.
    const blind = await harness.openExtensionPage('src/popup/index.html?tab=987654321');
    await waitFor('the blind popup', () => blind.evaluate(() => document.body.dataset.ready === 'true', undefined));
    expect(await blind.evaluate(() => getComputedStyle(document.getElementById('site-row') as HTMLElement).display, undefined)).toBe('none');
    await options.goto(harness.browser.extensionUrl(OPTIONS));
    await optionsReady(options);

    for (const [name, page] of [['popup', popup], ['popup without page access', blind], ['options', options]] as const) {
      await inBothThemes(page, async (scheme) => {
        await waitFor(`${name} in ${scheme}`, async () => (await bodyBackground(page) === DARK_BACKGROUND) === (scheme === 'dark'));
        expect(await axeViolations(page), `${name}, ${scheme}`).toEqual([]);
      });
    }
  });

  test('popup: one product name, named buttons, recent calls with time and caller, undo for Clear, filter, shortcut', async ({ harness }) => {
    const options = await storeSettings(harness, { callerIds: [MAIN], defaultCaller: MAIN.number, smsEnabled: true });
    await options.evaluate((recent) => chrome.storage.local.set({ recentCalls: recent }), RECENT);
    const { popup } = await popupFor(harness, 'numbers.html', 7);
    const read = () => popup.evaluate(() => ({
      title: document.querySelector('h1')?.textContent,
      lang: document.documentElement.lang,
      callNames: [...document.querySelectorAll('#page-numbers button.call')].map((b) => b.getAttribute('aria-label')).slice(0, 2),
      textName: document.querySelector('#page-numbers button.text')?.getAttribute('aria-label'),
      recentDetails: [...document.querySelectorAll('#recent-calls .detail')].map((d) => d.textContent),
      shortcut: document.getElementById('shortcut')?.textContent,
      filterShown: !(document.getElementById('page-filter') as HTMLInputElement).hidden,
    }), undefined);
    const shown = await read();
    const numbers = await popupList(popup, 'page-numbers');
    expect(shown).toMatchObject({
      title: 'Click to Call for Zoom Phone',
      lang: 'en',
      callNames: [`Call ${numbers[0]}`, `Call ${numbers[1]}`],
      textName: `Text ${numbers[0]}`,
      filterShown: true,
    });
    expect(shown.recentDetails).toEqual([expect.stringMatching(/^opened .+ as Main$/), expect.stringMatching(/^opened (?!.* as ).*\d/)]);
    // Headless Chromium leaves an unpacked extension's suggested key unassigned: the popup says what the browser has.
    const keys = await popup.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'call-selection')?.shortcut, undefined);
    expect(shown.shortcut).toBe(keys ? `Call the selected number: ${keys}` : 'Call the selected number: no shortcut set');
    if (harness.browser.name === 'firefox') expect(keys).toBe('Alt+Shift+Z');

    // The filter narrows the list, by digits as typed with or without spaces.
    await popup.fill('#page-filter', '555 0100');
    await waitFor('the filtered list', async () => (await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#page-numbers li')].filter((li) => !li.hidden).length, undefined)) === 1);
    await popup.fill('#page-filter', '999999');
    await waitFor('the "no match" note', () => popup.evaluate(() => document.getElementById('page-note')?.textContent === 'No number matches the filter.', undefined));
    await popup.fill('#page-filter', '');

    // Clear empties the list at once; Undo brings it back, as it was.
    await popup.click('#clear-recent');
    await waitFor('the cleared list', async () => (await popupList(popup, 'recent-calls')).length === 0);
    expect(await activeElement(popup)).toMatchObject({ id: 'undo-clear' });
    await popup.click('#undo-clear');
    await waitFor('the list back', async () => (await popupList(popup, 'recent-calls')).join() === '+1 212 555 0142,802');
    expect(await options.evaluate(() => chrome.storage.local.get('recentCalls'), undefined)).toEqual({ recentCalls: RECENT });
  });

  test('options: Enter in the country search picks a country and does not save; one "no caller ID"; limits; unsaved guard', async ({ harness }) => {
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    const state = () => options.evaluate(() => {
      const visible = (el: Element | null) => el instanceof HTMLElement && el.offsetParent !== null;
      return {
        lang: document.documentElement.lang,
        noneShown: visible(document.getElementById('callerDefault-none')),
        removeShown: visible(document.getElementById('callerRemove')),
        labelMax: document.getElementById('callerLabel')?.getAttribute('maxlength'),
        labelDescribedBy: document.getElementById('callerLabel')?.getAttribute('aria-describedby'),
        status: document.getElementById('status')?.textContent,
      };
    }, undefined);
    expect(await state()).toEqual({ lang: 'en', noneShown: false, removeShown: false, labelMax: '40', labelDescribedBy: 'callerId-feedback', status: '' });
    await options.fill('#callerId', '+1 646 555 0199');
    expect(await state()).toMatchObject({ noneShown: true, removeShown: true, status: 'Unsaved changes: press Save to keep them.' });
    // Leaving now would ask first (the unsaved-changes guard cancels beforeunload).
    const leaveAsks = () => options.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })), undefined);
    expect(await leaveAsks()).toBe(true);

    await options.fill('#countrySearch', 'germ');
    await options.press('#countrySearch', 'Enter');
    expect(await options.evaluate(() => (document.getElementById('country') as HTMLSelectElement).value, undefined)).toBe('DE');
    expect(await options.evaluate(() => document.getElementById('country-feedback')?.textContent, undefined)).toContain('Germany');
    // Nothing was stored: Enter picked, it did not submit.
    expect(await storedSync(options)).toEqual({});
    await save(options);
    expect(await leaveAsks()).toBe(false);

    // At 320 CSS px nothing is cut off or scrolls sideways (WCAG 1.4.10).
    await options.setViewport(320, 640);
    await waitFor('the page to reflow to 320 px', () => options.evaluate(() => document.documentElement.scrollWidth <= 320, undefined));
    const overflowing = await options.evaluate(() => [...document.querySelectorAll<HTMLElement>('input, button, select, textarea, label')]
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > 320).map((el) => el.id || el.textContent), undefined);
    expect(overflowing).toEqual([]);

    // Shift+Tab never leaves the focused control under the sticky preview.
    await options.evaluate(() => window.scrollTo(0, document.body.scrollHeight), undefined);
    await options.press('#save', 'Shift+Tab');
    for (let i = 0; i < 12; i += 1) {
      await options.pressKey('Shift+Tab');
      // Polled: the browser's own scroll to the focused control may land a frame later.
      await waitFor('the focused control to be clear of the preview', () => options.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const preview = document.getElementById('preview') as HTMLElement;
        return !(focused.getBoundingClientRect().top < preview.getBoundingClientRect().bottom && focused.getBoundingClientRect().bottom > 0);
      }, undefined));
    }
  });

  test('keyboard only: the popup\'s switch, lists, quick dial, Clear and Undo work from the keyboard', async ({ harness }) => {
    const options = await storeSettings(harness, { smsEnabled: true });
    await options.evaluate((recent) => chrome.storage.local.set({ recentCalls: recent }), RECENT);
    const { page, popup } = await popupFor(harness, 'calls.html', 3);
    await popup.bringToFront();
    await tabTo(popup, 'site-switch');
    const switchIs = (on: boolean) => waitFor(`the switch ${on ? 'on' : 'off'}`, () =>
      popup.evaluate((want) => (document.getElementById('site-switch') as HTMLInputElement).checked === want, on));
    await popup.pressKey('Space');
    await waitForLinks(page, 0);
    await switchIs(false);
    await waitFor('the popup to show no numbers', async () => (await popupList(popup, 'page-numbers')).length === 0);
    await popup.pressKey('Space');
    await switchIs(true);
    await waitForLinks(page, 3);
    // Tab into the page's list, then the arrow keys move between its Call buttons.
    await waitFor('the numbers back in the popup', async () => (await popupList(popup, 'page-numbers')).length === 3);
    await popup.pressKey('Tab');
    expect(await activeElement(popup)).toMatchObject({ label: 'Call +1 212 555 0100' });
    await popup.pressKey('ArrowDown');
    expect(await activeElement(popup)).toMatchObject({ label: 'Call +1 212 555 0101' });
    await popup.pressKey('End');
    expect(await activeElement(popup)).toMatchObject({ label: 'Call +1 646 555 0150' });
    let before = harness.browser.calls.length;
    await popup.pressKey('Enter');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+16465550150');
    await tabTo(popup, 'quick-dial');
    for (const key of ['8', '0', '2']) await popup.pressKey(key);
    before = harness.browser.calls.length;
    await popup.pressKey('Enter');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://802');
    await tabTo(popup, 'clear-recent');
    await popup.pressKey('Enter');
    await waitFor('the cleared list', async () => (await popupList(popup, 'recent-calls')).length === 0);
    await popup.pressKey('Enter');
    await waitFor('the list back', async () => (await popupList(popup, 'recent-calls')).length === 3);
    await tabTo(popup, 'shortcut-settings');
  });

  test('call feedback: a click on a number shows "Opening Zoom…", and "Nothing happened?" shows help', async ({ harness }) => {
    const page = await harness.open(harness.server.url('calls.html'));
    await waitForLinks(page, 3);
    const before = harness.browser.calls.length;
    await page.click('#num a.c2z-link');
    expect(await nextCall(harness.browser, before)).toBe('zoomphonecall://+12125550100');
    const notice = () => page.evaluate(() => {
      const root = document.querySelector('c2z-call-notice')?.shadowRoot;
      return root ? { status: root.querySelector('[role="status"]')?.textContent, help: root.querySelector('ul')?.hidden } : undefined;
    }, undefined);
    expect(await waitFor('the call notice', notice)).toEqual({ status: 'Opening Zoom…', help: true });
    expect(await axeViolations(page, 'c2z-call-notice')).toEqual([]);
    await page.evaluate(() => document.querySelector('c2z-call-notice')?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-expanded]')?.click(), undefined);
    expect(await notice()).toEqual({ status: 'Opening Zoom…', help: false });
    expect(await page.evaluate(() => document.querySelector('c2z-call-notice')?.shadowRoot?.querySelector('ul')?.textContent, undefined)).toContain('tel: or callto:');
    // Opening help keeps the notice; Close removes it.
    await page.evaluate(() => document.querySelector('c2z-call-notice')?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-label="Close"]')?.click(), undefined);
    expect(await page.evaluate(() => document.querySelector('c2z-call-notice'), undefined)).toBeNull();
  });

  test('keyboard only: Tab reaches every control of the options and welcome pages, and Space and Enter operate them', async ({ harness }) => {
    for (const path of [OPTIONS, 'src/welcome/index.html']) {
      const page = await harness.openExtensionPage(path);
      await waitFor(`${path} ready`, () => page.evaluate(() => document.body.dataset.ready === 'true' || document.getElementById('options')?.dataset.ready === 'true', undefined));
      const controls = await page.evaluate(() => {
        const visible = [...document.querySelectorAll<HTMLInputElement>('input, button, select, textarea')].filter((el) => el.offsetParent !== null && !el.disabled);
        // One Tab stop per radio group, as the keyboard has it: the checked radio, or the first.
        const stop = (el: HTMLInputElement) => {
          if (el.type !== 'radio') return true;
          const group = visible.filter((other) => other.type === 'radio' && other.name === el.name);
          return el === (group.find((radio) => radio.checked) ?? group[0]);
        };
        return visible.filter(stop).map((el) => el.id || `${el.tagName}[name=${el.name}][value=${el.value}]`);
      }, undefined);
      const reached = new Set<string>();
      for (let i = 0; i < controls.length + 5; i += 1) {
        await page.pressKey('Tab');
        reached.add(await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          return el.id || `${el.tagName}[name=${el.name}][value=${el.value}]`;
        }, undefined));
      }
      expect(controls.filter((id) => !reached.has(id)), `${path}: controls Tab never reached`).toEqual([]);
    }
    // Operating: Space toggles a checkbox, Enter on Save saves.
    const options = await harness.openExtensionPage(OPTIONS);
    await optionsReady(options);
    await tabTo(options, 'linkingEnabled');
    await options.pressKey('Space');
    await tabTo(options, 'save');
    await options.pressKey('Enter');
    await waitFor('the saved setting', async () => (await storedSync(options)).linkingEnabled === false);
  });
}
