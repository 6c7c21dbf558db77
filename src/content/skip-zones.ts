/** Elements whose text is never linked: code, form fields, existing links and controls, non-rendered content. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'A', 'BUTTON', 'CODE', 'HEAD', 'IFRAME', 'INPUT', 'KBD', 'NOSCRIPT', 'OBJECT', 'OPTION', 'PRE', 'SAMP',
  'SCRIPT', 'SELECT', 'STYLE', 'TEMPLATE', 'TEXTAREA', 'TITLE',
  // The extension's own hover card (hover-card/view.ts CARD_TAG): its number is shown, not linked again.
  'C2Z-HOVER-CARD',
]);

/** True when an element's subtree must be left alone. */
export function isSkippedElement(element: Element): boolean {
  const tagName = element.tagName;
  return isSkippedNamed(element, tagName, tagName.toUpperCase());
}

/**
 * isSkippedElement for a caller that has read the element's tag name (`tagName`, and `tag` in upper case)
 * already. `mayBeEditable` false: the caller knows no element around has a contenteditable attribute (a walk
 * asks its root once, natively, instead of reading the attribute of every element: in Firefox each read crosses
 * the content script's wrapper).
 */
export function isSkippedNamed(element: Element, tagName: string, tag: string, mayBeEditable = true): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  // SVG text (and anything else outside HTML) is drawn, not flowed: a link there would break the drawing. In an
  // HTML document an HTML element's tagName is upper case; only another one (or any in XHTML) is asked.
  if (tagName !== tag && element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  return mayBeEditable && isEditingHost(element);
}

/** Whether any element under `root` (or it) has a contenteditable attribute: one native query. */
export function mayHoldEditable(root: Node): boolean {
  if (root instanceof Element && root.hasAttribute('contenteditable')) return true;
  return 'querySelector' in root && (root as ParentNode).querySelector('[contenteditable]') !== null;
}

/**
 * An element that makes its subtree editable. Read from the attribute, not `isContentEditable`, which makes
 * Chromium bring the whole page's style up to date on every call (a forced style pass per walk slice). Walks
 * check every ancestor, so the editing host itself is enough.
 */
function isEditingHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  if (value === null) return false;
  const normalized = value.toLowerCase();
  return normalized === '' || normalized === 'true' || normalized === 'plaintext-only';
}

/**
 * True when `node` lies inside a skipped element: checked on every ancestor, not only the parent, and on through
 * shadow hosts (a button or link around a host holds what its shadow root shows; editability, as in the
 * browsers, stops at the boundary).
 */
export function isInSkipZone(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  let crossed = false;
  for (let current: Node | null = node; current;) {
    for (let element = current.parentElement; element; element = element.parentElement) {
      if (crossed ? isSkippedNamedOnly(element) : isSkippedElement(element)) return true;
    }
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
    if (current && (crossed ? isSkippedNamedOnly(current as Element) : isSkippedElement(current as Element))) return true;
    crossed = true;
  }
  return false;
}

/** A skipped element by its tag or namespace alone (not editability). */
function isSkippedNamedOnly(element: Element): boolean {
  return SKIP_TAGS.has(element.tagName.toUpperCase()) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml';
}
