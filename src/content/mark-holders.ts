import { MARKS_ATTR } from './link-markup';

/**
 * Which elements carry MARKS_ATTR, which links.css's `::highlight` rules need. Chromium computes a highlight style
 * for every element such a rule reaches (or that inherits one), in every style pass: given to a whole huge table,
 * the attribute cost the page a restyle of every cell (a one-second task on 20,000 rows). There it goes to the
 * elements whose own text holds a painted mark, and only while it is painted, counted per element (marks can
 * share one). Firefox styles highlights only where text is highlighted, but each attribute change is a call across
 * the content script's wrapper as the painted run moves: there the element holding the marks (the table) carries
 * it, and links.css's Firefox rule reaches the elements inside it.
 */
export class MarkHolders {
  readonly #marks = new Map<Element, number>();
  readonly #perMark = __BROWSER__ !== 'firefox';

  /** The elements a mark on these nodes needs the attribute on: their parents, where it goes per mark (else none). */
  elementsOf(nodes: readonly Text[]): Element[] {
    return this.#perMark ? [...new Set(nodes.map((node) => node.parentElement).filter((parent) => parent !== null))] : [];
  }

  /** A window of marks starts in `area` (a table, or the body while the page may hydrate). */
  open(area: Element): void {
    if (!this.#perMark) this.#add(area);
  }

  /** The window of marks in `area` is gone. */
  close(area: Element): void {
    if (!this.#perMark) this.#remove(area);
  }

  /** A mark whose text is in these elements is painted. */
  show(elements: readonly Element[]): void {
    if (this.#perMark) for (const element of elements) this.#add(element);
  }

  /** A mark whose text is in these elements is no longer painted. */
  hide(elements: readonly Element[]): void {
    if (this.#perMark) for (const element of elements) this.#remove(element);
  }

  clear(): void {
    for (const element of this.#marks.keys()) element.removeAttribute(MARKS_ATTR);
    this.#marks.clear();
  }

  #add(element: Element): void {
    const count = this.#marks.get(element) ?? 0;
    if (count === 0) element.setAttribute(MARKS_ATTR, '');
    this.#marks.set(element, count + 1);
  }

  #remove(element: Element): void {
    const count = this.#marks.get(element);
    if (count === undefined) return;
    if (count > 1) {
      this.#marks.set(element, count - 1);
      return;
    }
    this.#marks.delete(element);
    element.removeAttribute(MARKS_ATTR);
  }
}
