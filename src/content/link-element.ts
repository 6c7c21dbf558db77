import { buildCallUrl } from '../core/call-url';
import { type CallerChoice, compileCallerIdRules } from '../core/caller-id-rules';
import type { Dialable } from '../core/dialable';
import type { PhoneMatch } from '../core/find-phones';
import type { Settings } from '../core/settings';
import { EXT_ATTR, LINK_CLASS, NUMBER_ATTR } from './link-markup';

function dialable(e164: string, ext: string | null | undefined): Dialable {
  return { kind: 'e164', e164, ...(ext ? { ext } : {}) };
}

/** What a found number dials. */
export function dialableOfMatch(match: PhoneMatch): Dialable {
  return dialable(match.e164, match.ext);
}

export function dialableOf(link: HTMLAnchorElement): Dialable | undefined {
  const e164 = link.getAttribute(NUMBER_ATTR);
  return e164 ? dialable(e164, link.getAttribute(EXT_ATTR)) : undefined;
}

// The caller-ID rules of each settings object, compiled for this page's site once per settings, not per link.
const callerRules = new WeakMap<Settings, (target: Dialable) => CallerChoice>();

/** The caller ID a call to `target` from this page sends: the first caller-ID rule that matches, else the default. */
export function callerIdFor(settings: Settings, target: Dialable): string {
  let choose = callerRules.get(settings);
  if (choose === undefined) callerRules.set(settings, (choose = compileCallerIdRules(settings, globalThis.location?.hostname ?? '')));
  return choose(target).callerId;
}

/** Points a call link at the URL for the current settings. */
export function updateLinkHref(link: HTMLAnchorElement, settings: Settings): void {
  const target = dialableOf(link);
  if (target) link.href = buildCallUrl(target, settings.scheme, callerIdFor(settings, target));
}

/**
 * Builds an empty call link for a matched number; the caller moves the page's own text node into it. Its
 * accessible name is the text it shows, and its title is set when the pointer or focus first reaches it
 * (link-titles.ts): formatting every number for a title nobody reads cost more than finding it.
 */
export function createCallLink(doc: Document, match: PhoneMatch, settings: Settings): HTMLAnchorElement {
  const link = doc.createElement('a');
  link.className = LINK_CLASS;
  link.setAttribute(NUMBER_ATTR, match.e164);
  if (match.ext) link.setAttribute(EXT_ATTR, match.ext);
  const target = dialableOfMatch(match);
  link.setAttribute('href', buildCallUrl(target, settings.scheme, callerIdFor(settings, target)));
  return link;
}

function keyFor(e164: string, ext: string | null | undefined): string {
  return `${e164};${ext ?? ''}`;
}

/** What a link dials, as a string: links with equal keys dial the same number (the badge counts keys). */
export function dialKey(link: Element): string {
  return keyFor(link.getAttribute(NUMBER_ATTR) ?? '', link.getAttribute(EXT_ATTR));
}

/** The same key for a number marked rather than linked (highlights.ts). */
export function targetKey(target: Dialable): string {
  return target.kind === 'e164' ? keyFor(target.e164, target.ext) : target.digits;
}
