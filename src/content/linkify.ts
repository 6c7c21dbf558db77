import { findPhones, type PhoneMatch } from '../core/find-phones';
import type { Region } from '../core/region';
import type { Settings } from '../core/settings';
import { createCallLink, prepareLabel } from './link-element';
import { addToGroup, ownerOf } from './link-groups';
import type { Segment } from './segments';

export interface LinkContext {
  readonly region: () => Region;
  readonly settings: () => Settings;
}

/** The part of one text node that belongs to a matched number. */
interface Piece {
  readonly from: number;
  readonly to: number;
  readonly match: PhoneMatch;
  /** False for the second and later pieces of a number split across elements. */
  readonly first: boolean;
}

function piecesByNode(segment: Segment, matches: readonly PhoneMatch[]): Map<Text, Piece[]> {
  const byNode = new Map<Text, Piece[]>();
  for (const match of matches) {
    let first = true;
    segment.nodes.forEach((node, i) => {
      const nodeStart = segment.starts[i] ?? 0;
      const from = Math.max(match.start, nodeStart) - nodeStart;
      const to = Math.min(match.end, nodeStart + node.data.length) - nodeStart;
      if (to <= from) return;
      const pieces = byNode.get(node) ?? [];
      pieces.push({ from, to, match, first });
      byNode.set(node, pieces);
      first = false;
    });
  }
  return byNode;
}

/**
 * Marks a call link followed by a text node we split off (the text after the number). The DOM then says which
 * nodes are ours even with our bookkeeping gone: an updated content script merges them back exactly
 * (lifecycle.ts), where the text node after an unmarked link is the page's.
 */
export const TAIL_MARK = 'data-c2z-tail';

/**
 * Wraps pieces of one text node in call links. The node itself stays in place holding the text before the first
 * piece (see link-groups.ts); the links and the text between and after them are inserted after it.
 */
function wrapPieces(node: Text, pieces: readonly Piece[], settings: Settings): void {
  const owner = ownerOf(node) ?? node;
  const inserted: ChildNode[] = [];
  for (const piece of pieces.toReversed()) {
    const tail = piece.to < node.data.length;
    if (tail) inserted.push(node.splitText(piece.to));
    const numberText = node.splitText(piece.from);
    const link = createCallLink(node.ownerDocument, piece.match, settings);
    if (tail) link.setAttribute(TAIL_MARK, '');
    if (!piece.first) {
      // One number, several links (it spans elements): only the first is a tab stop and is announced.
      link.tabIndex = -1;
      link.setAttribute('aria-hidden', 'true');
    }
    numberText.before(link);
    link.append(numberText);
    inserted.push(link);
  }
  addToGroup(owner, inserted);
}

/** Blocks whose label may be the element before them (labelBefore), and the blocks that may label the next one. */
export const LABELLED_TAGS: ReadonlySet<string> = new Set(['TD', 'TH', 'DD']);
export const LABELLING_TAGS: ReadonlySet<string> = new Set(['TD', 'TH', 'DT']);

/**
 * Text that labels a value from outside its block: the cell before a table cell, the term before a <dd>
 * ("Order number | 2125550100"). The core reads it only for ID labels.
 */
function labelBefore(segment: Segment): string {
  const cell = segment.nodes[0]?.parentElement?.closest('td, th, dd');
  const previous = cell?.previousElementSibling;
  if (!previous || (cell?.tagName === 'DD' && previous.tagName !== 'DT')) return '';
  return (previous.textContent ?? '').slice(-60);
}

/** Numbers found in a segment, waiting to be wrapped. */
export interface FoundNumbers {
  readonly segment: Segment;
  readonly matches: readonly PhoneMatch[];
}

/** A match touching text that is already in one of our links (read again as context): not linked twice. */
function touchesLinked(segment: Segment, match: PhoneMatch): boolean {
  const { linked } = segment;
  if (!linked) return false;
  return segment.nodes.some((node, i) => {
    const start = segment.starts[i] ?? 0;
    return linked.has(node) && start < match.end && start + node.data.length > match.start;
  });
}

/** Finds the numbers in a segment (no DOM change). */
export function findInSegment(segment: Segment, context: LinkContext): FoundNumbers | undefined {
  const found = findPhones(segment.text, context.region(), { before: () => labelBefore(segment) });
  const matches = segment.linked ? found.filter((match) => !touchesLinked(segment, match)) : found;
  if (matches.length === 0) return undefined;
  for (const match of matches) prepareLabel(match);
  return { segment, matches };
}

/** Text longer than this is read a chunk at a time (a chunk of digit-dense text takes ~2 ms here). */
export const CHUNK_CHARS = 32_768;
/** Context read on each side of a chunk, so a number across a chunk edge, and the words around it, are seen whole. */
const CHUNK_MARGIN = 256;

/**
 * Finds the numbers in a long segment a chunk at a time, yielding after each chunk so the caller can stop for
 * its time budget (a 10 MB text node would otherwise be one task of seconds). Each chunk is read with a margin
 * of context on both sides and keeps the matches that start inside it; the next chunk starts after the last
 * match kept, so no number is found twice or cut in two.
 */
export function* findInLongSegment(segment: Segment, context: LinkContext): Generator<undefined, FoundNumbers | undefined> {
  const { text } = segment;
  const matches: PhoneMatch[] = [];
  for (let from = 0; from < text.length;) {
    const to = Math.min(text.length, from + CHUNK_CHARS);
    const windowStart = Math.max(0, from - CHUNK_MARGIN);
    const before = from === 0 ? () => labelBefore(segment) : '';
    let next = to;
    for (const match of findPhones(text.slice(windowStart, to + CHUNK_MARGIN), context.region(), { before })) {
      const start = match.start + windowStart;
      if (start < from || start >= to) continue;
      const moved = { ...match, start, end: match.end + windowStart };
      if (touchesLinked(segment, moved)) continue;
      prepareLabel(moved);
      matches.push(moved);
      next = Math.max(next, moved.end);
    }
    from = next;
    if (from < text.length) yield undefined;
  }
  return matches.length > 0 ? { segment, matches } : undefined;
}

/**
 * Finding and wrapping run in different tasks, and the page may have changed the nodes meanwhile: every node
 * must still be in the page and hold the text the offsets refer to (a change is re-queued by the observer).
 */
export function stillHolds(segment: Segment): boolean {
  return segment.nodes.every((node) => node.isConnected) && segment.nodes.map((node) => node.data).join('') === segment.text;
}

/** Wraps found numbers in call links; returns how many were linked. */
export function wrapFound({ segment, matches }: FoundNumbers, context: LinkContext): number {
  if (!stillHolds(segment)) return 0;
  const settings = context.settings();
  for (const [node, pieces] of piecesByNode(segment, matches)) wrapPieces(node, pieces, settings);
  return matches.length;
}
