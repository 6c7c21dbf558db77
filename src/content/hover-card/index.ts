import type { Dialable } from '../../core/dialable';
import { type CardAction, type CardMode, cardModel } from '../../core/hover-card';
import { displayCallerId, displayDialable } from '../../platform/display-number';
import { ourLinkOf, recordCall } from '../call-link';
import type { PageState } from '../page-state';
import type { ScriptLifecycle } from '../lifecycle';
import { callerIdFor, dialableOf } from '../link-element';
import { type Anchored, anchored, boxOf, type CardAnchor, inViewport } from './anchor';
import { themeAround } from './page-theme';
import { type CardView, openCardRootsForTests, showCardView } from './view';

/** Long enough that a pointer crossing a number on its way elsewhere opens nothing. */
const OPEN_DELAY_MS = 350;
/** How long the card stays after the pointer leaves the number or the card, so the pointer can move into it. */
const CLOSE_GRACE_MS = 300;
/** Opens the card from a focused number: Alt+ArrowDown, the key that opens a popup in ARIA's patterns, bound by no screen reader on links. */
export const OPEN_KEYS = 'Alt+ArrowDown';

/**
 * The hover card's behaviour: when it opens and closes, what its actions do. Only the user's own input acts
 * (`isTrusted`): a page script can dispatch events at a number, but never open the card or press its buttons.
 */
class HoverCards {
  #view: CardView | undefined;
  #anchor: Anchored | undefined;
  #openTimer: ReturnType<typeof setTimeout> | undefined;
  #closeTimer: ReturnType<typeof setTimeout> | undefined;
  #frame: number | undefined;
  #mode: CardMode = 'hover';

  constructor(private readonly state: PageState) {}

  get enabled(): boolean {
    return this.state.settings().hoverCard && this.state.linking();
  }

  get confirming(): boolean {
    return this.state.settings().confirmBeforeCalling && this.state.linking();
  }

  isOpenFor(element: Element): boolean {
    return this.#view !== undefined && this.#anchor?.element === element;
  }

