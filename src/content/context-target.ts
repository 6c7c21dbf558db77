import { parseCallHref } from '../core/dial-input';
import type { Dialable } from '../core/dialable';
import type { PageState } from './call-features';
import { type ScriptLifecycle, sendToBackground } from './lifecycle';
import { dialableOf } from './link-element';
import { LINK_CLASS } from './skip-zones';

/** The anchor an event happened in, across open shadow roots. */
export function anchorOf(event: Event): HTMLAnchorElement | undefined {
  return event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
}

/** The number a call link dials: ours carry it in data attributes; a page's own tel:/callto: link in its href. */
export function linkTarget(link: HTMLAnchorElement, state: PageState): Dialable | undefined {
  if (link.classList.contains(LINK_CLASS)) return dialableOf(link);
  return parseCallHref(link.getAttribute('href') ?? '', state.region());
}

/**
 * Tells the background which call link the user right-clicked (or that it was none), on the button press
 * before the menu opens, so the link item can name the number (Chrome has no `onShown`). Only the user's own
 * presses count: an event a page script dispatched is not trusted and is ignored. The title is all this
 * changes; what a menu click dials comes from the browser's click data.
 */
export function watchContextTarget(state: PageState, lifecycle: ScriptLifecycle): void {
  const report = (event: MouseEvent) => {
    if (!event.isTrusted || (event.type === 'mousedown' && event.button !== 2)) return;
    const link = anchorOf(event);
    sendToBackground(lifecycle, { type: 'context-target', target: (link && linkTarget(link, state)) ?? null });
  };
  const options = { capture: true, signal: lifecycle.signal };
  window.addEventListener('mousedown', report, options);
  window.addEventListener('contextmenu', report, options);
}
