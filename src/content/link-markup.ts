/**
 * The markup that makes a call link ours, written once: the class, the data attributes and the selector every
 * reader (walker, observer, click handlers, leftover repair) and links.css use. links.css spells the same names
 * (CSS cannot import them); link-markup.test.ts checks it does.
 */

export const LINK_CLASS = 'c2z-link';
/** The E.164 number a link dials. */
export const NUMBER_ATTR = 'data-c2z-number';
/** The extension dialled after it, if any. */
export const EXT_ATTR = 'data-c2z-ext';
/**
 * Marks a call link followed by a text node we split off (the text after the number). The DOM then says which
 * nodes are ours even with our bookkeeping gone: an updated content script merges them back exactly
 * (leftovers.ts), where the text node after an unmarked link is the page's.
 */
export const TAIL_MARK = 'data-c2z-tail';
/** Set on the element under the pointer while it is over a highlighted number; links.css shows the hand cursor. */
export const OVER_ATTR = 'data-c2z-over';
/**
 * Set on each element whose own text holds a painted mark (mark-holders.ts): links.css's `::highlight` rule
 * applies to these only. For every element, that rule made Chromium compute a highlight style for each one in every
 * style pass of every page, also where nothing is marked.
 */
export const MARKS_ATTR = 'data-c2z-marks';

/** Every call link of ours, and nothing else. */
export const LINK_SELECTOR = `a.${LINK_CLASS}[${NUMBER_ATTR}]`;

/** One of our call links (the class alone: cheap enough for the observer's hot path). */
export function isOurLink(node: Node): boolean {
  return node instanceof HTMLAnchorElement && node.classList.contains(LINK_CLASS);
}

/** Our links among removed (or added) nodes: the node itself, or (one query per element) inside it. */
export function ourLinksIn(node: Node): Element[] {
  if (isOurLink(node)) return [node as Element];
  return node instanceof Element && node.firstElementChild ? [...node.querySelectorAll(`a.${LINK_CLASS}`)] : [];
}

export function callLinksIn(root: ParentNode): NodeListOf<HTMLAnchorElement> {
  return root.querySelectorAll<HTMLAnchorElement>(LINK_SELECTOR);
}
