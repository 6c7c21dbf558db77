/**
 * Text -> phone numbers: the candidate scan picks the few digit runs that may be numbers, shape and context
 * checks drop dates, prices, IDs and the like, and only what is left reaches libphonenumber.
 * Issue #3 ("Detection users can trust").
 */
import type { Region } from '../region';
import { type Candidate, maxDigits, scanCandidates, splitLongCandidate } from './candidates';
import { contextRejection, inHexIdentifier } from './context';
import { hasIdLabelAt, LABEL_LOOKBACK } from './labels';
import { type Engine, type EngineMatch, PLUS } from './engine';
import { MIN_CANDIDATE_DIGITS } from './scan-classes';
import { hasBracketedYear, hasMixedSeparators, shapeRejection } from './shapes';
import { hasPhoneLabel, lacksPhoneCue } from './phone-cue';
import { numberSpanStart } from './spans';

export interface PhoneMatch {
  /** Offset of the first character of the number in the text. */
  readonly start: number;
  /** Offset just past the last character (the extension included, when one was read). */
  readonly end: number;
  readonly e164: string;
  readonly ext?: string;
}

export interface DetectOptions {
  /**
   * Text that precedes the block on the page (a table row's label cell, a `<dt>`, the end of the previous
   * block), read only for labels such as "Order number:" that turn the digits after them into an identifier.
   * A function is called once at most, and only when a candidate starts within a label's reach of the block's
   * start (most blocks never need it, and reading it from the page costs).
   */
  readonly before?: string | (() => string);
}

export type Detector = (text: string, region: Region, options?: DetectOptions) => PhoneMatch[];

/**
 * The parser's numbers in one candidate. "0044 20 7946 0346" is international almost everywhere (00 is the most
 * common international prefix), but not under a region whose prefix is 011 (US, CA); read it as "+44…" there.
 */
const DOUBLE_ZERO_PREFIX = /^00[1-9]/;

// Spaces the parser does not read as separators, though pages group numbers with them ("+33 1 42 68 53 00").
const THIN_SPACES = /[\u2009\u202f]/g;

/**
 * findInCandidate would find nothing, known from the candidate's digits alone: no plus sign, no "00" prefix read as
 * one, no extension, and fewer digits than any national number of the region (the engine's own first test).
 */
function tooFewDigits(engine: Engine, text: string, candidate: Candidate, region: Region): boolean {
  if (candidate.extEnd !== candidate.end || candidate.digits >= engine.fewestNationalDigits(region)) return false;
  const written = text.slice(candidate.start, candidate.end);
  return !PLUS.test(written) && !DOUBLE_ZERO_PREFIX.test(written);
}

function findInCandidate(engine: Engine, written: string, region: Region): EngineMatch[] {
  // Same length: offsets into the window stay offsets into the text.
  const window = written.includes('\u202f') || written.includes('\u2009') ? written.replace(THIN_SPACES, ' ') : written;
  const found = engine.find(window, region);
  if (found.length > 0 || !DOUBLE_ZERO_PREFIX.test(window)) return found;
  // '+' stands for "00": offsets after it shift by one.
  return engine.find(`+${window.slice(2)}`, region).map((m) => ({ ...m, start: m.start === 0 ? 0 : m.start + 1, end: m.end + 1 }));
}

// What may separate the items of a list in a run (candidates.ts's LIST_SEPARATOR, looked for cheaply).
const LIST_MARK = /[,;/／\u2010-\u2015]|\s-/;
const NON_DIGITS = /\D/g;
const SPACE_AFTER_DIGIT = /^\d[ \u00a0]$/;
const countDigits = (s: string) => s.replace(NON_DIGITS, '').length;

// The extension written after a number's main part ("… ext. 12").
const EXTENSION_TAIL = /\D+\d+$/;

/** The number the parser read in `candidate`, unless what it is written like or what surrounds it speaks against it. */
function accepted(text: string, candidate: Candidate, found: EngineMatch, before: string, readBefore: () => string): PhoneMatch | undefined {
  const end = candidate.start + found.end;
  const start = numberSpanStart(text, candidate.start + found.start, end);
  const main = found.ext ? text.slice(start, end).replace(EXTENSION_TAIL, '') : text.slice(start, end);
  if (hasBracketedYear(main) || hasMixedSeparators(main)) return undefined;
  // The parser may read a number out of part of the run ("$20 415-666-7777"): judge that part on its own, as
  // the scan would have (no shorter number than a candidate).
  if (!found.ext && (found.start > 0 || end < candidate.end) && (shapeRejection(main) || countDigits(main) < MIN_CANDIDATE_DIGITS)) return undefined;
  // …but not one that starts right after a space inside a longer figure ("0512 3342106316"): three digits or more
  // left before it in the run make it the end of another number.
  if (start > candidate.start && SPACE_AFTER_DIGIT.test(text.slice(start - 2, start)) && countDigits(text.slice(candidate.start, start)) >= 3) return undefined;
  if (contextRejection(text, start, end, before)) return undefined;
  if (lacksPhoneCue(main, text, start, readBefore)) return undefined;
  return { start, end, e164: found.e164, ...(found.ext ? { ext: found.ext } : {}) };
}

/** A detector reading numbers with `engine`. */
export function createDetector(engine: Engine): Detector {
  return (text, region, options = {}) => {
    const given = options.before;
    let beforeText: string | undefined;
    const readBefore = (): string =>
      (beforeText ??= given === undefined ? '' : `${(typeof given === 'string' ? given : given()).slice(-60)}\n`);
    const matches: PhoneMatch[] = [];
    const read = (candidate: Candidate, whole = true): void => {
      // Most runs of a digit-dense page (counters, IDs) end here: their shape, their label (read through the DOM in
      // a page) and the parser are spared. Nothing changes: the parser would read nothing in them or in their parts.
      if (tooFewDigits(engine, text, candidate, region)) return;
      // The checks read `before` only this near the start (labels.ts, context.ts), and only once the shape has
      // not ruled the run out: on a page it is the label cell, read through the DOM.
      const shape = shapeRejection(text.slice(candidate.start, candidate.end), candidate.digits);
      const beforeIfNear = () => (candidate.start < LABEL_LOOKBACK ? readBefore() : '');
      // "Tel. 333.344.979": dotted like a count, but a phone label says what it is.
      if (shape && !(shape === 'thousands' && hasPhoneLabel(text, candidate.start, beforeIfNear()))) return;
      const before = beforeIfNear();
      // A label covers the whole run after it ("Order ID: 1-800-555-0111"), a hex identifier all its groups; other
      // context is judged per number.
      if (hasIdLabelAt(text, candidate.start, before) || inHexIdentifier(text, candidate.start, candidate.end)) return;
      const found = findInCandidate(engine, text.slice(candidate.start, candidate.extEnd), region);
      // The parser reads nothing in "9852 6920 – 16/11/2001": the items of a list are read one by one.
      if (found.length === 0 && whole && LIST_MARK.test(text.slice(candidate.start, candidate.end))) {
        const parts = splitLongCandidate(text, candidate, true);
        if (parts.length > 1) parts.forEach((part) => read(part, false));
        return;
      }
      for (const number of found) {
        const match = accepted(text, candidate, number, before, readBefore);
        if (match) matches.push(match);
      }
    };
    for (const run of scanCandidates(text)) {
      if (run.digits <= maxDigits(text, run.start)) read(run);
      else splitLongCandidate(text, run).forEach((part) => read(part, false));
    }
    return matches;
  };
}
