import type { Dialable } from '../core/dialable';
import { findPhones, type PhoneMatch, STRONGEST_PHONE_LABEL } from '../core/find-phones';
import type { Region } from '../core/region';
import type { Settings } from '../core/settings';
import { labelsCellTag } from './label-cells';
import { createCallLink, dialableOf } from './link-element';
import type { LinkGroups, NumberUnit } from './link-groups';
import { TAIL_MARK } from './link-markup';
import type { ScreenFind } from './screen';
import type { Segment } from './segments';

export interface LinkContext {
  readonly region: () => Region;
  readonly settings: () => Settings;
  /** A link's title ("Call … with Zoom"), made when the pointer or focus first reaches the link (link-titles.ts). */
  readonly label: (target: Dialable) => string;
}

/** The part of one text node that belongs to a matched number. */
interface Piece {
  readonly from: number;
  readonly to: number;
  /** The node's length: a piece ending before it leaves a tail of text after its link. */
  readonly length: number;
  /** The piece's text (the node's from `from` to `to`). */
  readonly text: string;
  readonly match: PhoneMatch;
  /** False for the second and later pieces of a number split across elements. */
  readonly first: boolean;
  /** The whole number as the page shows it, on the first piece of a number split across elements. */
  readonly shown?: string;
}

/** The pieces of each node; read from the segment's text, which the caller has checked the nodes still hold. */
function piecesByNode(segment: Segment, matches: readonly PhoneMatch[]): Map<Text, Piece[]> {
  const byNode = new Map<Text, Piece[]>();
  const { nodes, starts, text } = segment;
  for (const match of matches) {
    let first = true;
    nodes.forEach((node, i) => {
      const nodeStart = starts[i] ?? 0;
      const length = (starts[i + 1] ?? text.length) - nodeStart;
      const from = Math.max(match.start, nodeStart) - nodeStart;
      const to = Math.min(match.end, nodeStart + length) - nodeStart;
      if (to <= from) return;
      const pieces = byNode.get(node) ?? [];
      const split = first && to - from < match.end - match.start;
      const piece = { from, to, length, text: text.slice(nodeStart + from, nodeStart + to), match, first };
      pieces.push(split ? { ...piece, shown: text.slice(match.start, match.end) } : piece);
      byNode.set(node, pieces);
      first = false;
    });
  }
  return byNode;
}

/**
 * Wraps pieces of one text node in call links. The node itself stays in place holding the text before the first
 * piece (see link-groups.ts); the links and the text between and after them are inserted after it.
 */
function wrapPieces(node: Text, pieces: readonly Piece[], settings: Settings, groups: LinkGroups, unitFor: (match: PhoneMatch) => NumberUnit): void {
  const owner = groups.ownerOf(node) ?? node;
  const inserted: ChildNode[] = [];
  const doc = node.ownerDocument;
  for (const piece of pieces.toReversed()) {
    const tail = piece.to < piece.length;
    if (tail) inserted.push(node.splitText(piece.to));
    const link = createCallLink(doc, piece.match, settings);
    if (tail) link.setAttribute(TAIL_MARK, '');
    // One number, several links (it spans elements): only the first is a tab stop and is announced, by the
    // whole number it is part of.
    if (piece.shown !== undefined) link.setAttribute('aria-label', piece.shown);
    if (!piece.first) {
      link.tabIndex = -1;
      link.setAttribute('aria-hidden', 'true');
    }
    // The link gets its text before it joins the page, and the node gives that text up: two changes to the
    // page's tree per number, not three (each is a mutation record for every observer, and in Firefox a call
    // across the content script's wrapper).
    link.append(piece.text);
    node.deleteData(piece.from, piece.to - piece.from);
    node.after(link);
    groups.addToUnit(unitFor(piece.match), link);
    inserted.push(link);
  }
  groups.addToGroup(owner, inserted);
}

export { LABELLED_TAGS } from './label-cells';

/** labelsCellTag for two elements. */
export function labelsCell(previous: Element, cell: Element): boolean {
  return labelsCellTag(previous.tagName, cell.tagName);
}

/**
 * Text that labels a value from outside its block: the cell before a table cell, the term before a <dd>
 * ("Order number | 2125550100"). The core reads it only for ID labels.
 */
function labelBefore(segment: Segment): string {
  const cell = segment.nodes[0]?.parentElement?.closest('td, th, dd');
  const previous = cell?.previousElementSibling;
  if (!cell || !previous || !labelsCell(previous, cell)) return '';
  return (previous.textContent ?? '').slice(-60);
}

