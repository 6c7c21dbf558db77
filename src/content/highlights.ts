import type { Dialable } from '../core/dialable';
import type { PhoneMatch } from '../core/find-phones';
import { MarkWindow } from './highlight-window';
import { MarkHolders } from './mark-holders';
import { dialableOfMatch, targetKey } from './link-element';
import type { Segment } from './segments';

/** The name our highlight has in the document's `CSS.highlights`; links.css styles `::highlight(c2z-number)`. */
export const HIGHLIGHT_NAME = 'c2z-number';

/** What a hit test finds: what the mark dials, its range, and the element holding its text. */
type Hit = { readonly target: Dialable; readonly range: Range; readonly element: Element };

/** A number shown as a highlight: a range over the page's own text, never a change to its DOM. */
interface MarkedNumber {
  readonly range: Range;
  /** The text nodes the range covers (a number split across inline elements covers several). */
  readonly nodes: readonly Text[];
  /** The number's text as found: a range that no longer holds it is stale and dials nothing. */
  readonly text: string;
  readonly target: Dialable;
  /** What it dials, as a string (targetKey): the badge counts these once each. */
  readonly key: string;
  /** The marks of its table, of which only those near the viewport are painted. */
  readonly window: MarkWindow<MarkedNumber>;
  /** The elements holding its text (links.css paints marks only in elements given MARKS_ATTR: mark-holders.ts). */
  readonly holders: readonly Element[];
  dead: boolean;
}

/** Where `offset` of the segment's text falls: the node and the offset in it (an end is kept in the node before). */
function pointAt(segment: Segment, offset: number, end: boolean): [Text, number] {
  let i = segment.nodes.length - 1;
  while (i > 0 && ((segment.starts[i] ?? 0) > offset || (end && (segment.starts[i] ?? 0) === offset))) i--;
  return [segment.nodes[i] as Text, offset - (segment.starts[i] ?? 0)];
}

/**
 * Numbers marked with the CSS Custom Highlight API instead of wrapped in links: used where any DOM change
 * costs the page a long layout (a table of thousands of rows, see link-queue.ts). The page's text stays exactly
 * as it was (MARKS_ATTR aside: mark-holders.ts); the numbers get a light tint (`::highlight`, links.css), and the
 * user's clicks on them are hit-tested against the ranges kept here (highlight-events.ts). What a mark dials comes
 * from this map only: the page can reach the registry, but a range it adds, moves or empties dials nothing.
 * Only the marks near the viewport are in the highlight (highlight-window.ts); scrolling and resizing move
 * that window, once a frame.
 */
export class NumberHighlights {
  readonly #byNode = new Map<Text, MarkedNumber[]>();
  readonly #windows = new Map<Element, MarkWindow<MarkedNumber>>();
  readonly #highlight: Highlight;
  readonly #holders = new MarkHolders();
  readonly #listeners: (() => void)[] = [];
  /** How many live marks dial each key, kept as marks come and go so the badge never walks them all. */
  readonly #keys = new Map<string, number>();
  #count = 0;
  #frame: number | undefined;
  #watching: AbortController | undefined;

  private constructor(private readonly doc: Document) {
    this.#highlight = new Highlight();
  }

  /** The document's highlights, or undefined where the browser has no Custom Highlight API. */
  static for(doc: Document): NumberHighlights | undefined {
    const supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS &&
      typeof doc.caretPositionFromPoint === 'function';
    return supported ? new NumberHighlights(doc) : undefined;
  }

  /** How many numbers are marked (painted or not). */
  get size(): number {
    return this.#count;
  }

  /** How many different numbers are marked: what `targets()` holds once each, by targetKey. */
  get keyCount(): number {
    return this.#keys.size;
  }

  /** Whether a live mark dials the number with this targetKey. */
  hasKey(key: string): boolean {
    return this.#keys.has(key);
  }