  /** Opens the card for `anchor` after the hover delay, unless something else happens first. */
  scheduleOpen(anchor: Anchored): void {
    this.cancelClose();
    // A question the user was asked stays until they answer it.
    if (this.#view && this.#mode === 'confirm') return;
    if (this.#view && this.#anchor && this.#anchor.element === anchor.element && this.#anchor.range === anchor.range) return;
    clearTimeout(this.#openTimer);
    this.#openTimer = setTimeout(() => {
      if (this.enabled) this.open(anchor, 'hover', false);
    }, OPEN_DELAY_MS);
  }

  cancelOpen(): void {
    clearTimeout(this.#openTimer);
    this.#openTimer = undefined;
  }

  /** Closes the card after the grace period, unless the pointer or focus comes back to it or its number. */
  scheduleClose(): void {
    this.cancelOpen();
    if (!this.#view || this.#mode === 'confirm' || this.#closeTimer !== undefined) return;
    this.#closeTimer = setTimeout(() => {
      this.#closeTimer = undefined;
      // Content shown on hover or focus stays while either is on it or its number (WCAG 1.4.13).
      if (this.#view?.hasFocus() || this.#view?.host.matches(':hover') || document.activeElement === this.#anchor?.link) return;
      this.close(false);
    }, CLOSE_GRACE_MS);
  }

  cancelClose(): void {
    clearTimeout(this.#closeTimer);
    this.#closeTimer = undefined;
  }

  open(anchor: Anchored, mode: CardMode, focus: boolean): void {
    this.close(false);
    const box = boxOf(anchor);
    if (!box) return;
    const settings = this.state.settings();
    const shown = (anchor.range ? anchor.range.toString() : anchor.element.textContent) ?? '';
    const model = cardModel({ target: anchor.target, shown, settings, callerId: callerIdFor(settings, anchor.target), mode, display: displayDialable(anchor.target), callerName: displayCallerId });
    const view = showCardView(model, themeAround(anchor.element), box, (action, done) => this.#act(action, done), () => this.close(true));
    this.#view = view;
    this.#anchor = anchor;
    this.#mode = mode;
    view.host.addEventListener('pointerenter', () => this.cancelClose());
    view.host.addEventListener('pointerleave', (event) => {
      if (event.isTrusted) this.scheduleClose();
    });
    view.host.addEventListener('focusout', () => {
      // After focus has moved: still inside the card, or back on its number, the card stays.
      setTimeout(() => {
        if (this.#view === view && !view.hasFocus() && document.activeElement !== anchor.link) this.close(false);
      }, 0);
    });
    if (focus) view.focusFirst();
  }

  close(returnFocus: boolean): void {
    this.cancelOpen();
    this.cancelClose();
    const view = this.#view;
    const anchor = this.#anchor;
    this.#view = undefined;
    this.#anchor = undefined;
    if (!view) return;
    const hadFocus = view.hasFocus();
    view.remove();
    if ((returnFocus || hadFocus) && anchor?.link?.isConnected) anchor.link.focus({ preventScroll: true });
  }

  /** Follows the number as the page scrolls or resizes, once a frame; closes when it has left the viewport. */
  follow(): void {
    if (!this.#view || this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      const box = this.#anchor && this.#anchor.element.isConnected ? boxOf(this.#anchor) : undefined;
      if (box && inViewport(box)) this.#view?.place(box);
      else this.close(false);
    });
  }

  ownsEvent(event: Event): boolean {
    return this.#view !== undefined && event.composedPath().includes(this.#view.host);
  }

  get anchor(): Anchored | undefined {
    return this.#view ? this.#anchor : undefined;
  }

  #act(action: CardAction, done: (status: { key: string }) => void): void {
    const target = this.#anchor?.target;
    if (!target) return;
    switch (action.kind) {
      case 'copy':
        // From the user's click on the button: the browser lets a page's script write the clipboard then.
        navigator.clipboard.writeText(action.text).then(() => done({ key: 'hoverCardCopied' }), () => done({ key: 'hoverCardCopyFailed' }));
        return;
      case 'cancel':
        this.close(true);
        return;
      case 'call':
      case 'call-as':
      case 'text':
        // The same path as a click on one of our links: the URL the core built, the recent calls, the call notice.
        this.close(true);
        window.location.assign(action.url);
        if (action.kind !== 'text') recordCall(this.state, target);
        return;
    }
  }
}

let cards: HoverCards | undefined;

/**
 * When the user's own click on a number should ask first (the confirm-before-calling setting): opens the card in
 * confirm mode ("Call … ?", Call / Cancel), cancels the click and returns true; otherwise returns false.
 */
export function confirmInstead(event: Event | undefined, anchor: CardAnchor, target: Dialable): boolean {
  if (!cards || (event !== undefined && !event.isTrusted) || !cards.confirming) return false;
  event?.preventDefault();
  cards.open(anchored(anchor, target), 'confirm', true);
  return true;
}

/**
 * The hover card: hovering or focusing one of our links, or hovering a marked number, shows the card after a short
 * delay; Alt+ArrowDown on a focused link opens it with focus inside; Escape closes it. With the setting off no
 * element is ever created. Confirm-before-calling opens the same card from a click (`confirmInstead`).
 */
export function installHoverCard(state: PageState, lifecycle: ScriptLifecycle): void {
  const hover = new HoverCards(state);
  cards = hover;
  if (__TEST_BUILD__) document.addEventListener('c2z-test:open-card-roots', openCardRootsForTests);
  const options = { capture: true, signal: lifecycle.signal };
  const passive = { ...options, passive: true };
  const linkAnchor = (link: HTMLAnchorElement) => {
    const target = dialableOf(link);
    return target ? anchored(link, target) : undefined;
  };

  window.addEventListener('pointerover', (event) => {
    if (!event.isTrusted || event.pointerType === 'touch' || !hover.enabled || hover.ownsEvent(event)) return;
    const link = ourLinkOf(event);
    const anchor = link && linkAnchor(link);
    if (anchor) hover.scheduleOpen(anchor);
  }, passive);
  window.addEventListener('pointerout', (event) => {
    if (!event.isTrusted || hover.ownsEvent(event)) return;
    const link = ourLinkOf(event);
    if (!link || (event.relatedTarget instanceof Node && link.contains(event.relatedTarget))) return;
    hover.cancelOpen();
    if (hover.isOpenFor(link)) hover.scheduleClose();
  }, passive);

  // Marked numbers have no element of their own: the pointer is hit-tested against the marks once a frame.
  // (An event's path is empty once dispatched: what the frame needs is read from it here.)
  let last: { x: number; y: number; overCard: boolean; overLink: boolean } | undefined;
  window.addEventListener('pointermove', (event) => {
    const marks = state.marks;
    if (!marks || marks.size === 0 || !event.isTrusted || event.pointerType === 'touch' || !hover.enabled) return;
    const waiting = last !== undefined;
    last = { x: event.clientX, y: event.clientY, overCard: hover.ownsEvent(event), overLink: ourLinkOf(event) !== undefined };
    if (waiting) return;
    requestAnimationFrame(() => {
      const at = last;
      last = undefined;
      if (!at || at.overCard || at.overLink) return;
      const hit = marks.at(at.x, at.y);
      if (hit) hover.scheduleOpen(anchored(hit, hit.target));
      else if (hover.anchor?.range) hover.scheduleClose();
      else if (!hover.anchor) hover.cancelOpen();
    });
  }, passive);

  // A page script can focus a link (its focus events are trusted): the card opens on focus only when the user's
  // Tab moved it, in the same task as their key press.
  let tabbing = false;
  window.addEventListener('keydown', (event) => {
    if (!event.isTrusted || event.key !== 'Tab') return;
    tabbing = true;
    setTimeout(() => (tabbing = false), 0);
  }, passive);
  window.addEventListener('focusin', (event) => {
    if (!event.isTrusted || !hover.enabled || hover.ownsEvent(event)) return;
    const link = ourLinkOf(event);
    if (!link) return;
    if (!link.hasAttribute('aria-keyshortcuts')) link.setAttribute('aria-keyshortcuts', OPEN_KEYS);
    const anchor = linkAnchor(link);
    if (anchor && tabbing) hover.scheduleOpen(anchor);
  }, options);
  window.addEventListener('focusout', (event) => {
    if (!event.isTrusted || hover.ownsEvent(event)) return;
    const link = ourLinkOf(event);
    if (!link) return;
    hover.cancelOpen();
    // After focus has moved: into the card (Alt+ArrowDown, Tab) it stays.
    if (hover.isOpenFor(link)) setTimeout(() => hover.scheduleClose(), 0);
  }, options);

  window.addEventListener('keydown', (event) => {
    if (!event.isTrusted || hover.ownsEvent(event)) return;
    const link = ourLinkOf(event);
    if (event.key === 'Escape' && hover.anchor) {
      hover.close(link !== undefined);
      return;
    }
    if (!link || !hover.enabled) return;
    if (event.key === 'ArrowDown' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      const anchor = linkAnchor(link);
      if (!anchor) return;
      event.preventDefault();
      hover.open(anchor, 'hover', true);
    } else if (event.key === 'Enter') hover.close(false);
  }, options);

  // A press anywhere else (a click to call, a right-click for the menu) means the user has chosen: a card still
  // waiting to open would only cover what they reach for next.
  window.addEventListener('pointerdown', (event) => {
    if (!event.isTrusted || hover.ownsEvent(event)) return;
    hover.cancelOpen();
    if (hover.anchor) hover.close(false);
  }, passive);
  const follow = () => hover.follow();
  window.addEventListener('scroll', follow, passive);
  window.addEventListener('resize', follow, passive);
  lifecycle.onStop(() => {
    hover.close(false);
    if (cards === hover) cards = undefined;
  });
}
