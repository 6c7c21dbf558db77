import { isDigitCode, isPlusCode, isSeparatorCode, WORD_CHAR } from './chars';

/** A run of digit groups joined by phone punctuation: the only text the parser gets to see. */
export interface Candidate {
  /** Offset of the first character ('+' or '(' included). */
  readonly start: number;
  /** Offset past the last digit of the main number. */
  readonly end: number;
  /** Offset past the extension written after the number, or `end` when there is none. */
  readonly extEnd: number;
  /** How many digits the main number part holds. */
  readonly digits: number;
}

// Fewer digits than this cannot be a number worth linking: the shortest national numbers in common use
// (a 7-digit local number in Iceland, "030 901820" in Berlin) have 7 to 9.
export const MIN_CANDIDATE_DIGITS = 7;

// A separator run longer than this (") - (" is four) ends the number.
const MAX_SEPARATOR_RUN = 4;

// What an extension looks like after a number: "ext. 12", "x99", "#123", "extension 2210", "Durchwahl 12", "poste 4".
const EXTENSION = /[ \u00a0]*,?[ \u00a0]*(?:ext(?:ension|n)?\.?|x|#|poste|anexo|доб\.?|durchwahl)[ \u00a0]*[:.]?[ \u00a0]*\d{1,7}(?!\d)/iy;

/** The start of the number a digit at `at` begins: steps back over a '+' and opening brackets right before it. */
function numberStart(text: string, at: number): number {
  let start = at;
  for (let i = at - 1; i >= 0 && at - i <= 3; i--) {
    const c = text.charCodeAt(i);
    if (isPlusCode(c) || c === 0x28 || c === 0xff08 || c === 0x5b) start = i;
    else break;
  }
  return start;
}

/**
 * Scans `text` once for digit runs joined by phone punctuation and returns those with at least
 * MIN_CANDIDATE_DIGITS digits that do not touch a letter at either end.
 */
export function scanCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const firstDigit = i;
    let digits = 0;
    let lastDigitEnd = i;
    let j = i;
    for (;;) {
      let groupDigits = 0;
      while (j < length && isDigitCode(text.charCodeAt(j))) {
        j++;
        groupDigits++;
      }
      digits += groupDigits;
      lastDigitEnd = j;
      let k = j;
      while (k < length && k - j < MAX_SEPARATOR_RUN && (isSeparatorCode(text.charCodeAt(k)) || (k > j && isPlusCode(text.charCodeAt(k))))) k++;
      if (k === j || k >= length || !isDigitCode(text.charCodeAt(k))) break;
      j = k;
    }
    const start = numberStart(text, i);
    const end = lastDigitEnd;
    i = end;
    if (digits < MIN_CANDIDATE_DIGITS) continue;
    EXTENSION.lastIndex = end;
    const extEnd = EXTENSION.exec(text) ? EXTENSION.lastIndex : end;
    // Glued to a letter or digit ("ID2125550100", "2125550100abc"): a piece of a longer token, not a number.
    // A '+' or '(' may touch a word ("call+44 20…", "Tel.(030)…"); an extension may touch the number ("…0100x12").
    const before = text[start - 1];
    if (before !== undefined && WORD_CHAR.test(before) && start === firstDigit) continue;
    const after = text[extEnd];
    if (after !== undefined && WORD_CHAR.test(after)) {
      // "040 6767 1234 (10am to 6pm)": a bracketed aside glued to a word ends the number before its bracket.
      const aside = /[\s\u00a0]*[([（][\d\s\u00a0]*$/.exec(text.slice(start, end));
      if (!aside || countDigits(text, start, start + aside.index) < MIN_CANDIDATE_DIGITS) continue;
      out.push({ start, end: start + aside.index, extEnd: start + aside.index, digits: countDigits(text, start, start + aside.index) });
      continue;
    }
    out.push({ start, end, extEnd, digits });
  }
  return out;
}

function countDigits(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (isDigitCode(text.charCodeAt(k))) n++;
  return n;
}