  /** Calls `listener` whenever numbers are marked or forgotten (the badge count follows). */
  onChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  /**
   * Marks the matches of a segment in `table`; replaces marks already on its nodes. `paintNow` for content the
   * page just added or changed (see MarkWindow.add); other marks are painted at the next frame if near the viewport.
   */
  mark(segment: Segment, matches: readonly PhoneMatch[], table: Element, paintNow: boolean): void {
    this.#forgetNodes(segment.nodes);
    let window = this.#windows.get(table);
    if (!window) this.#windows.set(table, (window = new MarkWindow(this.#highlight, this.#holders)));
    for (const match of matches) {
      const range = this.doc.createRange();
      const [startNode, startOffset] = pointAt(segment, match.start, false);
      const [endNode, endOffset] = pointAt(segment, match.end, true);
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      const nodes = segment.nodes.slice(segment.nodes.indexOf(startNode), segment.nodes.indexOf(endNode) + 1);
      const target = dialableOfMatch(match);
      const key = targetKey(target);
      const holders = this.#holders.elementsOf(nodes);
      const mark: MarkedNumber = { range, nodes, text: segment.text.slice(match.start, match.end), target, key, window, holders, dead: false };
      this.#keys.set(key, (this.#keys.get(key) ?? 0) + 1);
      for (const node of nodes) {
        const marks = this.#byNode.get(node);
        if (marks) marks.push(mark);
        else this.#byNode.set(node, [mark]);
      }
      window.add(mark, paintNow);
      this.#count++;
    }
    // A mark painted now must show now; the others are registered with the next frame's window (#moveWindows).
    if (paintNow) this.#register();
    this.#changed();
  }

