/**
 * Text -> phone numbers: the candidate scan picks the few digit runs that may be numbers, shape and context
 * checks drop dates, prices, IDs and the like, and only what is left reaches libphonenumber.
 * Issue #3 ("Detection users can trust").
 */
import type { Region } from '../region';
import { scanCandidates } from './candidates';
import { contextRejection } from './context';
import { hasIdLabel } from './labels';
import type { Engine } from './engine';
import { shapeRejection } from './shapes';

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
   */
  readonly before?: string;
}

export type Detector = (text: string, region: Region, options?: DetectOptions) => PhoneMatch[];

/** A detector reading numbers with `engine`. */
export function createDetector(engine: Engine): Detector {
  return (text, region, options = {}) => {
    const before = options.before === undefined ? '' : `${options.before.slice(-60)}\n`;
    const matches: PhoneMatch[] = [];
    for (const candidate of scanCandidates(text)) {
      if (shapeRejection(text.slice(candidate.start, candidate.end))) continue;
      // A label covers the whole run after it ("Order ID: 1-800-555-0111"); other context is judged per number.
      if (hasIdLabel(before + text.slice(0, candidate.start))) continue;
      const window = text.slice(candidate.start, candidate.extEnd);
      for (const found of engine.find(window, region)) {
        const start = candidate.start + found.start;
        const end = candidate.start + found.end;
        // The parser may read a number out of part of the run ("$20 415-666-7777"): judge that part on its own.
        if (!found.ext && (found.start > 0 || end < candidate.end) && shapeRejection(text.slice(start, end))) continue;
        if (contextRejection(text, start, end, before)) continue;
        matches.push({ start, end, e164: found.e164, ...(found.ext ? { ext: found.ext } : {}) });
      }
    }
    return matches;
  };
}
