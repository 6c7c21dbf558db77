import type { MarkHolders } from './mark-holders';

/** What the window needs of a mark: its range, the elements holding its text, and whether it has been forgotten. */
export interface Windowed {
  readonly range: Range;
  readonly holders: readonly Element[];
  dead: boolean;
}

/** At most this many marks are painted at once, whatever the layout (rows hidden with display: none read as 0×0). */
const MAX_SHOWN = 1000;
/** The painted run reaches this many screens above and below the viewport… */
const REACH_SCREENS = 2;
/** …and is moved only when the viewport comes within this many screens of its ends. */
const SLACK_SCREENS = 0.5;

/**
 * The marks of one huge table, in document order, and the run of them painted: the viewport and up to two screens
 * on each side. Only that run is in the document's highlight, because Chromium re-validates every range of every
 * highlight on any change to one (measured here per change: 1,000 ranges 11 ms, 5,000 25 ms, 20,000 90 ms), and
 * each change repaints the page (5–8 ms on the 20,000-row table for our tint); an IntersectionObserver on 20,000
 * cells cost 80–100 ms a frame while scrolling. So the run moves only when scrolling brings the viewport within half a screen of its
 * ends, not on every frame. In a table, rows follow document order down the page, so the run is found by binary
 * search on a few ranges' boxes.
 */
export class MarkWindow<M extends Windowed> {
  #marks: M[] = [];
  #dead = 0;
  #shown = new Set<M>();
  /** The painted run, as indices into #marks; stale once marks were added or forgotten. */
  #from = 0;
  #to = 0;
  #stale = true;

  /** `holders` gives links.css's attribute to what holds the painted marks (mark-holders.ts). */
  constructor(private readonly highlight: Highlight, private readonly holders: MarkHolders) {}

  /**
   * Adds a mark in document order (appended rows go last, at once; others by binary search). With `paintNow`
   * (content the page just added, whose rendering the page pays for anyway) it is painted at once, as a link
   * would be, until the next update (in the same frame, before rendering) keeps it or not. Otherwise the next
   * update paints it if it is near the viewport: any change to a highlight costs the page a repaint (5–8 ms on a
   * 20,000-row table with our tint), so marks found off screen change nothing.
   */
  add(mark: M, paintNow: boolean): void {
    if (paintNow) {
      this.#stale = true;
      this.#shown.add(mark);
      this.#paint(mark);
    }
    const marks = this.#marks;
    const last = marks.at(-1);
    if (!last || before(last, mark)) {
      // A mark after all the others leaves the painted run's indices as they were: the next update only checks
      // that the run still covers the viewport (#covers sees a run that reached the old end), instead of
      // searching the whole list again in every frame of a first scan that marks a huge table top to bottom.
      marks.push(mark);
      return;
    }
    this.#stale = true;
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(marks[mid] as M, mark)) lo = mid + 1;
      else hi = mid;
    }
    marks.splice(lo, 0, mark);
  }

  /** Takes a forgotten mark out of the highlight; the list drops it at the next update. */
  forget(mark: M): void {
    this.#stale = true;
    mark.dead = true;
    this.#dead++;
    if (this.#shown.delete(mark)) this.#unpaint(mark);
  }

  /** Live marks in document order. */
  *live(): Generator<M> {
    for (const mark of this.#marks) if (!mark.dead) yield mark;
  }

  get empty(): boolean {
    return this.#marks.length === this.#dead;
  }

  /**
   * Puts in the highlight the marks near the viewport and takes out the others, unless the painted run still
   * covers the viewport with half a screen to spare on each side and no mark came or went.
   */
  update(viewHeight: number): void {
    if (this.#dead > 0) {
      this.#marks = this.#marks.filter((mark) => !mark.dead);
      this.#dead = 0;
    }
    const marks = this.#marks;
    if (!this.#stale && this.#covers(viewHeight)) return;
    this.#stale = false;
    const reach = REACH_SCREENS * viewHeight;
    const from = firstIndex(marks, (i) => boxAt(marks, i).bottom >= -reach);
    const to = Math.max(from, firstIndex(marks, (i) => boxAt(marks, i).top > viewHeight + reach));
    if (to - from <= MAX_SHOWN) {
      this.#from = from;
      this.#to = to;
    } else {
      // Too many to paint them all: the viewport's own first, then as many above as below.
      const inView = firstIndex(marks, (i) => boxAt(marks, i).bottom >= 0);
      const viewEnd = Math.max(inView, Math.min(inView + MAX_SHOWN, firstIndex(marks, (i) => boxAt(marks, i).top > viewHeight)));
      const spare = Math.floor((MAX_SHOWN - (viewEnd - inView)) / 2);
      this.#from = Math.max(from, inView - spare);
      this.#to = Math.min(to, viewEnd + spare);
    }
    const next = new Set(marks.slice(this.#from, this.#to));
    for (const mark of this.#shown) if (!next.has(mark)) this.#unpaint(mark);
    for (const mark of next) if (!this.#shown.has(mark)) this.#paint(mark);
    this.#shown = next;
  }

  #paint(mark: M): void {
    this.highlight.add(mark.range);
    this.holders.show(mark.holders);
  }

  #unpaint(mark: M): void {
    this.highlight.delete(mark.range);
    this.holders.hide(mark.holders);
  }

  /** The painted run reaches past the viewport by the slack on both sides (or to the table's first or last mark). */
  #covers(viewHeight: number): boolean {
    if (this.#to <= this.#from) return false;
    const slack = SLACK_SCREENS * viewHeight;
    const topOk = this.#from === 0 || boxAt(this.#marks, this.#from).bottom < -slack;
    const bottomOk = this.#to === this.#marks.length || boxAt(this.#marks, this.#to - 1).top > viewHeight + slack;
    return topOk && bottomOk;
  }
}

function before(a: Windowed, b: Windowed): boolean {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range) < 0;
  } catch {
    // Ranges in different trees cannot be compared: the new mark goes after.
    return true;
  }
}

/** How far the box of a hidden mark is looked for in its neighbours. */
const NEIGHBOURS = 32;

/**
 * The box of the mark at `i`, or, for a mark in a hidden row (no box: it would read as 0×0 at the viewport's
 * corner and break the search's order), of the nearest mark after it, else before it, that has one.
 */
function boxAt(marks: readonly Windowed[], i: number): DOMRect {
  for (let d = 0; d <= NEIGHBOURS; d++) {
    for (const j of d === 0 ? [i] : [i + d, i - d]) {
      const range = marks[j]?.range;
      if (range && range.getClientRects().length > 0) return range.getBoundingClientRect();
    }
  }
  return (marks[i] as Windowed).range.getBoundingClientRect();
}

/** The first index that passes `test` (false, then true, along the list); the length if none. */
function firstIndex(marks: readonly Windowed[], test: (index: number) => boolean): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