/** Numbers found in a segment, waiting to be wrapped. */
export interface FoundNumbers {
  readonly segment: Segment;
  readonly matches: readonly PhoneMatch[];
  /**
   * Our numbers in the segment that no longer read as the text reads now (a part changed, the text around them
   * changed what they are): released before anything else is linked there, and the block read again.
   */
  readonly stale?: readonly NumberUnit[];
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

/** Where each of our numbers in the segment sits in its text, and what it dials. */
interface UnitSpan {
  start: number;
  end: number;
  /** Its links whose text is in this segment. */
  readonly links: Set<Element>;
}

function unitsIn(segment: Segment, linked: ReadonlySet<Text>, groups: LinkGroups): Map<NumberUnit, UnitSpan> {
  const spans = new Map<NumberUnit, UnitSpan>();
  segment.nodes.forEach((node, i) => {
    const link = linked.has(node) ? node.parentElement : null;
    const unit = link ? groups.unitOf(link) : undefined;
    if (!link || !unit) return;
    const start = segment.starts[i] ?? 0;
    const end = start + node.data.length;
    const span = spans.get(unit);
    if (span) {
      span.end = end;
      span.links.add(link);
    } else spans.set(unit, { start, end, links: new Set([link]) });
  });
  return spans;
}

/**
 * The segment's numbers as its text reads now, against our links in it: a link stays only where the same number
 * is found over exactly its text, whole (every part of it in this segment). Any other is stale, and the block
 * is linked afresh once it is released.
 */
function reconcile(segment: Segment, all: readonly PhoneMatch[], groups: LinkGroups): FoundNumbers | undefined {
  // One character belongs to one link at most: a match overlapping the one before it is not a number of its own.
  let end = -1;
  const found = all.filter((match) => match.start >= end && ((end = match.end), true));
  const { linked } = segment;
  if (!linked) return found.length > 0 ? { segment, matches: found } : undefined;
  const stale: NumberUnit[] = [];
  for (const [unit, span] of unitsIn(segment, linked, groups)) {
    const target = dialableOf([...span.links][0] as HTMLAnchorElement);
    // Text the page put between two of its parts (a node inserted among them) would show unlinked inside it.
    const gap = segment.nodes.some((node, i) => {
      const start = segment.starts[i] ?? 0;
      return start > span.start && start < span.end && node.data !== '' && !(node.parentNode && unit.links.has(node.parentNode as Element));
    });
    const same = !gap && span.links.size === unit.links.size && target?.kind === 'e164' && found.some((match) =>
      match.start === span.start && match.end === span.end && match.e164 === target.e164 && (match.ext ?? '') === (target.ext ?? ''));
    if (!same) stale.push(unit);
  }
  if (stale.length > 0) return { segment, matches: [], stale };
  const matches = found.filter((match) => !touchesLinked(segment, match));
  return matches.length > 0 ? { segment, matches } : undefined;
}

/** Finds the numbers in a segment (no DOM change). */
export function findInSegment(segment: Segment, context: LinkContext, groups: LinkGroups): FoundNumbers | undefined {
  return reconcile(segment, segment.known ?? findPhones(segment.text, context.region(), { before: () => labelBefore(segment) }), groups);
}

/** The detector as a screen asks it (screen.ts): the label it gives, or the strongest one, and whether it was read. */
export function screenFind(context: LinkContext): ScreenFind {
  return (text, label) => {
    let readBefore = false;
    const matches = findPhones(text, context.region(), {
      before: () => {
        readBefore = true;
        return label() ?? STRONGEST_PHONE_LABEL;
      },
    });
    return { matches, readBefore };
  };
}

/** Text longer than this is read a chunk at a time: one chunk of digit-dense text fits well within a slice. */
export const CHUNK_CHARS = 32_768;
/** Context read on each side of a chunk, so a number across a chunk edge, and the words around it, are seen whole. */
const CHUNK_MARGIN = 256;

/**
 * Finds the numbers in a long segment a chunk at a time, yielding after each chunk so the caller can stop for
 * its time budget (a huge text node would otherwise be one long task). Each chunk is read with a margin
 * of context on both sides and keeps the matches that start inside it; the next chunk starts after the last
 * match kept, so no number is found twice or cut in two.
 */
export function* findInLongSegment(segment: Segment, context: LinkContext, groups: LinkGroups): Generator<undefined, FoundNumbers | undefined> {
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
      matches.push(moved);
      next = Math.max(next, moved.end);
    }
    from = next;
    if (from < text.length) yield undefined;
  }
  return reconcile(segment, matches, groups);
}

/**
 * Finding and wrapping run in different tasks, and the page may have changed the nodes meanwhile: every node
 * must still be in the page and hold the text the offsets refer to (a change is re-queued by the observer).
 */
export function stillHolds(segment: Segment): boolean {
  return segment.nodes.every((node) => node.isConnected) && segment.nodes.map((node) => node.data).join('') === segment.text;
}

/** Wraps found numbers in call links; returns how many were linked. */
export function wrapFound({ segment, matches }: FoundNumbers, context: LinkContext, groups: LinkGroups): number {
  if (!stillHolds(segment)) return 0;
  const settings = context.settings();
  const units = new Map<PhoneMatch, NumberUnit>();
  const unitFor = (match: PhoneMatch) => {
    let unit = units.get(match);
    if (!unit) units.set(match, (unit = { links: new Set() }));
    return unit;
  };
  for (const [node, pieces] of piecesByNode(segment, matches)) wrapPieces(node, pieces, settings, groups, unitFor);
  return matches.length;
}
