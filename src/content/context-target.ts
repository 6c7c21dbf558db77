import { anchorOf, linkTarget } from './call-link';
import { type ScriptLifecycle, sendToBackground } from './lifecycle';
import type { PageState } from './page-state';

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
