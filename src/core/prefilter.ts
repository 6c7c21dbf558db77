/**
 * The cheapest question about a text: does it hold enough digits to contain a phone number at all? Kept apart
 * from the detector so the content script's entry (content/boot.ts) can ask it without loading the detector.
 */
import { MIN_CANDIDATE_DIGITS, SCAN_CLASSES } from './detect/candidates';

// The digits isDigitCode (detect/chars.ts) accepts (the detector's scan class), as regular expressions: the scan
// runs natively, which matters because this reads every text on a page (a per-character loop cost ~4 ms on a
// 500 KB page).
const DIGITS = SCAN_CLASSES.digit;
const DIGIT = new RegExp(`[${DIGITS}]`, 'g');
const NOT_DIGITS = new RegExp(`[^${DIGITS}]+`, 'g');

/** How many digits `text` holds (anywhere, not necessarily together), counting no further than `upTo`. */
function digitCount(text: string, upTo: number): number {
  DIGIT.lastIndex = 0;
  let count = 0;
  while (count < upTo && DIGIT.exec(text) !== null) count++;
  return count;
}

/**
 * 'enough' where `text` holds enough digits for a phone number (`mayContainPhone`), 'some' where it holds fewer,
 * 'none' where it holds none: one scan for what would take two questions.
 */
export function digitsIn(text: string): 'enough' | 'some' | 'none' {
  const count = digitCount(text, MIN_CANDIDATE_DIGITS);
  return count >= MIN_CANDIDATE_DIGITS ? 'enough' : count > 0 ? 'some' : 'none';
}

/** The digits of `text`, each run of other characters made one space. */
export function digitsOf(text: string): string {
  return text.replace(NOT_DIGITS, ' ');
}

// MIN_CANDIDATE_DIGITS digits anywhere in a text, as one native test (no match object, no loop back into script):
// this runs on every block of every page that has digits. Each `[^digit]*` stops only at a digit, so a failed
// start costs one scan of the rest. Pure, so the content script's entry, which asks digitsIn, does not build it.
const ENOUGH_DIGITS = /* @__PURE__ */ new RegExp(`[${DIGITS}](?:[^${DIGITS}]*[${DIGITS}]){${MIN_CANDIDATE_DIGITS - 1}}`);

export function mayContainPhone(text: string): boolean {
  return ENOUGH_DIGITS.test(text);
}
