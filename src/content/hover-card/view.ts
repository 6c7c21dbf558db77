import browser from 'webextension-polyfill';
import type { CardAction, CardModel, CardTheme, Message } from '../../core/hover-card';
import { type Box, placeCard } from './position';
import { cardCss } from './styles';

/** The element of ours the card hangs from; its content is in a closed shadow root. */
export const CARD_TAG = 'c2z-hover-card';

const text = (message: Message): string => browser.i18n.getMessage(message.key, [...(message.args ?? [])]) || message.key;

/** What the card does when the user picks an action; `done` leaves a line in the card's status (Copy). */
export type ActionHandler = (action: CardAction, done: (status: Message) => void) => void;

export interface CardView {
  readonly host: HTMLElement;
  /** True while focus is inside the card. */
  hasFocus(): boolean;
  /** Moves focus to the card's first action. */
  focusFirst(): void;
  /** Places the card by the number again (after a scroll or resize). */
  place(anchor: Box): void;
  remove(): void;
}

let rootMode: ShadowRootMode = 'closed';
/** Test build only: the e2e suite opens the card's root to inspect it (axe-core cannot enter a closed root). */
export function openCardRootsForTests(): void {
  rootMode = 'open';
}

// These style properties the page's own CSS must never change; inline !important beats its !important rules.
const HOST_STYLE: readonly [string, string][] = [
  ['position', 'fixed'], ['display', 'block'], ['inset', 'auto'], ['margin', '0'], ['padding', '0'],
  ['border', '0'], ['background', 'transparent'], ['overflow', 'visible'], ['width', 'max-content'], ['height', 'auto'],
  ['max-width', 'none'], ['max-height', 'none'], ['z-index', '2147483647'], ['contain', 'layout style'],
  ['visibility', 'visible'], ['opacity', '1'], ['transform', 'none'], ['pointer-events', 'auto'],
];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; id?: string; textContent?: string } = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** Styles the root: a constructed sheet (no page CSP applies to one), else a style element where adopting fails. */
function addStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Falls through to a style element.
  }
  root.append(element('style', { textContent: css }));
}

function button(action: CardAction, className: string | undefined, onAction: ActionHandler, status: HTMLElement): HTMLButtonElement {
  const node = element('button', { textContent: text(action.label), ...(className ? { className } : {}) });
  node.type = 'button';
  node.dataset.action = action.kind;
  if (action.kind === 'call-as') node.setAttribute('aria-label', `${text({ key: 'hoverCardCallAsHeading' })} ${node.textContent}`);
  node.addEventListener('click', (event) => {
    // Only the user's own click (or Enter/Space on the button, which the browser turns into a trusted click).
    if (!event.isTrusted) return;
    onAction(action, (message) => (status.textContent = text(message)));
  });
  return node;
}

/** Arrow keys, Home and End move between the card's buttons; Escape asks to close. */
function handleKeys(root: ShadowRoot, card: HTMLElement, onEscape: () => void): void {
  card.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const buttons = [...card.querySelectorAll('button')];
    const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
    let next: number | undefined;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = (at + 1) % buttons.length;
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = (at - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else if (event.key === 'Escape') onEscape();
    else return;
    if (next !== undefined) buttons[next]?.focus();
    // The page's own shortcuts do not also act on the keys the card used.
    event.preventDefault();
    event.stopPropagation();
  });
}

/**
 * Builds the card for `model` at the end of the document, in the top layer where the browser has popovers (so no
 * z-index of the page covers it), `position: fixed` so the page's layout never moves, its content in a closed
 * shadow root the page can neither read nor restyle.
 */
export function showCardView(model: CardModel, theme: CardTheme, anchor: Box, onAction: ActionHandler, onEscape: () => void): CardView {
  const host = document.createElement(CARD_TAG);
  // Not `all` itself: WCAG 1.4.12 wants the user's text-spacing styles to reach the card's text.
  host.style.setProperty('all', 'initial');
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
  host.style.setProperty('color-scheme', theme, 'important');
  const root = host.attachShadow({ mode: rootMode });
  addStyles(root, cardCss(theme));

  const card = element('div', { className: 'card' });
  card.setAttribute('role', 'dialog');
  card.dataset.theme = theme;
  card.dataset.mode = model.mode;
  const title = element('p', { className: 'title', id: 'title', textContent: text(model.title) });
  card.setAttribute('aria-labelledby', 'title');
  const status = element('p', { className: 'status' });
  status.setAttribute('role', 'status');
  const actions = element('div', { className: 'actions' });
  for (const action of model.actions) actions.append(button(action, action.kind === 'call' ? 'primary' : undefined, onAction, status));
  card.append(title, actions);
  if (model.callAs.length > 0) {
    const heading = element('p', { className: 'as-heading', id: 'as-heading', textContent: text({ key: 'hoverCardCallAsHeading' }) });
    const list = element('div', { className: 'as-list' });
    list.setAttribute('role', 'group');
    list.setAttribute('aria-labelledby', 'as-heading');
    for (const action of model.callAs) list.append(button(action, undefined, onAction, status));
    card.append(heading, list);
  }
  card.append(status);
  handleKeys(root, card, onEscape);
  root.append(card);

  document.documentElement.append(host);
  if (typeof host.showPopover === 'function') {
    host.popover = 'manual';
    host.showPopover();
  }
  const place = (box: Box) => {
    const size = host.getBoundingClientRect();
    const { left, top } = placeCard(box, size, { width: document.documentElement.clientWidth, height: window.innerHeight });
    host.style.setProperty('left', `${left}px`, 'important');
    host.style.setProperty('top', `${top}px`, 'important');
  };
  place(anchor);
  return {
    host,
    hasFocus: () => root.activeElement !== null,
    focusFirst: () => card.querySelector('button')?.focus(),
    place,
    remove: () => host.remove(),
  };
}
