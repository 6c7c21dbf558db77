/**
 * The content script's entry, run in every page and frame. Most of the extension (the detector with its phone
 * metadata, the linker, settings, the polyfill) loads only when the page may need it: when its text holds
 * enough digits for a phone number or it has tel:/callto: links, when such content arrives later, or when the
 * background or popup asks this page something. A page with neither costs a text scan, one observer and one
 * message listener, and keeps costing only that (bench: "prose, no digits").
 *
 * Everything here uses the raw `runtime` API: webextension-polyfill is part of what loads later.
 */
import { MIN_CANDIDATE_DIGITS } from '../core/detect/scan-classes';
import { DIGIT, digitsIn, digitsOf } from '../core/prefilter';
import { type BackgroundToContent, hasBackgroundToContentType } from '../messages';
import type * as Main from './index';
import type { Started } from './index';
import { CONTENT_MAIN } from './main-path';
import { SHADOW_HELLO_EVENT, SHADOW_ROOT_EVENT } from './page-world-events';
import { reportedRoot } from './shadow-roots';

interface RawRuntime {
  readonly id?: string;
  getURL(path: string): string;
  readonly onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (response?: unknown) => void) => boolean): void;
  };
}

const CALL_LINKS = 'a[href^="tel:" i], a[href^="callto:" i]';

const extension = globalThis as unknown as { browser?: { runtime?: RawRuntime }; chrome?: { runtime?: RawRuntime } };
const runtimeApi = (): RawRuntime | undefined => extension.browser?.runtime ?? extension.chrome?.runtime;

let loading: Promise<Started | undefined> | undefined;
let ready = false;

/** The rest of the content script (see loadMain); runs once, on first need. */
function start(): Promise<Started | undefined> {
  loading ??= loadMain().then((script) => script.started).then((started) => {
    ready = true;
    return started;
  }, () => undefined);
  return loading;
}

function loadMain(): Promise<typeof Main> {
  // Firefox compiles a content script once per process and reuses it on every page, so there the rest is bundled
  // into this file (a relative import) and costs a page nothing until it runs.
  if (__BROWSER__ === 'firefox') return import('./index');
  // Chrome compiles a content script on every page: the rest is a packaged module of its own, imported on first
  // need. The URL is our file's, from the runtime, and per session (use_dynamic_url), so pages cannot probe for it.
  try {
    const runtime = runtimeApi();
    if (!runtime) return Promise.reject(new Error('no extension runtime'));
    // eslint-disable-next-line no-restricted-syntax -- the one import of a packaged module by URL; see main-path.ts
    return import(/* @vite-ignore */ runtime.getURL(CONTENT_MAIN)) as Promise<typeof Main>;
  } catch (error) {
    // An orphaned script (the extension was reloaded or updated under this page) has no runtime left to ask.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Digits seen in text the page added since we looked: a number may arrive a few digits at a time. */
let digitsSeen = '';

function mayNeedUs(text: string, root: ParentNode | null): boolean {
  const digits = digitsIn(text);
  if (digits === 'enough') return true;
  if (digits === 'some') {
    digitsSeen = (digitsSeen + digitsOf(text)).slice(-64);
    if (digitsIn(digitsSeen) === 'enough') return true;
  }
  return root !== null && root.querySelector(CALL_LINKS) !== null;
}

function addedMayNeedUs(record: MutationRecord): boolean {
  if (record.type === 'characterData') return mayNeedUs(record.target.nodeValue ?? '', null);
  for (const node of record.addedNodes) {
    const element = node instanceof Element ? node : null;
    if (mayNeedUs(node.textContent ?? '', element) || (element?.matches(CALL_LINKS) ?? false)) return true;
  }
  return false;
}

/**
 * Whether this frame answers a request of this type: a `get-selection` only where the frame holds a selection,
 * so the answer comes from where the user selected (a message to every frame takes the first answer).
 */
function answersHere(type: BackgroundToContent['type']): boolean {
  return type !== 'get-selection' || (getSelection()?.toString() ?? '').trim() !== '';
}

/**
 * The one listener for the background's and popup's requests, for the script's whole life: a request that comes
 * before the rest has loaded starts it. The rest checks the whole message, and answers it (page-requests.ts).
 */
function onMessage(message: unknown, _sender: unknown, sendResponse: (response?: unknown) => void): boolean {
  if (!hasBackgroundToContentType(message) || !answersHere(message.type)) return false;
  start()
    .then((started) => started?.answer(message))
    .then(sendResponse, () => sendResponse(undefined));
  return true;
}

try {
  runtimeApi()?.onMessage.addListener(onMessage);
} catch {
  // An orphaned script (the extension was reloaded or updated under this page): no one left to listen to.
}

if (__TEST_BUILD__) {
  // The e2e seam (test-seam.ts) lives in the started script; before it runs, nothing is linked or pending.
  document.addEventListener('c2z-test:flush', () => {
    if (ready) return;
    if (!loading) document.dispatchEvent(new CustomEvent('c2z-test:idle'));
    // Asked again once the started script, and its seam, are there.
    else void loading.then((started) => document.dispatchEvent(new CustomEvent(started ? 'c2z-test:flush' : 'c2z-test:idle')));
  });
}

/**
 * `XPathResult.STRING_TYPE`, written out: reading the global makes Chrome set up that interface for this world,
 * a cost on every page (BENCHMARKS.md).
 */
const XPATH_STRING = 2;

/*
 * The first look, on every page. It is written as straight-line statements that call none of our functions (not
 * mayNeedUs, not digitsIn): V8 compiles each function the first time it is called, the first such compile in a
 * fresh world costing most (BENCHMARKS.md has the figures).
 */
{
  // The text of the page's body (what `body.textContent` gives). In an HTML document it is read with XPath,
  // which costs less here: reading `document.body` makes Chrome set up the element interfaces (HTMLElement,
  // Element, Node…) for this script's world, and a page that needs none of us should not pay for that.
  const text = document.contentType === 'text/html'
    ? document.evaluate('string(/html/body)', document, null, XPATH_STRING, null).stringValue
    : (document.documentElement?.textContent ?? '');
  // What digitsIn does, written out (see above).
  DIGIT.lastIndex = 0;
  let digits = 0;
  while (digits < MIN_CANDIDATE_DIGITS && DIGIT.exec(text) !== null) digits++;
  if (digits > 0 && digits < MIN_CANDIDATE_DIGITS) digitsSeen = digitsOf(text).slice(-64);
  if (digits === MIN_CANDIDATE_DIGITS || document.querySelector(CALL_LINKS) !== null) void start();
  else {
    // Until then, each change the page makes is looked at for the same signs (the first one found starts us).
    const observer = new MutationObserver((records) => {
      if (loading || records.some(addedMayNeedUs)) {
        observer.disconnect();
        void start();
      }
    });
    const watched = { childList: true, subtree: true, characterData: true };
    observer.observe(document, watched);
    // Shadow roots hold text the page's body does not: each one the page has attached, or attaches later, is
    // looked at and watched the same way (page-world.ts reports them, in the host's own tree).
    const onShadowRoot = (event: Event) => {
      const root = loading ? null : reportedRoot(event.target);
      if (!root) return;
      if (mayNeedUs(root.textContent, root)) {
        observer.disconnect();
        void start();
      } else {
        observer.observe(root, watched);
        root.addEventListener(SHADOW_ROOT_EVENT, onShadowRoot, true);
      }
    };
    document.addEventListener(SHADOW_ROOT_EVENT, onShadowRoot, true);
    document.dispatchEvent(new CustomEvent(SHADOW_HELLO_EVENT));
  }
}
