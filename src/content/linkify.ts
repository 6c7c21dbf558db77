import { findPhones, mayContainPhone } from '../core/find-phones';
import type { Region } from '../core/region';
import type { Settings } from '../core/settings';
import { createCallLink } from './link-element';
import { isInSkipZone, isSkippedElement } from './skip-zones';

export interface LinkContext {
  readonly region: Region;
  readonly settings: () => Settings;
}

/** The text nodes under `root` that may hold a number, skipping whole skip-zone subtrees. */
export function candidateTextNodes(root: Node): Text[] {
  if (root.nodeType === Node.TEXT_NODE) {
    return mayContainPhone((root as Text).data) && !isInSkipZone(root) ? [root as Text] : [];
  }
  if (!(root instanceof Element || root instanceof Document || root instanceof DocumentFragment)) return [];
  if (root instanceof Element && (isSkippedElement(root) || isInSkipZone(root))) return [];
  const doc = root instanceof Document ? root : root.ownerDocument;
  if (!doc || doc.designMode === 'on') return [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) {
        return mayContainPhone((node as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
      return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Wraps each number in one text node in a call link. The original node stays in place and keeps the text before
 * the first number, so a framework holding a reference to it still finds it in the document.
 * Returns the number of links made.
 */
export function linkifyTextNode(text: Text, context: LinkContext): number {
  if (!text.parentNode) return 0;
  const matches = findPhones(text.data, context.region);
  const settings = context.settings();
  // Last match first: splitting at later offsets leaves the earlier offsets valid.
  for (const match of matches.toReversed()) {
    text.splitText(match.end);
    const numberText = text.splitText(match.start);
    const link = createCallLink(text.ownerDocument, match, settings);
    numberText.before(link);
    link.append(numberText);
  }
  return matches.length;
}
