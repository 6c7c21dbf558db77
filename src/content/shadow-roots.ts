/**
 * Shadow roots as the extension can read them: open ones through `shadowRoot`, closed ones through the
 * extension APIs (Chrome's `dom.openOrClosedShadowRoot(element)`, Firefox's `element.openOrClosedShadowRoot`
 * property in a content script).
 */

interface ChromeDom {
  openOrClosedShadowRoot?(element: HTMLElement): ShadowRoot | null;
}
/** Firefox gives content scripts the root as a property of the element. */
interface FirefoxElement {
  readonly openOrClosedShadowRoot?: ShadowRoot | null;
}

type ExtensionGlobal = { browser?: { dom?: ChromeDom }; chrome?: { dom?: ChromeDom } };
// Read on first use: the first touch of the extension namespace costs a page that never needs it.
let dom: ChromeDom | undefined | null = null;
const domApi = (): ChromeDom | undefined => {
  if (dom === null) dom = (globalThis as ExtensionGlobal).browser?.dom ?? (globalThis as ExtensionGlobal).chrome?.dom;
  return dom;
};

/** Hosts of roots the page attached while we ran (page-world.ts), of any tag. */
const reported = new WeakSet<Element>();

function closedRootOf(element: Element): ShadowRoot | null {
  try {
    const api = domApi();
    if (api?.openOrClosedShadowRoot) return element instanceof HTMLElement ? api.openOrClosedShadowRoot(element) : null;
    return (element as FirefoxElement).openOrClosedShadowRoot ?? null;
  } catch {
    return null;
  }
}

/**
 * The element's shadow root, open or closed. A closed root is looked for on custom elements (where components
 * keep them) and on hosts the page-world hook reported; asking the API of every element would cost every walk.
 */
export function shadowRootOf(element: Element, tagName?: string): ShadowRoot | null {
  const open = element.shadowRoot;
  if (open) return open;
  // A custom element's name has a hyphen, whatever its case: the caller's tag name spares reading another.
  return (tagName ?? element.localName).includes('-') || reported.has(element) ? closedRootOf(element) : null;
}

/** A host the page-world hook reported: its root, open or closed, if it has one. */
export function reportedRoot(host: EventTarget | null): ShadowRoot | null {
  if (!(host instanceof Element)) return null;
  reported.add(host);
  return host.shadowRoot ?? closedRootOf(host);
}
