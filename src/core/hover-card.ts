import { buildCallUrl, buildSmsUrl } from './call-url';
import { type Dialable, dialString } from './dialable';
import type { Settings } from './settings';

/**
 * What the hover card (content/hover-card/) shows for a number, worked out without the DOM: its title, and its
 * actions in order, each with the message that names it and what it does. The view only renders this.
 */

/** A message key of _locales with its substitutions. */
export interface Message {
  readonly key: string;
  readonly args?: readonly string[];
}

export type CardAction =
  | { readonly kind: 'call'; readonly label: Message; readonly url: string }
  | { readonly kind: 'call-as'; readonly label: Message; readonly url: string; readonly callerId: string; readonly chosen: boolean }
  | { readonly kind: 'text'; readonly label: Message; readonly url: string }
  | { readonly kind: 'copy'; readonly label: Message; readonly text: string }
  | { readonly kind: 'cancel'; readonly label: Message };

export type CardMode = 'hover' | 'confirm';

export interface CardModel {
  readonly mode: CardMode;
  /** The number formatted for display. */
  readonly display: string;
  /** The card's heading: the number, or in confirm mode the question "Call …?". */
  readonly title: Message;
  /** The main actions (Call, Text, Copy; or Call and Cancel). */
  readonly actions: readonly CardAction[];
  /** "Call as…" one caller ID each; empty when there is no other choice to make. */
  readonly callAs: readonly CardAction[];
}

export interface CardInput {
  readonly target: Dialable;
  /** The number's text as the page shows it. */
  readonly shown: string;
  readonly settings: Settings;
  /** The caller ID a plain call sends here (the caller-ID rules' choice, content/link-element.ts `callerIdFor`). */
  readonly callerId: string;
  readonly mode: CardMode;
  /** The number formatted for display in the shown language (platform/display-number.ts). */
  readonly display: string;
  /** A caller ID as the shown language names it in a list (platform/display-number.ts). */
  readonly callerName: (entry: { readonly number: string; readonly label: string }) => string;
}

/** The text a "Copy" puts on the clipboard in the number's standard form: E.164 (`;ext=` for an extension) or the digits. */
export function copyText(target: Dialable): string {
  return target.kind === 'e164' && target.ext ? `${target.e164};ext=${target.ext}` : dialString(target);
}

export function cardModel({ target, shown, settings, callerId, mode, display, callerName }: CardInput): CardModel {
  const call: CardAction = { kind: 'call', label: { key: 'hoverCardCall' }, url: buildCallUrl(target, settings.scheme, callerId) };
  if (mode === 'confirm') {
    return { mode, display, title: { key: 'hoverCardConfirm', args: [display] }, actions: [call, { kind: 'cancel', label: { key: 'hoverCardCancel' } }], callAs: [] };
  }
  const actions: CardAction[] = [call];
  if (settings.smsEnabled) actions.push({ kind: 'text', label: { key: 'hoverCardText' }, url: buildSmsUrl(target, callerId) });
  const standard = copyText(target);
  actions.push({ kind: 'copy', label: { key: 'hoverCardCopy', args: [standard] }, text: standard });
  const asShown = shown.trim().replace(/\s+/g, ' ');
  if (asShown !== '' && asShown !== standard) actions.push({ kind: 'copy', label: { key: 'hoverCardCopyShown', args: [asShown] }, text: asShown });
  // Only Zoom's own scheme carries a caller ID; and a list that offers nothing but the caller ID Call sends is noise.
  const offersChoice = settings.scheme === 'zoomphonecall' && settings.callerIds.some((entry) => entry.number !== callerId);
  const callAs: CardAction[] = offersChoice
    ? settings.callerIds.map((entry) => ({
        kind: 'call-as', callerId: entry.number, chosen: entry.number === callerId,
        label: { key: entry.number === callerId ? 'hoverCardCallAsChosen' : 'hoverCardCallAs', args: [callerName(entry)] },
        url: buildCallUrl(target, 'zoomphonecall', entry.number),
      }))
    : [];
  return { mode, display, title: { key: 'hoverCardTitle', args: [display] }, actions, callAs };
}

/** An sRGB colour with alpha, each channel 0–255 (alpha 0–1). */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** Reads a computed colour (`rgb(…)`/`rgba(…)`, commas or spaces); undefined for anything else. */
export function parseColor(css: string): Rgba | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** WCAG 2.1 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.1 contrast ratio of two opaque colours (1 to 21). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Whether a page is dark, from the background behind the number (the first opaque one from it up to the root,
 * innermost first). No opaque background: the canvas, dark only when the page opted into a dark colour scheme
 * and the system is dark.
 */
export function pageIsDark(backgrounds: readonly string[], canvasDark: boolean): boolean {
  for (const css of backgrounds) {
    const color = parseColor(css);
    // Mid-grey (luminance ~0.18) is where black and white text have equal contrast: darker reads as a dark page.
    if (color && color.a >= 0.5) return luminance(color) < 0.18;
  }
  return canvasDark;
}

/** The card's colours per theme; hover-card.test.ts checks each text colour against its background (≥ 4.5:1). */
export const CARD_THEMES = {
  light: { background: '#ffffff', text: '#1f2937', muted: '#4b5563', border: '#6b7280', accent: '#0b5cad', accentText: '#ffffff', hover: '#e8eef6', focus: '#0b5cad' },
  dark: { background: '#1f2937', text: '#f3f4f6', muted: '#d1d5db', border: '#9ca3af', accent: '#93c5fd', accentText: '#0f172a', hover: '#374151', focus: '#93c5fd' },
} as const;
export type CardTheme = keyof typeof CARD_THEMES;
