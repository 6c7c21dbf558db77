import { mayContainPhone } from '../core/find-phones';
import { isInSkipZone, isSkippedElement, isSkippedNamed, LINK_CLASS } from './skip-zones';

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
}

// Elements that flow inline by default; any other element (or an unknown/custom one) ends a segment.
const INLINE_TAGS = new Set([
  'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL', 'MARK', 'NOBR',
  'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

export function isInlineElement(element: Element): boolean {
  return walkKind(element) === 'inline';
}

/** The nearest ancestor that is not inline: the block whose text a node is part of. */
export function blockOf(node: Node): Node {
  let current: Node = node;
  for (let parent = current.parentNode; parent; parent = parent.parentNode) {
    if (!(current instanceof Element) || isInlineElement(current)) current = parent;
    else break;
  }
  return current;
}

/** One of our call links: read through like an inline element, so a rescan sees the text the first pass saw. */
function isOurLink(node: Node): boolean {
  return node instanceof Element && node.tagName === 'A' && node.classList.contains(LINK_CLASS);
}

/**
 * How the walk treats an element: read through (one of our links, an inline element), never entered (a skip
 * zone), a line break, or a block that ends the segment. One read of the tag name: this runs on every element of
 * every page, going down and again coming back up.
 */
type WalkKind = 'ours' | 'skip' | 'break' | 'inline' | 'block';

function walkKind(element: Element): WalkKind {
  const tag = element.tagName.toUpperCase();
  if (tag === 'A' && element.classList.contains(LINK_CLASS)) return 'ours';
  if (isSkippedNamed(element, tag)) return 'skip';
  if (tag === 'BR') return 'break';
  return INLINE_TAGS.has(tag) ? 'inline' : 'block';
}

function makeSegment(nodes: Text[], linked: Set<Text> | undefined): Segment | undefined {
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
  if (!mayContainPhone(text)) return undefined;
  return linked ? { nodes, text, starts, linked } : { nodes, text, starts };
}

/** How many nodes the walk visits between checks of the time budget. */
const CHECKPOINT_NODES = 256;
const MAX_RESTARTS = 3;

/**
 * Walks `root` in document order and yields each segment that may hold a phone number. Skip zones and their
 * subtrees are never entered. Yields `null` every few hundred nodes so the caller can stop for the time budget;
 * the walk resumes where it paused. Open shadow roots met on the way are reported, not entered (each root is
 * walked and observed on its own); the shadow root of a skipped element (an editable host) is not reported.
 */
export function* segmentsIn(root: Node, onShadowRoot: (root: ShadowRoot) => void): Generator<Segment | null> {
  let pending: Text[] = [];
  // Made only for a segment that reads through one of our links (most never do).
  let linked: Set<Text> | undefined;
  // The segment the pending nodes make, if it may hold a number; called at every block boundary, so it is a plain
  // function (a nested generator would be one more object per boundary).
  function take(): Segment | undefined {
    if (pending.length === 0) return undefined;
    const segment = makeSegment(pending, linked);
    pending = [];
    linked = undefined;
    return segment;
  }

  // The root itself may be in (or be) a skip zone: a <pre> under the viewport, a <code> the page appended.
  if (isInSkipZone(root) || (root instanceof Element && isSkippedElement(root))) return;
  if (root.nodeType === Node.TEXT_NODE) {
    pending.push(root as Text);
    const segment = take();
    if (segment) yield segment;
    return;
  }
  if (root instanceof Element && root.shadowRoot) onShadowRoot(root.shadowRoot);
  let visited = 0;
  let restarts = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited % CHECKPOINT_NODES === 0) {
      yield null;
      // The page removed the part we were in while we paused: walk the root again (linking is idempotent),
      // a few times at most, so a page that keeps churning cannot keep us walking.
      if (!node.isConnected) {
        if (!root.isConnected || ++restarts > MAX_RESTARTS) return;
        pending = [];
        node = root.firstChild;
        if (!node) return;
      }
    }
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      pending.push(node as Text);
      if (node.parentNode && isOurLink(node.parentNode)) (linked ??= new Set()).add(node as Text);
    } else if (node instanceof Element) {
      const kind = walkKind(node);
      if (kind === 'ours') {
        descend = node.firstChild !== null;
      } else if (kind === 'skip' || kind === 'break') {
        const segment = take();
        if (segment) yield segment;
      } else {
        // A skipped host's shadow root is skipped with it, as when the host itself is the root walked (above).
        if (node.shadowRoot) onShadowRoot(node.shadowRoot);
        const segment = kind === 'block' ? take() : undefined;
        if (segment) yield segment;
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next in document order, closing the segment when we leave a block.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node instanceof Element) {
        const kind = walkKind(node);
        const segment = kind !== 'inline' && kind !== 'ours' ? take() : undefined;
        if (segment) yield segment;
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  const last = take();
  if (last) yield last;
}
