/** Space kept between the number and the card, and between the card and the viewport's edges. */
const GAP = 6;
const MARGIN = 8;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where the card goes (viewport coordinates, for `position: fixed`): under the number, or above it when it fits
 * there better, its left edge at the number's, kept inside the viewport.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - MARGIN;
  const top = fitsBelow || above < MARGIN ? Math.min(below, Math.max(MARGIN, viewport.height - MARGIN - card.height)) : above;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - MARGIN - card.width));
  return { left: Math.round(left), top: Math.round(top) };
}
