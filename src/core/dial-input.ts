import { parsePhoneNumber } from './phone-lib';
import { type Dialable, isE164, isWellFormed, isZoomExtension } from './dialable';
import type { Region } from './region';

// What a person types to dial: digits with the usual separators, an optional '+', and an optional extension.
const TYPED = /^(\+?[\d\s().\-/]+?)(?:\s*(?:ext\.?|x|#)\s*(\d{1,7}))?$/i;

function parseNumber(text: string, region: Region): Dialable | undefined {
  const match = TYPED.exec(text);
  if (!match) return undefined;
  const [, main = '', ext] = match;
  const parsed = parsePhoneNumber(main, region);
  if (!parsed?.isValid() || !isE164(parsed.number)) return undefined;
  const target: Dialable = { kind: 'e164', e164: parsed.number, ...(ext ? { ext } : {}) };
  return isWellFormed(target) ? target : undefined;
}

/**
 * Reads a number typed to be dialled (the popup's quick-dial box, the address bar): the whole input must be one
 * valid phone number (national numbers read for `region`), optionally with an extension, or a bare 2–7 digit
 * Zoom extension. Anything else is undefined; nothing is guessed out of surrounding text.
 */
export function parseDialInput(input: string, region: Region): Dialable | undefined {
  const text = input.trim();
  if (isZoomExtension(text)) return { kind: 'extension', digits: text };
  return parseNumber(text, region);
}

const HREF = /^(?:tel:|callto:(?:\/\/)?|zoomphonecall:\/\/)([^?#]*)/i;

/**
 * Reads the number a call link points at: `tel:` (RFC 3966, with `;ext=`; other parameters are dropped),
 * `callto:` or `zoomphonecall://` (its query, such as a caller ID the page chose, is dropped). Undefined for any
 * other link or a number that does not validate.
 */
export function parseCallHref(href: string, region: Region): Dialable | undefined {
  const match = HREF.exec(href.trim());
  if (!match) return undefined;
  let body: string;
  try {
    body = decodeURIComponent(match[1] ?? '');
  } catch {
    return undefined;
  }
  const [number = '', ...params] = body.split(';');
  const ext = params.find((param) => param.toLowerCase().startsWith('ext='))?.slice(4);
  const text = number.trim();
  if (isZoomExtension(text)) return ext === undefined ? { kind: 'extension', digits: text } : undefined;
  const target = parseNumber(text, region);
  if (!target || target.kind !== 'e164' || ext === undefined) return target;
  const withExt: Dialable = { kind: 'e164', e164: target.e164, ext };
  return isWellFormed(withExt) ? withExt : undefined;
}

/**
 * How a number is shown to the user, everywhere (links' labels, popup, menus, caller IDs, the hover card):
 * international format; an extension-only target as its digits. An `ext` is left out: the words that join it to
 * the number are the shown language's (platform/display-number.ts).
 */
export function formatNumber(target: Dialable): string {
  if (target.kind === 'extension') return target.digits;
  return parsePhoneNumber(target.e164)?.formatInternational() ?? target.e164;
}
