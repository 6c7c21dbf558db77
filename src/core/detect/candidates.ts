import { isDigitCode, isPlusCode, WORD_CHAR } from './chars';
import { DIGIT_CLASS, MIN_CANDIDATE_DIGITS, PLUS_CLASS, SEPARATOR_CLASS } from './scan-classes';

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

// A separator run longer than this (") - (" is four) ends the number.
const MAX_SEPARATOR_RUN = 4;

// What an extension looks like after a number: "ext. 12", "x99", "#123", "extension 2210", "Durchwahl 12", "poste 4"
// (not the start of a code: "…, X14-3673-9800").
const EXTENSION = /[ \u00a0]*,?[ \u00a0]*(?:ext(?:ension|n)?\.?|x|#|poste|anexo|доб\.?|durchwahl)[ \u00a0]*[:.]?[ \u00a0]*\d{1,7}(?!\d|[-\u2010-\u2015/.]\d)/iy;

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

// The run the scan looks for, as a native regular expression (a per-character loop took about twice as long on
// digit-heavy text, where it reads every character): digit groups, each after a run of one to four separators (a '+' may
// follow the first one). The classes are in scan-classes.ts.
// A run with at least MIN_CANDIDATE_DIGITS digits, from its first digit to its end: shorter runs are skipped
// natively (on a digit-heavy page most runs are dates, times, prices). A run starts at a digit no digit precedes:
// the same runs are found (a later start in a run that fell short is a shorter chain of the same groups), but a
// run that falls short is given up once, not again at each of its digits.
const RUN = /* @__PURE__ */ new RegExp(`(?<![${DIGIT_CLASS}])[${DIGIT_CLASS}](?:(?:[${SEPARATOR_CLASS}][${SEPARATOR_CLASS}${PLUS_CLASS}]{0,${MAX_SEPARATOR_RUN - 1}})?[${DIGIT_CLASS}]){${MIN_CANDIDATE_DIGITS - 1},}`, 'g');

const E164_WHOLE = /^\d{8,15}(?=[\s\u00a0\u2009\u202f\u3000])/;

// A bracketed aside at the end of a run (see scanCandidates).
const ASIDE = /[\s\u00a0]*[([（][\d\s\u00a0]*$/;

/** Where the last list separator of `raw` starts (0 when it has none). */
function lastListSeparator(raw: string): number {
  let at = 0;
  LIST_SEPARATOR.lastIndex = 0;
  for (let m = LIST_SEPARATOR.exec(raw); m !== null; m = LIST_SEPARATOR.exec(raw)) at = m.index;
  return at;
}

/**
 * Scans `text` once for digit runs joined by phone punctuation and returns those with at least
 * MIN_CANDIDATE_DIGITS digits that do not touch a letter at either end.
 */
export function scanCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run !== null; run = RUN.exec(text)) {
    const firstDigit = run.index;
    // A '+' and eight digits or more with no separator is a number written whole (E.164): its run ends with it
    // ("+4346352318 – 27649 Berlin" is a number and a postcode).
    const whole = isPlusCode(text.charCodeAt(firstDigit - 1)) ? E164_WHOLE.exec(run[0]) : null;
    const end = firstDigit + (whole ? whole[0].length : run[0].length);
    // The scan goes on after it: the rest of the run may hold the next number ("+4930901820 / 0171 1234567").
    if (whole) RUN.lastIndex = end;
    const digits = countDigits(text, firstDigit, end);
    const start = numberStart(text, firstDigit);
    EXTENSION.lastIndex = end;
    const extEnd = EXTENSION.test(text) ? EXTENSION.lastIndex : end;
    // Glued to a letter or digit ("ID2125550100", "2125550100abc"): a piece of a longer token, not a number.
    // A '+' or '(' may touch a word ("call+44 20…", "Tel.(030)…"); an extension may touch the number ("…0100x12").
    if (start === firstDigit && isWordCharAt(text, start - 1)) continue;
    if (isWordCharAt(text, extEnd)) {
      // "040 6767 1234 (10am to 6pm)": a bracketed aside glued to a word ends the number before its bracket;
      // "+44 7263 569326 – 11/11/1985 21h43": a list's last item glued to a word is left out with its separator.
      const raw = text.slice(start, end);
      const cut = ASIDE.exec(raw)?.index ?? lastListSeparator(raw);
      const digitsLeft = countDigits(text, start, start + cut);
      if (digitsLeft >= MIN_CANDIDATE_DIGITS) out.push({ start, end: start + cut, extEnd: start + cut, digits: digitsLeft });
      continue;
    }
    out.push({ start, end, extEnd, digits });
  }
  return out;
}

// No phone number has more digits than this, even written with an international prefix ("011 44 20 7946 0347"):
// a longer run is a list, split by splitLongCandidate. A part dialled with an international prefix ("00",
// "011", "0011") may have three more ("0011 54 9 3865 30 7602": E.164's fifteen after the prefix).
export const MAX_NUMBER_DIGITS = 16;
const IDD_EXTRA_DIGITS = 3;
/** The most digits a run starting at `start` may have and be one number. */
export function maxDigits(text: string, start: number): number {
  const second = text.charCodeAt(start + 1);
  return text.charCodeAt(start) === 0x30 && (second === 0x30 || second === 0x31) ? MAX_NUMBER_DIGITS + IDD_EXTRA_DIGITS : MAX_NUMBER_DIGITS;
}

// Where a long run may hold several numbers: a comma or semicolon, a slash or dashes with space around them, or
// space before a bracket after a full group ("212-555-0100, 212-555-0101", "650-253-4561 -- 455-234-3451",
// "(415) 666-7777 (800) 443-1223"); in a part still too long, a slash without spaces
// ("651-234-2345/332-445-1234"), which inside one number comes after the area code ("0171/1234567").
const LIST_SEPARATOR = /[\s\u00a0]*[,;][\s\u00a0]*|[\s\u00a0]+[/／][\s\u00a0]+|[\s\u00a0]+[-\u2010-\u2015]+[\s\u00a0]+|(?<=\d{4})[\s\u00a0]+(?=[(（])/g;
const SLASH = /[/／]/g;

/**
 * A candidate with more digits than one number can hold (or, with `always`, any candidate), split where a list
 * of numbers separates its items. Parts still too long are lists of figures ("1234 5678 9012 3456 8123456789
 * 123456"), not phone numbers, and go.
 */
export function splitLongCandidate(text: string, candidate: Candidate, always = false): Candidate[] {
  if (candidate.digits <= maxDigits(text, candidate.start) && !always) return [candidate];
  const parts: Candidate[] = [];
  for (const part of splitAt(text, candidate, LIST_SEPARATOR, [])) {
    if (part.digits <= maxDigits(text, part.start)) parts.push(part);
    else splitAt(text, part, SLASH, parts);
  }
  return parts;
}

/** The parts of `candidate` between `separators` with at least MIN_CANDIDATE_DIGITS digits, added to `parts`. */
function splitAt(text: string, candidate: Candidate, separators: RegExp, parts: Candidate[]): Candidate[] {
  const raw = text.slice(candidate.start, candidate.end);
  let from = 0;
  separators.lastIndex = 0;
  for (let separator = separators.exec(raw); ; separator = separators.exec(raw)) {
    const to = separator ? separator.index : raw.length;
    const start = candidate.start + from;
    const end = candidate.start + to;
    const digits = countDigits(text, start, end);
    // A slash splits only what is left too long: a part it leaves is one number or nothing.
    if (digits >= MIN_CANDIDATE_DIGITS && (separators !== SLASH || digits <= maxDigits(text, start))) {
      parts.push({ start, end, extEnd: separator ? end : candidate.extEnd, digits });
    }
    if (!separator) return parts;
    from = separator.index + separator[0].length;
  }
}

function countDigits(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 128 ? c >= 48 && c <= 57 : isDigitCode(c)) n++;
  }
  return n;
}

/** WORD_CHAR at `at` (false outside the text), with ASCII answered without the regular expression. */
function isWordCharAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c >= 128) return WORD_CHAR.test(text.charAt(at));
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 48 && c <= 57) || c === 0x5f;
}
