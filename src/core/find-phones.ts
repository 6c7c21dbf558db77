import { findNumbers } from 'libphonenumber-js/max';
import type { Region } from './region';

export interface PhoneMatch {
  /** Offset of the first character of the number in the text. */
  readonly start: number;
  /** Offset just past the last character (the extension included, when one was read). */
  readonly end: number;
  readonly e164: string;
  readonly ext?: string;
}

// The shortest national significant number in the metadata has 4 digits, but numbers that short are never
// written alone on a web page; 6 digits keeps every practical number and skips most of the digit noise.
const MIN_DIGITS = 6;

/** Cheap test run before the parser: does the text hold enough digits to contain a phone number at all? */
export function mayContainPhone(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits >= MIN_DIGITS) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A number glued to letters or digits ("ID2125550100", "2125550100abc") is a token, not a phone number. */
function isGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (before !== undefined && WORD_CHAR.test(before)) || (after !== undefined && WORD_CHAR.test(after));
}

/**
 * Finds the phone numbers in `text`. National-format numbers are read for `region`; '+'-prefixed numbers
 * are read anywhere. Matches are in order and do not overlap.
 */
export function findPhones(text: string, region: Region): PhoneMatch[] {
  if (!mayContainPhone(text)) return [];
  const matches: PhoneMatch[] = [];
  for (const found of findNumbers(text, { defaultCountry: region, v2: true })) {
    const { number, startsAt, endsAt } = found;
    if (!number.isValid() || isGlued(text, startsAt, endsAt)) continue;
    matches.push({ start: startsAt, end: endsAt, e164: number.number, ...(number.ext ? { ext: number.ext } : {}) });
  }
  return matches;
}
