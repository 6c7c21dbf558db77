/** Elements whose text is never linked: code, form fields, existing links and controls, non-rendered content. */
const SKIP_TAGS = new Set([
  'A', 'BUTTON', 'CODE', 'HEAD', 'IFRAME', 'INPUT', 'KBD', 'NOSCRIPT', 'OBJECT', 'OPTION', 'PRE', 'SAMP',
  'SCRIPT', 'SELECT', 'STYLE', 'TEMPLATE', 'TEXTAREA', 'TITLE',
]);

export const LINK_CLASS = 'c2z-link';

/** True when an element's subtree must be left alone. */
export function isSkippedElement(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  // SVG text (and anything else outside HTML) is drawn, not flowed: a link there would break the drawing.
  if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  return element instanceof HTMLElement && element.isContentEditable;
}

/** True when `node` lies inside a skipped element: checked on every ancestor, not only the parent. */
export function isInSkipZone(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element)) return true;
  }
  return false;
}
