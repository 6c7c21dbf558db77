/**
 * A number the extension is willing to dial: an E.164 number (optionally with an extension) or a bare
 * Zoom Phone extension. Every call URL is built from one of these, never from raw text.
 */
export type Dialable =
  | { readonly kind: 'e164'; readonly e164: string; readonly ext?: string }
  | { readonly kind: 'extension'; readonly digits: string };

// E.164 allows at most 15 digits after the '+', and country codes never start with 0. The shortest numbers in
// use have 7 (Niue: +683 and four digits); the library validates some shorter service numbers, never dialled.
const E164 = /^\+[1-9]\d{6,14}$/;
// Zoom Phone extensions are short digit strings (Zoom's own example is 7 digits long).
const EXTENSION = /^\d{2,7}$/;
const PHONE_EXTENSION = /^\d{1,7}$/;

export function isE164(value: string): boolean {
  return E164.test(value);
}

export function isZoomExtension(value: string): boolean {
  return EXTENSION.test(value);
}

/** True when `d` is well formed; URL builders refuse anything else. */
export function isWellFormed(d: Dialable): boolean {
  if (d.kind === 'extension') return isZoomExtension(d.digits);
  return isE164(d.e164) && (d.ext === undefined || PHONE_EXTENSION.test(d.ext));
}

/** The digits Zoom dials: the E.164 number or the extension. */
export function dialString(d: Dialable): string {
  return d.kind === 'e164' ? d.e164 : d.digits;
}
