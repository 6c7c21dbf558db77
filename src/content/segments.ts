import { mayContainPhone, type PhoneMatch } from '../core/find-phones';
import type { Screen } from './screen';
import { shadowRootOf } from './shadow-roots';
import { INLINE_TAGS } from './inline-tags';
import { LINK_CLASS } from './link-markup';
import { isInSkipZone, isSkippedElement, isSkippedNamed, mayHoldEditable } from './skip-zones';

/**
 * A run of text nodes that reads as one piece of text: consecutive text inside inline elements, with no block
 * boundary, line break, skip zone or link in between. `(212)` in a <span> followed by ` 555-0100` is one
 * segment, so a number split across inline elements is found whole.
 */
export interface Segment {
  readonly nodes: readonly Text[];
  /** The nodes' text joined. */
  readonly text: string;
  /** Offset of each node's first character in `text`. */
  readonly starts: readonly number[];
  /** The nodes that are already inside one of our links: read as context, never linked again. */
  readonly linked?: ReadonlySet<Text>;
  /** Its numbers, as the screen found them (screen.ts): the text is not read again. */
  readonly known?: readonly PhoneMatch[];
}


export function isInlineElement(element: Element): boolean {
  return walkKind(element) === 'inline';
}

/** An element whose text flows with the text around it: inline, or one of our links. */
export function flowsWithText(element: Element): boolean {
  const kind = walkKind(element);
  return kind === 'inline' || kind === 'ours';
}

/** The nearest ancestor that is not inline: the block whose text a node is part of. */
export function blockOf(node: Node): Node {
  let current: Node = node;
  for (let parent = current.parentNode; parent; parent = parent.parentNode) {
    // nodeType, not instanceof: in Firefox a content script's instanceof on a page node is a slow wrapper check.
    if (current.nodeType !== ELEMENT_NODE || isInlineElement(current as Element)) current = parent;
    else break;
  }
  return current;
}

/**
 * How the walk treats an element: read through (one of our links, an inline element), never entered (a skip
 * zone), a line break, a block that ends the segment, or a shadow host. One read of the tag name: this runs on
 * every element of every page, going down and again coming back up.
 *
 * A host's own children are shown where its shadow tree puts their slots, each slot in a block of its own for all
 * we know: so a host is a block, and among its children a change of slot ends the segment (its shadow root is
 * walked on its own).
 */
type WalkKind = 'ours' | 'skip' | 'break' | 'inline' | 'block' | 'host';

function walkKind(element: Element, mayBeEditable = true): WalkKind {
  const tagName = element.tagName;
  const tag = tagName.toUpperCase();
  if (tag === 'A' && element.classList.contains(LINK_CLASS)) return 'ours';
  if (isSkippedNamed(element, tagName, tag, mayBeEditable)) return 'skip';
  if (tag === 'BR') return 'break';
  if (shadowRootOf(element, tagName)) return 'host';
  return INLINE_TAGS.has(tag) ? 'inline' : 'block';
}

/** The slot a host's child is shown in: by name, or the default slot (text and unnamed elements). */
function slotOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? ((node as Element).getAttribute('slot') ?? '') : '';
}

function makeSegment(nodes: Text[], linked: Set<Text> | undefined, screen: Screen | undefined): Segment | undefined {
  let text = '';
  let starts: number[];
  if (nodes.length === 1) {
    text = (nodes[0] as Text).data;
    starts = [0];
  } else {
    starts = [];
    for (const node of nodes) {
      starts.push(text.length);
      text += node.data;
    }
  }
  // A segment holding our links is always read: they may no longer make a number (linkify.ts, reconcile).
  if (!linked && !mayContainPhone(text)) return undefined;
  const known = screen?.known.get(text);
  const segment = linked ? { nodes, text, starts, linked } : { nodes, text, starts };
  return known ? { ...segment, known } : segment;
}

/** How many nodes the walk visits between checks of the time budget. */
const CHECKPOINT_NODES = 256;
const MAX_RESTARTS = 3;

// nodeType values, compared as numbers: reading `Node.TEXT_NODE` is one more property load per node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Walks `root` in document order and yields each segment that may hold a phone number. Skip zones and their
 * subtrees are never entered. Yields `null` every few hundred nodes so the caller can stop for the time budget;
 * the walk resumes where it paused. Open shadow roots met on the way are reported, not entered (each root is
 * walked and observed on its own); the shadow root of a skipped element (an editable host) is not reported.
 * Blocks a screen of the root found no number in (screen.ts) are not entered either.
 *
 * Each element's kind is read once, going down: the walk keeps the elements it is inside (and their kinds) on a
 * stack, and going back up reads them from there, not from the DOM. After a pause the stack is checked against
 * the page (the page may have moved or removed the part we were in): the caller resumes with `next(false)` when
 * nothing else ran since the last yield (the same slice of work), which spares that check.
 */
