/**
 * The cheapest question about a text: does it hold enough digits to contain a phone number at all? Kept apart
 * from the detector so the content script's entry (content/boot.ts) can ask it without loading the detector: it
 * imports only the digit class (detect/scan-classes.ts), and builds no regular expression at load but DIGIT,
 * which it uses on every page.
 */
import { DIGIT_CLASS, MIN_CANDIDATE_DIGITS } from './detect/scan-classes';

/**
 * One of the digits isDigitCode (detect/chars.ts) accepts (the detector's scan class), as a global regular
 * expression: set `lastIndex` to 0 before a scan. The scan runs natively, which matters because this reads every
 * text on a page (a per-character loop in script is several times slower: BENCHMARKS.md).
 */
export const DIGIT = new RegExp(`[${DIGIT_CLASS}]`, 'g');
let notDigits: RegExp | undefined;

/**
 * 'enough' where `text` holds enough digits for a phone number (`mayContainPhone`), 'some' where it holds fewer,
 * 'none' where it holds none: one scan for what would take two questions.
 */
export function digitsIn(text: string): 'enough' | 'some' | 'none' {
  DIGIT.lastIndex = 0;
  let count = 0;
  while (count < MIN_CANDIDATE_DIGITS && DIGIT.exec(text) !== null) count++;
  return count >= MIN_CANDIDATE_DIGITS ? 'enough' : count > 0 ? 'some' : 'none';
}

/** The digits of `text`, each run of other characters made one space. */
export function digitsOf(text: string): string {
  notDigits ??= new RegExp(`[^${DIGIT_CLASS}]+`, 'g');
  return text.replace(notDigits, ' ');
}

// MIN_CANDIDATE_DIGITS digits anywhere in a text, as one native test (no match object, no loop back into script):
// this runs on every block of every page that has digits. Each `[^digit]*` stops only at a digit, so a failed
// start costs one scan of the rest. Built on first use: the entry, which asks digitsIn, never builds it.
let enoughDigits: RegExp | undefined;

export function mayContainPhone(text: string): boolean {
  enoughDigits ??= new RegExp(`[${DIGIT_CLASS}](?:[^${DIGIT_CLASS}]*[${DIGIT_CLASS}]){${MIN_CANDIDATE_DIGITS - 1}}`);
  return enoughDigits.test(text);
}
