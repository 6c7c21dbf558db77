import { MARKS_ATTR } from './link-markup';

/**
 * The elements whose own text holds a painted mark carry MARKS_ATTR, which links.css's `::highlight` rule needs:
 * only they, and only while a mark there is painted. Chromium computes a highlight style for every element such
 * a rule reaches (or that inherits one), in every style pass: given to a whole huge table, the attribute cost the
 * page a restyle of every cell (a one-second task on 20,000 rows); given to the few hundred cells near the
 * viewport, it costs next to nothing. Counted per element: several marks can share one.
 */
export class MarkHolders {
  readonly #marks = new Map<Element, number>();

  show(elements: readonly Element[]): void {
    for (const element of elements) {
      const count = this.#marks.get(element) ?? 0;
      if (count === 0) element.setAttribute(MARKS_ATTR, '');
      this.#marks.set(element, count + 1);
    }
  }

  hide(elements: readonly Element[]): void {
    for (const element of elements) {
      const count = this.#marks.get(element);
      if (count === undefined) continue;
      if (count > 1) {
        this.#marks.set(element, count - 1);
        continue;
      }
      this.#marks.delete(element);
      element.removeAttribute(MARKS_ATTR);
    }
  }

  clear(): void {
    for (const element of this.#marks.keys()) element.removeAttribute(MARKS_ATTR);
    this.#marks.clear();
  }
}
