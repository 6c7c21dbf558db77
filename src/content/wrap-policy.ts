import type { BackOff } from './back-off';
import type { NumberHighlights } from './highlights';
import type { HydrationGate } from './hydration-gate';
import type { LinkGroups } from './link-groups';
import { type FoundNumbers, type LinkContext, stillHolds, wrapFound } from './linkify';
import { hugeTableOf } from './huge-tables';
import { blockOf } from './segments';

/** What deciding how to apply found numbers reads; the queue (link-queue.ts) decides when. */
export interface WrapPolicy {
  readonly context: LinkContext;
  readonly groups: LinkGroups;
  /** Blocks the page keeps undoing our links in: left alone for a while. */
  readonly backOff: BackOff;
  /** Where numbers in huge tables are marked instead of wrapped; undefined where the browser cannot highlight. */
  readonly marks: NumberHighlights | undefined;
  /** Says where the page may still hydrate its markup: numbers there are marked, not wrapped, for now. */
  readonly gate: HydrationGate | undefined;
  /** Reads a block again, promptly. */
  readonly requeue: (block: Node) => void;
}

/**
 * The block whose DOM `applyFound` would change to wrap these numbers now, if that is what it would do (not a
 * huge table's marks, a release or a hold): the numbers that may wait, far from the viewport, for the reader to
 * come near (parked-blocks.ts).
 */
export function blockToWrap(found: FoundNumbers, policy: WrapPolicy, tables: Map<Element, boolean>): Element | undefined {
  if (found.stale) return undefined;
  const block = blockOf(found.segment.nodes[0] as Text);
  return block instanceof Element && mayWait(block, policy, tables) ? block : undefined;
}

/** Whether numbers in `block` would be wrapped, not marked (a huge table, a page that may still hydrate): they may wait. */
export function mayWait(block: Element, policy: WrapPolicy, tables: Map<Element, boolean>): boolean {
  return !(policy.marks && hugeTableOf(block, tables)) && (!policy.gate || policy.gate.mayWrap(block));
}

/**
 * Applies one segment's found numbers: marks them in a huge table or where the page may still hydrate, releases
 * our links that no longer read as the text does, leaves a block the page keeps undoing, or wraps them. `tables`
 * caches the huge-table lookup for one batch; `prompt` when the page just added or changed the text (see
 * NumberHighlights.mark). 'changed' when the DOM was changed (it counts towards the batch's size).
 */
export function applyFound(found: FoundNumbers, policy: WrapPolicy, tables: Map<Element, boolean>, prompt: boolean): 'changed' | 'unchanged' {
  const { marks, gate, backOff } = policy;
  const first = found.segment.nodes[0] as Text;
  // In a huge table any DOM change costs a relayout of the whole table: mark the numbers there instead.
  const table = marks && hugeTableOf(first, tables);
  if (table) {
    if (stillHolds(found.segment)) marks.mark(found.segment, found.matches, table, prompt);
    return 'unchanged';
  }
  // Looked up once, when needed: it climbs the tree, and in Firefox each step crosses the content script's wrapper.
  let block: Node | undefined;
  const blockOfFirst = () => (block ??= blockOf(first));
  if (found.stale) {
    // Links that no longer read as the text does come out first; the block is then read afresh.
    if (stillHolds(found.segment)) policy.groups.releaseUnits(found.stale);
    policy.requeue(blockOfFirst());
    return 'changed';
  }
  if (gate && !gate.mayWrap(blockOfFirst())) {
    const container = first.ownerDocument.body ?? first.ownerDocument.documentElement;
    if (marks && container && stillHolds(found.segment)) marks.mark(found.segment, found.matches, container, prompt);
    return 'unchanged';
  }
  const now = performance.now();
  // A block the page keeps undoing our links in (back-off.ts) is left alone, however it was reached.
  if (backOff.isPaused(first, now)) return 'unchanged';
  marks?.forget(found.segment.nodes);
  if (wrapFound(found, policy.context, policy.groups) > 0) backOff.linked(blockOfFirst(), found.segment.text, now);
  return 'changed';
}
