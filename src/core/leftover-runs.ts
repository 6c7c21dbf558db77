/**
 * Which nodes, from a call link on, an earlier copy of the content script inserted. Firefox replaces the content
 * script of open pages when the extension is updated, and the links the old copy made stay in the page without
 * the bookkeeping that said which nodes were its own (see src/content/lifecycle.ts). When it linked a number in
 * a page's text node, it inserted after that node: the link, the text after the number when there was any (the
 * link is then marked as having a tail), and the same again for each further number in that text node. So a run
 * is: links, each marked one followed by one text node; anything else ends it and is the page's.
 */
export type SiblingKind = 'link' | 'link-with-tail' | 'text' | 'other';

/** How many of `siblings` (a leftover link and the nodes after it, in order) belong to the link's run. */
export function leftoverRunLength(siblings: Iterable<SiblingKind>): number {
  let length = 0;
  let tailNext = false;
  for (const kind of siblings) {
    if (tailNext) {
      // A marked link whose tail is gone (not text) ends the run: what follows is the page's.
      if (kind !== 'text') break;
      tailNext = false;
    } else if (kind === 'link' || kind === 'link-with-tail') {
      tailNext = kind === 'link-with-tail';
    } else {
      break;
    }
    length++;
  }
  return length;
}
