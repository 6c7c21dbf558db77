import { MARKS_ATTR } from './link-markup';

/**
 * Which elements carry MARKS_ATTR, which links.css's Chromium `::highlight` rule needs. Chromium computes a highlight
 * style for every element such a rule reaches (or that inherits one), in every style pass: given to a whole huge
 * table, the attribute cost the page a restyle of every cell (a one-second task on 20,000 rows). There it goes to
 * the elements whose own text holds a painted mark, and only while it is painted, counted per element (marks can
 * share one). Firefox resolves a highlight's style only where one of its ranges paints text: its rule needs no
 * attribute (an attribute on the table restyled every cell there too), so there no element gets one.
 */
export class MarkHolders {
  readonly #marks = new Map<Element, number>();
  readonly #perMark = __BROWSER__ !== 'firefox';

  /** The elements a mark on these nodes needs the attribute on: their parents (none in Firefox). */
  elementsOf(nodes: readonly Text[]): Element[] {
    return this.#perMark ? [...new Set(nodes.map((node) => node.parentElement).filter((parent) => parent !== null))] : [];
  }

  /** A mark whose text is in these elements is painted. */
  show(elements: readonly Element[]): void {
    for (const element of elements) this.#add(element);
  }

  /** A mark whose text is in these elements is no longer painted. */
  hide(elements: readonly Element[]): void {
    for (const element of elements) this.#remove(element);
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
