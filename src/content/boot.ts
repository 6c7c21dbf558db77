/**
 * The content script's entry, run in every page and frame. Most of the extension (the detector with its phone
 * metadata, the linker, settings, the polyfill) loads only when the page may need it: when its text holds
 * enough digits for a phone number or it has tel:/callto: links, when such content arrives later, or when the
 * background or popup asks this page something. A page with neither costs a text scan and one observer, and
 * keeps costing only that (bench: "prose, no digits").
 *
 * Everything here uses the raw `runtime` API: webextension-polyfill is part of what loads later.
 */
import { MIN_CANDIDATE_DIGITS } from '../core/detect/scan-classes';
import { DIGIT, digitsIn, digitsOf } from '../core/prefilter';
import { hasBackgroundToContentType, WAKE_KEY } from '../messages';
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
/** Read when needed, not at load: the first read of `runtime` is what costs (see above). */
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

// The background and the popup talk to the started script; a message that comes first starts it, and is answered.
function onMessage(message: unknown, _sender: unknown, sendResponse: (response?: unknown) => void): boolean {
  // The rest checks the whole message before it acts on it.
  if (ready || !hasBackgroundToContentType(message)) return false;
  // Only a frame holding a selection answers, so the answer comes from where the user selected.
  if (message.type === 'get-selection' && (getSelection()?.toString() ?? '').trim() === '') return false;
  start()
    .then((started) => started?.answer(message))
    .then(sendResponse, () => sendResponse(undefined));
  return true;
}

let listening = false;

/** Starts listening for the background's and popup's messages; false where the extension is gone. */
function listen(): boolean {
  if (listening) return true;
  try {
    const runtime = runtimeApi();
    if (!runtime) return false;
    runtime.onMessage.addListener(onMessage);
  } catch {
    // An orphaned script (the extension was reloaded or updated under this page): no one left to listen to.
    return false;
  }
  listening = true;
  return true;
}

/**
 * What a user does before the menu or the shortcut asks this frame something: a selection or a right-click.
 * (The two types are written out, here and at load, rather than looped over: see "The first look" below.)
 */
function onSign(): void {
  document.removeEventListener('selectionchange', onSign, true);
  document.removeEventListener('contextmenu', onSign, true);
  listen();
}

if (__TEST_BUILD__) {
  // The e2e seam (test-seam.ts) lives in the started script; before it runs, nothing is linked or pending.
  document.addEventListener('c2z-test:flush', () => {
    if (ready) return;
    void (loading ?? Promise.resolve(undefined))
      .then((started) => started?.whenIdle())
      .then(() => document.dispatchEvent(new CustomEvent('c2z-test:idle')));
  });
}

/**
 * `XPathResult.STRING_TYPE`, written out: reading the global makes Chrome set up that interface for this world
 * (~0.07 ms of CPU on every page).
 */
const XPATH_STRING = 2;

/*
 * The first look, on every page. It is written as straight-line statements that call none of our functions (not
 * mayNeedUs, not digitsIn), and adds the sign listeners without a loop: V8 compiles each function the first time
 * it is called, the first such compile in a fresh world costing most, and a first `for…of` has its own cost. On
 * the no-digit page that was ~0.09 ms of the entry's ~0.96 ms of CPU (medians of 60 traced loads each, all
 * variants in one run); a call to digitsIn left in cost 0.06 ms of it.
 */
document.addEventListener('selectionchange', onSign, true);
document.addEventListener('contextmenu', onSign, true);
// Visible only in this extension's isolated world: the page cannot call it, nor see that it is there.
(globalThis as Record<string, unknown>)[WAKE_KEY] = listen;
{
  // The text of the page's body (what `body.textContent` gives). In an HTML document it is read with XPath,
  // which costs about half as much here: reading `document.body` makes Chrome set up the element interfaces
  // (HTMLElement, Element, Node…) for this script's world, ~0.5 ms measured, and a page that needs none of us
  // should not pay for that.
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
