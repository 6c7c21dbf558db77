/**
 * The cheapest question about a text: does it hold enough digits to contain a phone number at all? Kept apart
 * from the detector so the content script's entry (content/boot.ts) can ask it without loading the detector.
 */
import { MIN_CANDIDATE_DIGITS } from './detect/candidates';

// The digits isDigitCode (detect/chars.ts) accepts, as regular expressions: the scan runs natively, which
// matters because this reads every text on a page (a per-character loop cost ~4 ms on a 500 KB page).
const DIGITS = '0-9\\uff10-\\uff19\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0e50-\\u0e59';
const DIGIT = new RegExp(`[${DIGITS}]`, 'g');
const NOT_DIGITS = new RegExp(`[^${DIGITS}]+`, 'g');

/** Does `text` hold at least `count` digits (anywhere, not necessarily together)? */
export function hasDigits(text: string, count: number): boolean {
  DIGIT.lastIndex = 0;
  for (let i = 0; i < count; i++) if (DIGIT.exec(text) === null) return false;
  return true;
}

/** The digits of `text`, each run of other characters made one space. */
export function digitsOf(text: string): string {
  return text.replace(NOT_DIGITS, ' ');
}

export function mayContainPhone(text: string): boolean {
  return hasDigits(text, MIN_CANDIDATE_DIGITS);
}
