import { buildCallUrl } from '../core/call-url';
import { recordCall } from './call-link';
import type { NumberHighlights } from './highlights';
import { confirmInstead } from './hover-card';
import type { ScriptLifecycle } from './lifecycle';
import { callerIdFor } from './link-element';
import { OVER_ATTR } from './link-markup';
import type { PageState } from './page-state';

/** How far the pointer may move between pressing and releasing for the click to still be a click on a number. */
const CLICK_SLOP_PX = 4;

/** Controls and editable content, where a click means something else: a mark inside one is never dialled. */
const INTERACTIVE = 'a[href], button, label, summary, select, [role="button"], [role="link"], [role="checkbox"]';

function insideControl(event: MouseEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  return target.closest(INTERACTIVE) !== null || (target instanceof HTMLElement && target.isContentEditable) || document.designMode === 'on';
}

/**
 * What the user does with a highlighted number (highlights.ts), as with one of our links:
 * - a plain left click calls it with the current scheme and caller ID. Only the user's own pointer click: a click
 *   a page script dispatched is not trusted, a click made from the keyboard (`detail` 0) has no point, and a
 *   click that ends a text selection or a drag (pressed more than 4 px away) is not a click on the number; nor
 *   is a click inside a control or editable content. The call waits until the click has been dispatched, so a
 *   page that cancels it (`preventDefault`, as it could cancel a link) keeps it from dialling;
 * - a right-click selects it, so the menu's item for selections calls it (what it dials is then the selected
 *   text the browser reports, as for any selection);
 * - the pointer over it shows the hand cursor: an attribute on the element holding it while the pointer is there
 *   (an attribute costs the page no layout, where a class or style would: BENCHMARKS.md).
 */
export function handleHighlights(marks: NumberHighlights, state: PageState, lifecycle: ScriptLifecycle): void {
  const options = { capture: true, signal: lifecycle.signal };
  const plain = (event: MouseEvent) => event.isTrusted && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

  let pressedAt: { x: number; y: number } | undefined;
  window.addEventListener('pointerdown', (event) => {
    pressedAt = event.isTrusted && event.button === 0 ? { x: event.clientX, y: event.clientY } : undefined;
  }, { ...options, passive: true });

  window.addEventListener('click', (event) => {
    if (marks.size === 0 || !plain(event) || event.button !== 0 || event.detail < 1) return;
    const pressed = pressedAt;
    if (!pressed || Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > CLICK_SLOP_PX) return;
    if (getSelection()?.isCollapsed === false || insideControl(event)) return;
    const hit = marks.at(event.clientX, event.clientY);
    if (!hit) return;
    // After the click has reached the page's own listeners: a page that cancelled it keeps it from dialling.
    setTimeout(() => {
      // Cut off from the extension (see lifecycle.ts): nothing to call with; the script stops.
      if (event.defaultPrevented || !lifecycle.check() || !state.linking()) return;
      if (confirmInstead(undefined, hit, hit.target)) return;
      const settings = state.settings();
      window.location.assign(buildCallUrl(hit.target, settings.scheme, callerIdFor(settings, hit.target)));
      recordCall(state, hit.target);
    }, 0);
  }, options);

  window.addEventListener('contextmenu', (event) => {
    if (marks.size === 0 || !event.isTrusted) return;
    const hit = marks.at(event.clientX, event.clientY);
    const selection = getSelection();
    if (!hit || !selection) return;
    // A selection the user made and right-clicks in stays theirs.
    if (!selection.isCollapsed && selection.rangeCount > 0 && selection.getRangeAt(0).intersectsNode(hit.range.startContainer)) return;
    selection.removeAllRanges();
    selection.addRange(hit.range.cloneRange());
  }, options);

  let over: Element | undefined;
  const setOver = (element: Element | undefined) => {
    if (element === over) return;
    over?.removeAttribute(OVER_ATTR);
    over = element;
    element?.setAttribute(OVER_ATTR, '');
  };
  let last: PointerEvent | undefined;
  window.addEventListener('pointermove', (event) => {
    if (marks.size === 0 && !over) return;
    // One hit test per frame, with the last position.
    const waiting = last !== undefined;
    last = event;
    if (waiting) return;
    requestAnimationFrame(() => {
      const at = last;
      last = undefined;
      if (at) setOver(marks.at(at.clientX, at.clientY)?.element);
    });
  }, { ...options, passive: true });
  marks.onChange(() => {
    if (marks.size === 0) setOver(undefined);
  });
  lifecycle.onStop(() => setOver(undefined));
}
