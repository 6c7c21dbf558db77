/** What the window needs of a mark: its range, and whether it has been forgotten. */
export interface Windowed {
  readonly range: Range;
  dead: boolean;
}

/** At most this many marks are painted at once, whatever the layout (rows hidden with display: none read as 0×0). */
const MAX_SHOWN = 1000;

/**
 * The marks of one huge table, in document order, and the run of them near the viewport: one screen above, the
 * screen, one screen below. Only that run is in the document's highlight, because Chromium re-validates every
 * range of every highlight on any change to one (measured here per change: 1,000 ranges 11 ms, 5,000 25 ms,
 * 20,000 90 ms); an IntersectionObserver on 20,000 cells cost 80–100 ms a frame while scrolling. In a table, rows
 * follow document order down the page, so the run is found by binary search on a few ranges' boxes.
 */
export class MarkWindow<M extends Windowed> {
  #marks: M[] = [];
  #dead = 0;
  #shown = new Set<M>();

  constructor(private readonly highlight: Highlight) {}

  get shown(): ReadonlySet<M> {
    return this.#shown;
  }

  /**
   * Adds a mark in document order (appended rows go last, at once; others by binary search). With `paintNow`
   * (content the page just added, whose rendering the page pays for anyway) it is painted at once, as a link
   * would be, until the next update (in the same frame, before rendering) keeps it or not. Otherwise the next
   * update paints it if it is near the viewport: any change to a highlight costs the page a repaint (~30-50 ms a
   * frame on a 20,000-row table, as much as any colour change there), so marks found off screen change nothing.
   */
  add(mark: M, paintNow: boolean): void {
    if (paintNow) {
      this.#shown.add(mark);
      this.highlight.add(mark.range);
    }
    const marks = this.#marks;
    const last = marks.at(-1);
    if (!last || before(last, mark)) {
      marks.push(mark);
      return;
    }
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
    mark.dead = true;
    this.#dead++;
    if (this.#shown.delete(mark)) this.highlight.delete(mark.range);
  }

  /** Live marks in document order. */
  *live(): Generator<M> {
    for (const mark of this.#marks) if (!mark.dead) yield mark;
  }

  get empty(): boolean {
    return this.#marks.length === this.#dead;
  }

  /** Puts in the highlight the marks near the viewport, and takes out the others. */
  update(viewHeight: number): void {
    if (this.#dead > 0) {
      this.#marks = this.#marks.filter((mark) => !mark.dead);
      this.#dead = 0;
    }
    const marks = this.#marks;
    const top = -viewHeight;
    const bottom = 2 * viewHeight;
    const from = firstIndex(marks, (mark) => mark.range.getBoundingClientRect().bottom >= top);
    const to = Math.min(from + MAX_SHOWN, firstIndex(marks, (mark) => mark.range.getBoundingClientRect().top > bottom));
    const next = new Set(marks.slice(from, Math.max(from, to)));
    for (const mark of this.#shown) if (!next.has(mark)) this.highlight.delete(mark.range);
    for (const mark of next) if (!this.#shown.has(mark)) this.highlight.add(mark.range);
    this.#shown = next;
  }
}

function before(a: Windowed, b: Windowed): boolean {
  return a.range.compareBoundaryPoints(Range.START_TO_START, b.range) < 0;
}

/** The first index whose mark passes `test` (which is false, then true, along the list); the length if none. */
function firstIndex<M>(marks: readonly M[], test: (mark: M) => boolean): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(marks[mid] as M)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
