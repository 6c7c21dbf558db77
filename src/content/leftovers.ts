import { leftoverRunLength, type SiblingKind } from '../core/leftover-runs';
import type { LinkGroups } from './link-groups';
import { callLinksIn, LINK_SELECTOR, TAIL_MARK } from './link-markup';

/*
 * Repair of what an earlier copy of this script left in the page. Firefox destroys a content script's sandbox
 * when the extension is updated and injects the new version into open pages (lifecycle.ts): the old copy's links
 * are still there, with no bookkeeping behind them.
 */

function* kindsFrom(node: ChildNode, isLeftover: (node: Node) => node is HTMLAnchorElement): Generator<SiblingKind> {
  for (let next: ChildNode | null = node; next; next = next.nextSibling) {
    if (isLeftover(next)) yield next.hasAttribute(TAIL_MARK) ? 'link-with-tail' : 'link';
    else yield next.nodeType === Node.TEXT_NODE ? 'text' : 'other';
  }
}

/**
 * Puts back the page's text under call links that an earlier copy of this script made (Firefox, after an
 * update), so this copy links it afresh with its own bookkeeping: repairs, settings changes and turning linking
 * off then work for those numbers again. Each run of the old copy's nodes (leftover-runs.ts) is merged into the
 * page's text node before it, which the page (or its framework) still holds and expects to carry its whole text.
 * Returns how many links were released.
 */
export function releaseLeftovers(root: ParentNode, groups: LinkGroups): number {
  const isLeftover = (node: Node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && groups.ownerOf(node) === undefined && node.matches(LINK_SELECTOR);
  let released = 0;
  for (const link of callLinksIn(root)) {
    // Skips ours, and links already merged with an earlier link's run (no longer in the page).
    if (!link.parentNode || !isLeftover(link)) continue;
    const run: ChildNode[] = [];
    let node: ChildNode | null = link;
    for (let left = leftoverRunLength(kindsFrom(link, isLeftover)); left > 0 && node; left--, node = node.nextSibling) run.push(node);
    const text = run.map((each) => each.textContent ?? '').join('');
    const owner = link.previousSibling;
    if (owner?.nodeType === Node.TEXT_NODE) (owner as Text).appendData(text);
    else link.before(text); // the page took its text node away meanwhile: the text, at least, stays
    for (const each of run) each.remove();
    released += run.filter(isLeftover).length;
  }
  return released;
}
