/**
 * Page-side probe of the framework apps (bundled to fixtures/apps/probe.js, the first script of every app page,
 * before any app code). It records the page's errors (console.error / console.warn, uncaught errors, rejections
 * and what the apps report from React's onRecoverableError and Vue's errorHandler: hydration warnings count),
 * reads the app root as the user sees it (the flat tree: open and closed shadow roots, slots) and judges the
 * call links in it against window.app.expected(), and times how long after an update the links are right.
 */

export interface ShownNumber {
  readonly display: string;
  readonly e164: string;
}

export interface Expected {
  readonly text: string;
  readonly numbers: readonly ShownNumber[];
}

export interface PageApp {
  readonly steps: readonly string[];
  root(): Node;
  expected(): Expected;
  run(step: string): unknown;
}

export interface Check {
  readonly text: string;
  readonly expectedText: string;
  readonly textOk: boolean;
  readonly shown: number;
  /** Numbers whose every digit and "+" sits in a link whose href carries exactly that number's digits. */
  readonly linked: number;
  /** Numbers whose every digit and "+" is in a CSS Custom Highlight range (marked without a DOM change). */
  readonly marked: number;
  /** Every call link that dials another number than the one it sits in, or sits in no shown number. */
  readonly wrong: readonly string[];
  /** The shown numbers not (fully) linked, and why. */
  readonly unlinked: readonly string[];
  readonly links: number;
}

export interface Timing {
  /** ms from the update call to the first moment every shown number was linked right; null if never by the deadline. */
  readonly ms: number | null;
  readonly check: Check;
}

export interface Probe {
  readonly errors: string[];
  report(message: string): void;
  check(): Check;
  /** Runs window.app.run(step) (or loads the hydration bundle for step "hydrate") and times the re-link. */
  measure(step: string, deadlineMs: number): Promise<Timing>;
  /** Resolves once the app says it mounted or hydrated. */
  started(): Promise<void>;
  markStarted(): void;
  readonly isStarted: boolean;
}

declare global {
  interface Window {
    app?: PageApp;
    c2zProbe?: Probe;
    /** Closed shadow roots, kept page-side by the components that own them. */
    c2zClosedRoots?: WeakMap<Element, ShadowRoot>;
  }
}

const errors: string[] = [];
const format = (value: unknown): string => {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};
const report = (message: string) => void errors.push(message.slice(0, 400));
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    report(`console.${level}: ${args.map(format).join(' ')}`);
    original(...args);
  };
}
addEventListener('error', (event) => report(`uncaught: ${event.message || format(event.error)}`));
addEventListener('unhandledrejection', (event) => report(`unhandled rejection: ${format(event.reason)}`));

const closedRoots = new WeakMap<Element, ShadowRoot>();
window.c2zClosedRoots = closedRoots;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function shadowOf(element: Element): ShadowRoot | null {
  return element.shadowRoot ?? closedRoots.get(element) ?? null;
}

/** The text nodes the user sees under `root`, in flat-tree order (shadow roots instead of light children, slots filled). */
function flatTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node as Text);
      return;
    }
    if (node instanceof Element) {
      if (SKIPPED.has(node.tagName)) return;
      if (node instanceof HTMLSlotElement && node.getRootNode() instanceof ShadowRoot) {
        for (const assigned of node.assignedNodes({ flatten: true })) visit(assigned);
        return;
      }
      const shadow = shadowOf(node);
      for (const child of (shadow ?? node).childNodes) visit(child);
      return;
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return out;
}

/** Every shadow root (open or in the page's closed registry) under `root`, for observers. */
function shadowRoots(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      const shadow = shadowOf(node);
      if (shadow) {
        out.push(shadow);
        visit(shadow);
      }
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return out;
}

const SIGNIFICANT = /[\d+]/;
const digitsOf = (text: string) => text.replace(/\D/g, '');
const hrefDigits = (link: HTMLAnchorElement) => digitsOf(link.getAttribute('href')?.split('?')[0] ?? '');

function highlightRanges(): AbstractRange[] {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return [];
  const out: AbstractRange[] = [];
  for (const highlight of registry.values()) for (const range of highlight) out.push(range);
  return out;
}

function inRange(range: AbstractRange, node: Text, offset: number): boolean {
  try {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    // The character [offset, offset + 1) is inside when both of its ends are.
    return live.isPointInRange(node, offset) && live.isPointInRange(node, offset + 1);
  } catch {
    return false;
  }
}

/** The app, or before a server-rendered page hydrated, what its server said it shows (#c2z-expected). */
function currentApp(): PageApp {
  // (Before the app sets window.app, `window.app` is the page's <main id="app">: named access on window.)
  if (typeof window.app?.expected === 'function') return window.app;
  const data = document.getElementById('c2z-expected')?.textContent;
  if (!data) throw new Error('no window.app');
  const expected = JSON.parse(data) as Expected;
  return { steps: [], root: () => document.getElementById('root') ?? document.body, expected: () => expected, run: () => undefined };
}

interface Analysis {
  readonly result: Check;
  /** The wrong links themselves, and the shown numbers (display, nth occurrence) not linked right. */
  readonly wrongLinks: readonly HTMLAnchorElement[];
  readonly unlinkedKeys: readonly string[];
}

