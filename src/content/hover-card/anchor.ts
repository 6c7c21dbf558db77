import type { Dialable } from '../../core/dialable';
import type { Box } from './position';

/** What the card is anchored to: one of our links, or a number marked with a highlight (highlights.ts). */
export type CardAnchor = HTMLAnchorElement | { readonly range: Range; readonly element: Element };

export interface Anchored {
  readonly link: HTMLAnchorElement | undefined;
  readonly range: Range | undefined;
  readonly element: Element;
  readonly target: Dialable;
}

export function anchored(anchor: CardAnchor, target: Dialable): Anchored {
  return anchor instanceof HTMLAnchorElement
    ? { link: anchor, range: undefined, element: anchor, target }
    : { link: undefined, range: anchor.range, element: anchor.element, target };
}

/** The number's first box on screen, if it shows at all. */
export function boxOf(anchor: Anchored): Box | undefined {
  const rects = anchor.range ? anchor.range.getClientRects() : anchor.element.getClientRects();
  const rect = rects[0];
  return rect && (rect.width > 0 || rect.height > 0) ? rect : undefined;
}

/** Whether any of the box is inside the viewport. */
export function inViewport(box: Box): boolean {
  return box.top + box.height > 0 && box.top < window.innerHeight && box.left + box.width > 0 && box.left < document.documentElement.clientWidth;
}