  /**
   * Forgets the marks on these text nodes: ones the page rewrote (their ranges collapsed; the text is read
   * again), or ones about to be wrapped in links instead.
   */
  forget(nodes: readonly Text[]): void {
    if (this.#byNode.size > 0 && this.#forgetNodes(nodes)) this.#changed();
  }

  /** Forgets the marks inside nodes the page removed: their ranges now point at whatever is left around them. */
  forgetRemoved(nodes: NodeList): void {
    if (this.#byNode.size === 0) return;
    let forgot = false;
    nodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        forgot = this.#forgetNodes([node as Text]) || forgot;
        return;
      }
      if (!(node instanceof Element) || !node.firstChild) return;
      const walker = this.doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (this.#byNode.has(text as Text)) forgot = this.#forgetNodes([text as Text]) || forgot;
      }
    });
    if (forgot) this.#changed();
  }

  /** Forgets every mark and takes our highlight out of the document (linking off, a relink, the script stopping). */
  clear(): void {
    this.#byNode.clear();
    this.#dropWindows();
    this.#keys.clear();
    this.#count = 0;
    this.#highlight.clear();
    this.#watching?.abort();
    this.#watching = undefined;
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    if (CSS.highlights.get(HIGHLIGHT_NAME) === this.#highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    this.#changed();
  }

  /** What each marked number dials, in document order within each table. */
  targets(): Dialable[] {
    const targets: Dialable[] = [];
    for (const window of this.#windows.values()) for (const mark of window.live()) targets.push(mark.target);
    return targets;
  }

  /**
   * The marked number drawn at a point of the viewport, if any: the caret position there must fall inside a
   * painted mark, whose range still holds the number's text, in our registered highlight, and drawn over the
   * point (a caret position is the nearest one, also for a point beside the text).
   */
  at(x: number, y: number): Hit | undefined {
    if (this.#count === 0) return undefined;
    // The painted run follows the layout now (the page may have scrolled, or moved the table without scrolling):
    // what is hit is what is shown.
    this.#moveWindows();
    if (CSS.highlights.get(HIGHLIGHT_NAME) !== this.#highlight) return undefined;
    const caret = this.doc.caretPositionFromPoint(x, y);
    const node = caret?.offsetNode;
    if (node?.nodeType === Node.TEXT_NODE) {
      const hit = this.#hitIn(node as Text, x, y, caret?.offset);
      if (hit) return hit;
    }
    // No caret in marked text (Chromium finds none over `user-select: none` text): the element there, and the
    // marked text directly in it.
    for (const child of this.doc.elementFromPoint(x, y)?.childNodes ?? []) {
      const hit = child.nodeType === Node.TEXT_NODE ? this.#hitIn(child as Text, x, y, undefined) : undefined;
      if (hit) return hit;
    }
    return undefined;
  }

  /**
   * After the page changed its DOM: rows may have moved without a scroll (content above the table, row heights),
   * so the painted run is checked in the next frame (two boxes read per table when it still covers the viewport).
   */
  layoutChanged(): void {
    this.#scheduleWindows();
  }

  /** The painted mark on `node` drawn at the point (and holding the caret offset there, when there is one). */
  #hitIn(node: Text, x: number, y: number, offset: number | undefined): Hit | undefined {
    for (const mark of this.#byNode.get(node) ?? []) {
      const { range } = mark;
      // Painted: in our highlight (the page can take ranges out of it, not put ours in).
      if (!this.#highlight.has(range)) continue;
      if (offset !== undefined && !range.isPointInRange(node, offset)) continue;
      if (range.startContainer !== mark.nodes[0] || range.endContainer !== mark.nodes.at(-1) || range.toString() !== mark.text) continue;
      for (const rect of range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          const element = (mark.nodes[0] as Text).parentElement;
          return element ? { target: mark.target, range, element } : undefined;
        }
      }
    }
    return undefined;
  }

  /** Forgets the marks touching `nodes` (all of each mark, also on its other nodes); true if there were any. */
  #forgetNodes(nodes: readonly Text[]): boolean {
    let forgot = false;
    for (const node of nodes) {
      const marks = this.#byNode.get(node);
      if (!marks) continue;
      forgot = true;
      for (const mark of marks) {
        mark.window.forget(mark);
        this.#count--;
        const left = (this.#keys.get(mark.key) ?? 1) - 1;
        if (left > 0) this.#keys.set(mark.key, left);
        else this.#keys.delete(mark.key);
        for (const other of mark.nodes) {
          if (other === node) continue;
          const rest = this.#byNode.get(other)?.filter((m) => m !== mark);
          if (rest && rest.length > 0) this.#byNode.set(other, rest);
          else this.#byNode.delete(other);
        }
      }
      this.#byNode.delete(node);
    }
    return forgot;
  }

  #changed(): void {
    if (this.#count === 0) {
      // The last mark went (the table left the page): nothing of it is kept, nothing is watched.
      this.#dropWindows();
      this.#watching?.abort();
      this.#watching = undefined;
    }
    this.#scheduleWindows();
    for (const listener of this.#listeners) listener();
  }

  /** Moves each table's painted window to the viewport in the next frame (once per frame, however often asked). */
  #scheduleWindows(): void {
    // Asked on every change the page makes (a ticker's 60 writes a second): the free checks first, before the
    // window is read (in Firefox a content script's DOM read crosses a wrapper).
    if (this.#frame !== undefined || this.#count === 0) return;
    const view = this.doc.defaultView;
    if (!view) return;
    if (!this.#watching) {
      this.#watching = new AbortController();
      const options = { capture: true, passive: true, signal: this.#watching.signal };
      // Scrolling anywhere (the page, or a box the table is in) and resizing move what is near the viewport.
      this.doc.addEventListener('scroll', () => this.#scheduleWindows(), options);
      view.addEventListener('resize', () => this.#scheduleWindows(), options);
    }
    this.#frame = requestAnimationFrame(() => this.#moveWindows());
  }

  #moveWindows(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    const height = this.doc.defaultView?.innerHeight ?? 0;
    for (const [table, window] of this.#windows) {
      if (window.empty) this.#windows.delete(table);
      else window.update(height);
    }
    if (this.#highlight.size > 0) this.#register();
  }

  #dropWindows(): void {
    this.#windows.clear();
    this.#holders.clear();
  }

  /** Registers our highlight under its name: with the first mark, and again if the page took it out. */
  #register(): void {
    if (CSS.highlights.get(HIGHLIGHT_NAME) !== this.#highlight) CSS.highlights.set(HIGHLIGHT_NAME, this.#highlight);
  }
}
