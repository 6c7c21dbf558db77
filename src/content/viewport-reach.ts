/** How far from the viewport a block counts as near, in viewport heights above and below it. */
export const NEAR_SCREENS = 2;

/** A block's vertical extent in the document (page coordinates: the viewport's plus the scroll). */
export interface Extent {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Where `block` is, if it is laid out more than NEAR_SCREENS viewport heights above or below the viewport. A
 * block with no box (hidden, in a closed `<details>`) or whose rendering the page skips (`content-visibility`)
 * is not far: wrapping it costs no layout, and nothing would say when it shows. Its box is not read then: that
 * would lay out what the page keeps out of rendering.
 */
export function farExtent(block: Element): Extent | undefined {
  const view = block.ownerDocument.defaultView;
  if (!view || !block.checkVisibility({ contentVisibilityAuto: true })) return undefined;
  const box = block.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return undefined;
  const height = view.innerHeight;
  if (box.bottom >= -NEAR_SCREENS * height && box.top <= (1 + NEAR_SCREENS) * height) return undefined;
  return { top: box.top + view.scrollY, bottom: box.bottom + view.scrollY };
}

/**
 * Of `count` extents sorted by top (`extentAt`, none taller than `tallest`), the run to take when the reader's reach
 * is `from`..`to`: every extent in reach, grown to at least `atLeast` with its neighbours on both sides (each batch
 * of links costs a long page a layout of its whole length, however few it holds). Undefined when none is in reach.
 */
export function runInReach(count: number, extentAt: (k: number) => Extent, from: number, to: number, tallest: number, atLeast: number): [first: number, last: number] | undefined {
  // The first extent whose top could be in reach: the tallest one above `from` may still reach into it.
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (extentAt(mid).top < from - tallest) low = mid + 1;
    else high = mid;
  }
  let first = -1;
  let last = -1;
  for (let k = low; k < count; k++) {
    const extent = extentAt(k);
    if (extent.top > to) break;
    if (extent.bottom < from) continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return undefined;
  while (last - first + 1 < atLeast && (first > 0 || last < count - 1)) {
    if (last < count - 1) last++;
    if (first > 0 && last - first + 1 < atLeast) first--;
  }
  return [first, last];
}
