import { type Dialable, dialString, isE164, isWellFormed, isZoomExtension } from './dialable';

/** URI schemes a call link can use. See ../shared/docs/zoom-uri-schemes.md. */
export const SCHEMES = ['zoomphonecall', 'tel', 'callto'] as const;
export type Scheme = (typeof SCHEMES)[number];

export function isScheme(value: unknown): value is Scheme {
  return typeof value === 'string' && (SCHEMES as readonly string[]).includes(value);
}

/** A caller ID is valid when it is an E.164 number or a Zoom Phone extension. */
export function isValidCallerId(value: string): boolean {
  return isE164(value) || isZoomExtension(value);
}

/**
 * Builds the URL that starts a call.
 * - `zoomphonecall://{number}?callerid={id}`: Zoom's own scheme; the caller ID is written with a literal '+'
 *   as in Zoom's examples, and omitted when none is set. A phone extension is not part of Zoom's form, so the
 *   main number is dialled.
 * - `tel:{number};ext={ext}` (RFC 3966) and `callto:{number}`: standard schemes with no caller ID parameter.
 * Throws on a malformed number or caller ID: callers must validate first, and nothing unvalidated reaches a URL.
 */
export function buildCallUrl(target: Dialable, scheme: Scheme, callerId = ''): string {
  if (!isWellFormed(target)) throw new TypeError('refusing to build a call URL for a malformed number');
  if (callerId !== '' && !isValidCallerId(callerId)) throw new TypeError('refusing to build a call URL with a malformed caller ID');
  const number = dialString(target);
  switch (scheme) {
    case 'zoomphonecall':
      return `zoomphonecall://${number}${callerId ? `?callerid=${callerId}` : ''}`;
    case 'tel':
      return `tel:${number}${target.kind === 'e164' && target.ext ? `;ext=${target.ext}` : ''}`;
    case 'callto':
      return `callto:${number}`;
  }
}

/**
 * Builds the URL that opens Zoom's SMS composer: `zoomphonesms://{recipient}?callerid={from}`, the sender written
 * with a literal '+' as for calls. A phone extension cannot take a text, so the main number is the recipient.
 * Throws on malformed input, as `buildCallUrl` does.
 */
export function buildSmsUrl(target: Dialable, callerId = ''): string {
  if (!isWellFormed(target)) throw new TypeError('refusing to build an SMS URL for a malformed number');
  if (callerId !== '' && !isValidCallerId(callerId)) throw new TypeError('refusing to build an SMS URL with a malformed caller ID');
  return `zoomphonesms://${dialString(target)}${callerId ? `?callerid=${callerId}` : ''}`;
}
