/**
 * What a scenario needs from a real browser with the extension loaded. Chromium is driven by Playwright and
 * Firefox ESR by puppeteer-core over WebDriver BiDi; both implement this so every scenario runs in both.
 */
export interface TestPage {
  /** Uncaught errors the page's own scripts threw since the page opened. */
  readonly errors: readonly string[];
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string, options?: { readonly button?: 'left' | 'right' }): Promise<void>;
  /** Moves the mouse over the middle of `selector`, as the user would. */
  hover(selector: string): Promise<void>;
  /** Focuses `selector` and presses `key` (e.g. 'Enter') as the user would. */
  press(selector: string, key: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  /** Presses `key` on whatever has focus, as a keyboard-only user would (e.g. 'Tab', 'Shift+Tab'). */
  pressKey(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Shows the page as in a light or dark system theme (prefers-color-scheme). Chromium emulates it for this page;
   * Firefox sets it for every page of the browser, so a test that sets dark sets light again when it ends.
   */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Runs a whole script (e.g. axe-core's source) in the page, as the test driver, not as the page's own code. */
  runScript(source: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /** URL of a page inside the extension, e.g. "src/options/index.html". */
  extensionUrl(path: string): string;
  newPage(): Promise<TestPage>;
  /** Every call URL (zoomphonecall:, tel:, callto:) the browser started to open, in order. */
  readonly calls: readonly string[];
  /**
   * Every other request the browser reported, in order: pages, frames, extension pages and the extension's
   * background. Call URLs are not requests; they are in `calls`.
   */
  readonly requests: readonly string[];
  /**
   * Reloads the extension as an update would, with its pages left open: Chromium runs `chrome.runtime.reload()`
   * in the service worker and waits for the new worker; Firefox installs the same build over the running one.
   */
  reloadExtension(): Promise<void>;
  /** Firefox only: answers the browser's permission prompts with Allow from now on, as the user would. */
  acceptPermissionPrompts?(): Promise<void>;
  close(): Promise<void>;
}

export const CALL_URL = /^(zoomphonecall|zoomphonesms|tel|callto):/;

/**
 * How long a wait gives the browser by default: long enough for a 2-core machine running both browsers' suites
 * side by side, short enough that a bug fails fast.
 */
const WAIT_MS = 10_000;

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined | false;
  while (Date.now() < deadline) {
    last = await check();
    if (last !== undefined && last !== false) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
}

/** Waits for the next call URL after `before` calls had been seen. */
export function nextCall(browser: ExtensionBrowser, before: number): Promise<string> {
  return waitFor('a call URL to be opened', () => browser.calls[before]);
}