function analyse(): Analysis {
  const app = currentApp();
  const expected = app.expected();
  const nodes = flatTextNodes(app.root());
  let text = '';
  const charNode: Text[] = [];
  const charOffset: number[] = [];
  for (const node of nodes) {
    for (let i = 0; i < node.data.length; i += 1) {
      charNode.push(node);
      charOffset.push(i);
    }
    text += node.data;
  }
  const linkOf = (position: number) => charNode[position]?.parentElement?.closest<HTMLAnchorElement>('a.c2z-link') ?? null;
  const ranges = highlightRanges();
  // Where each shown number sits in the flat text (searched in order, each after the previous one).
  const spans: { start: number; end: number; number: ShownNumber }[] = [];
  const unlinked: string[] = [];
  const unlinkedKeys: string[] = [];
  const occurrences = new Map<string, number>();
  let from = 0;
  let linked = 0;
  let marked = 0;
  for (const number of expected.numbers) {
    const nth = (occurrences.get(number.display) ?? 0) + 1;
    occurrences.set(number.display, nth);
    const key = `${number.display}#${nth}`;
    const start = text.indexOf(number.display, from);
    if (start < 0) {
      unlinked.push(`${number.display}: not shown`);
      unlinkedKeys.push(key);
      continue;
    }
    const end = start + number.display.length;
    spans.push({ start, end, number });
    from = end;
    const want = digitsOf(number.e164);
    let allLinked = true;
    let allMarked = ranges.length > 0;
    const seen = new Set<string>();
    for (let p = start; p < end; p += 1) {
      if (!SIGNIFICANT.test(text[p] ?? '')) continue;
      const link = linkOf(p);
      const got = link ? hrefDigits(link) : '';
      if (got !== want) {
        allLinked = false;
        seen.add(link ? `in a link to ${got}` : 'digits not linked');
      }
      if (allMarked && !ranges.some((range) => inRange(range, charNode[p] as Text, charOffset[p] as number))) allMarked = false;
    }
    if (allLinked) linked += 1;
    else {
      unlinked.push(`${number.display} (${[...seen].join(', ')})`);
      unlinkedKeys.push(key);
    }
    if (allMarked) marked += 1;
  }
  // Every link in what the user sees: each of its digits must sit in a shown number with the link's digits.
  const wrong: string[] = [];
  const wrongLinks: HTMLAnchorElement[] = [];
  const links = new Map<HTMLAnchorElement, number[]>();
  for (let p = 0; p < text.length; p += 1) {
    const link = linkOf(p);
    if (link) links.set(link, [...(links.get(link) ?? []), p]);
  }
  for (const [link, positions] of links) {
    const got = hrefDigits(link);
    const bad = positions.some((p) => {
      if (!SIGNIFICANT.test(text[p] ?? '')) return false;
      const span = spans.find((s) => s.start <= p && p < s.end);
      return !span || digitsOf(span.number.e164) !== got;
    });
    if (bad) {
      const where = positions.map((p) => spans.find((s) => s.start <= p && p < s.end)?.number.display ?? '(no number)');
      wrong.push(`"${link.textContent ?? ''}" dials +${got} in ${[...new Set(where)].join(' / ')}`);
      wrongLinks.push(link);
    }
  }
  return {
    result: { text, expectedText: expected.text, textOk: text === expected.text, shown: expected.numbers.length, linked, marked, wrong, unlinked, links: links.size },
    wrongLinks,
    unlinkedKeys,
  };
}

function check(): Check {
  return analyse().result;
}

let startedResolve: () => void = () => undefined;
const startedPromise = new Promise<void>((resolve) => {
  startedResolve = resolve;
});
let isStarted = false;

/** Loads the app bundle named by <html data-bundle>, for pages served without it (server-rendered, hydrated later). */
function loadBundle(): Promise<void> {
  const src = document.documentElement.dataset.bundle;
  if (!src) return Promise.reject(new Error('no data-bundle on <html>'));
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.body.append(script);
  });
}

/**
 * The re-link time of an update: until every number the update showed or changed is linked right and no new
 * wrong link is shown. What was already wrong before it (a stale link, a number never linked, as in a closed
 * root) does not hold the clock: the checkpoints count those. Hydration must end with everything linked.
 */
async function measure(step: string, deadlineMs: number): Promise<Timing> {
  const before = step === 'hydrate' ? null : analyse();
  const staleLinks = new Set(before?.wrongLinks);
  const alreadyUnlinked = new Set(before?.unlinkedKeys);
  const t0 = performance.now();
  if (step === 'hydrate') {
    await loadBundle();
    await startedPromise;
  } else {
    const app = window.app;
    if (!app) throw new Error('no window.app');
    await app.run(step);
  }
  return new Promise<Timing>((resolve) => {
    let done = false;
    const root = currentApp().root();
    const observer = new MutationObserver(() => test());
    for (const target of [root, ...shadowRoots(root)]) observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
    const finish = (ms: number | null, result: Check) => {
      done = true;
      observer.disconnect();
      resolve({ ms, check: result });
    };
    function test(): void {
      if (done) return;
      const now = performance.now();
      const { result, wrongLinks, unlinkedKeys } = analyse();
      const settled = wrongLinks.every((link) => staleLinks.has(link)) && unlinkedKeys.every((key) => alreadyUnlinked.has(key));
      if (settled) finish(now - t0, result);
      else if (now - t0 > deadlineMs) finish(null, result);
    }
    const frame = () => {
      test();
      if (!done) {
        requestAnimationFrame(frame);
        setTimeout(test, 16);
      }
    };
    frame();
  });
}

window.c2zProbe = {
  errors,
  report,
  check,
  measure,
  started: () => startedPromise,
  markStarted: () => {
    isStarted = true;
    startedResolve();
  },
  get isStarted() {
    return isStarted;
  },
};