export function* segmentsIn(root: Node, onShadowRoot: (root: ShadowRoot) => void, screen?: Screen): Generator<Segment | null, void, boolean | undefined> {
  let pending: Text[] = [];
  // Made only for a segment that reads through one of our links (most never do).
  let linked: Set<Text> | undefined;
  // The segment the pending nodes make, if it may hold a number; called at every block boundary, so it is a plain
  // function (a nested generator would be one more object per boundary).
  function take(): Segment | undefined {
    if (pending.length === 0) return undefined;
    const segment = makeSegment(pending, linked, screen);
    // A segment keeps its array of nodes; most blocks make none (no digits), and their array is used again.
    if (segment) pending = [];
    else pending.length = 0;
    linked = undefined;
    return segment;
  }

  // The root itself may be in (or be) a skip zone: a <pre> under the viewport, a <code> the page appended.
  const rootElement = root instanceof Element ? root : null;
  if (isInSkipZone(root) || (rootElement && isSkippedElement(rootElement))) return;
  if (root.nodeType === TEXT_NODE) {
    pending.push(root as Text);
    const segment = take();
    if (segment) yield segment;
    return;
  }
  // Read once per walk, natively: most pages have no editable content, and then no element's attribute is read.
  const editable = mayHoldEditable(root);
  const kindOf = (element: Element) => walkKind(element, editable);
  const rootKind: WalkKind = rootElement ? walkKind(rootElement) : 'block';
  const rootShadow = rootKind === 'host' && rootElement ? shadowRootOf(rootElement) : null;
  if (rootShadow) onShadowRoot(rootShadow);
  // The elements between the root and the current node, outermost first, and their kinds.
  const parents: Element[] = [];
  const kinds: WalkKind[] = [];
  let visited = 0;
  let restarts = 0;
  // The screen found no number from this node on, under its parent.
  let onward = false;
  let node: Node | null = root.firstChild;
  // After a pause, where the page may have run: the stack made to match where `at` is now (the page may have
  // moved it). False when `at` is no longer under the root.
  const regain = (at: Node): boolean => {
    if (at.parentNode === (parents.length > 0 ? parents[parents.length - 1] : root)) return true;
    const chain: Element[] = [];
    for (let parent = at.parentNode; parent !== root; parent = parent.parentNode) {
      if (!(parent instanceof Element)) return false;
      chain.unshift(parent);
    }
    parents.splice(0, parents.length, ...chain);
    kinds.splice(0, kinds.length, ...chain.map(kindOf));
    return true;
  };
  // The part we were in left the root (removed or moved elsewhere): walk the root again (linking is idempotent), a
  // few times at most, so a page that keeps churning cannot keep us walking.
  const restart = (): boolean => {
    if (!root.isConnected || ++restarts > MAX_RESTARTS) return false;
    pending = [];
    linked = undefined;
    onward = false;
    parents.length = 0;
    kinds.length = 0;
    node = root.firstChild;
    return node !== null;
  };
  while (node) {
    if (++visited % CHECKPOINT_NODES === 0) {
      if ((yield null) !== false && !regain(node)) {
        if (!restart()) return;
        continue;
      }
    }
    let kind: WalkKind | undefined;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      pending.push(node as Text);
      if ((kinds.length > 0 ? kinds[kinds.length - 1] : rootKind) === 'ours') (linked ??= new Set()).add(node as Text);
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      kind = kindOf(element);
      let segment: Segment | undefined;
      if (kind === 'skip' || kind === 'break') {
        kind = undefined;
        segment = take();
      } else if (kind === 'host') {
        // A skipped host's shadow root is skipped with it, as when the host itself is the root walked (above).
        const shadow = shadowRootOf(element);
        if (shadow) onShadowRoot(shadow);
        segment = take();
      } else if (kind === 'block') {
        segment = take();
        // The screen found no number in it (or from it on): not entered.
        if (screen?.clean.has(element)) kind = undefined;
        else if (screen?.cleanOnward.has(element)) {
          kind = undefined;
          onward = true;
        }
      }
      if (segment) {
        if ((yield segment) !== false && !regain(element)) {
          if (!restart()) return;
          continue;
        }
      }
    }
    // Down into an element we read through; a skipped one, a text or a comment has nothing for us below it.
    const child = kind === undefined ? null : node.firstChild;
    if (child) {
      parents.push(node as Element);
      kinds.push(kind as WalkKind);
      node = child;
      continue;
    }
    // Next in document order, closing the segment when we leave a block or, among a host's children, a slot.
    let next = onward ? null : node.nextSibling;
    onward = false;
    let lost = false;
    while (!next) {
      if (parents.length === 0) {
        // The root's last child: the walk is done, unless the page moved this node deeper under the root.
        if (node.parentNode === root) break;
        if (!regain(node)) {
          lost = true;
          break;
        }
      }
      node = parents.pop() as Element;
      const left = kinds.pop();
      const segment = left !== 'inline' && left !== 'ours' ? take() : undefined;
      if (segment && (yield segment) !== false && !regain(node)) {
        lost = true;
        break;
      }
      next = node.nextSibling;
    }
    if (!lost && next && (kinds.length > 0 ? kinds[kinds.length - 1] : rootKind) === 'host' && slotOf(node) !== slotOf(next)) {
      const segment = take();
      if (segment && (yield segment) !== false && !regain(next)) lost = true;
    }
    if (!lost) node = next;
    else if (!restart()) return;
  }
  const last = take();
  if (last) yield last;
}
