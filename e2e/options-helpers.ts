import { waitFor, type TestPage } from './driver';

export const OPTIONS = 'src/options/index.html';

/** Waits until the options page shows the stored settings and accepts input. */
export function optionsReady(page: TestPage): Promise<true> {
  return waitFor('the options form', () => page.evaluate(() => document.getElementById('options')?.dataset.ready === 'true', undefined));
}

export function storedSync(page: TestPage): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.sync.get(null), undefined);
}

export function storedLocal(page: TestPage): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.local.get(null), undefined);
}

/** The text of a status line once it shows `kind` ('ok' or 'error'). */
export function statusOf(page: TestPage, id: string, kind: 'ok' | 'error'): Promise<string> {
  return waitFor(`#${id} to show ${kind}`, () =>
    page.evaluate(([elementId, cls]) => {
      const element = document.getElementById(elementId);
      return element?.classList.contains(cls) && element.textContent ? element.textContent : undefined;
    }, [id, kind] as const));
}

/** Clicks Save and waits for the page to confirm it. */
export async function save(page: TestPage): Promise<string> {
  await page.evaluate(() => {
    const status = document.getElementById('status');
    if (status) status.textContent = '';
  }, undefined);
  await page.click('#save');
  return statusOf(page, 'status', 'ok');
}

/** The value, checked and disabled state of a form control, and whether its section's locked note shows. */
export function control(page: TestPage, selector: string): Promise<{ value: string; checked: boolean; disabled: boolean; readOnly: boolean } | undefined> {
  return page.evaluate((sel) => {
    const element = document.querySelector<HTMLInputElement>(sel);
    return element ? { value: element.value, checked: element.checked, disabled: element.disabled, readOnly: element.readOnly } : undefined;
  }, selector);
}

export async function check(page: TestPage, selector: string, checked: boolean): Promise<void> {
  if ((await control(page, selector))?.checked !== checked) await page.click(selector);
}

/** Picks an option in a list box as a user's click or arrow keys would: sets it and fires `change`. */
export function selectOption(page: TestPage, selector: string, value: string): Promise<void> {
  return page.evaluate(([sel, val]) => {
    const select = document.querySelector<HTMLSelectElement>(sel);
    if (!select) throw new Error(`no ${sel}`);
    select.value = val;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, [selector, value] as const);
}

/** Hands a file to a file input, as the browser's file picker would. */
export function chooseFile(page: TestPage, selector: string, name: string, text: string): Promise<void> {
  return page.evaluate(([sel, fileName, content]) => {
    const input = document.querySelector<HTMLInputElement>(sel);
    if (!input) throw new Error(`no ${sel}`);
    // The answer to this file must not be confused with the one before it.
    for (const status of document.querySelectorAll('[role="status"]')) status.textContent = '';
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], fileName, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [selector, name, text] as const);
}
