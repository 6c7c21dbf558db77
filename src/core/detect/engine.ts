/**
 * The libphonenumber-js binding, with the metadata and leniency as parameters so the choice can be measured
 * (scripts/eval-detect.ts --metadata=… --leniency=…). The shipped choice is in ./default-engine.ts.
 */
import { findNumbers, type CountryCode, type MetadataJson, type NumberFound } from 'libphonenumber-js/core';
import { isE164 } from '../dialable';
import { isWrittenNationally } from './national-form';

// Digits of a script the library's parser does not read (it reads ASCII, fullwidth and the two Arabic-Indic sets):
// its matcher takes them into a match that its parser then ignores.
const UNREAD_DIGIT = /(?![0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9])\p{Nd}/u;
// What may stand between a number and text after it that is not part of it.
const TRAILING = /[\s\p{P}\p{Z}]+$/u;
// The digits the parser reads (the first of them, and all), and the plus signs that make a number international.
const READ_DIGIT = /[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/;
const READ_DIGITS = new RegExp(READ_DIGIT.source, 'g');
export const PLUS = /[+\uFF0B]/;
/** The fewest digits an E.164 number has, its country code included (dialable.ts). */
const FEWEST_E164_DIGITS = 7;

/**
 * The fewest digits a number written nationally in `region` can have: its metadata's shortest national number
 * (possible lengths, index 3), or 0 where a transform rule may add digits to what is written (index 8: NANP
 * islands read 7 digits as 10). A national prefix or an international prefix only adds digits to that.
 */
function fewestNationalDigits(json: MetadataJson, region: CountryCode, cache: Map<string, number>): number {
  let fewest = cache.get(region);
  if (fewest === undefined) {
    const entry = (json as unknown as { countries: Record<string, unknown[] | undefined> }).countries[region];
    const lengths = entry?.[3];
    fewest = !entry || entry[8] || !Array.isArray(lengths) || lengths.length === 0 ? 0 : Math.min(...(lengths as number[]));
    cache.set(region, fewest);
  }
  return fewest;
}

/** The shortest national number of any country using calling code `code` (0 where the metadata gives none). */
function fewestForCallingCode(json: MetadataJson, code: string, cache: Map<string, number | undefined>): number | undefined {
  if (cache.has(code)) return cache.get(code);
  const data = json as unknown as {
    country_calling_codes: Record<string, string[] | undefined>;
    countries: Record<string, unknown[] | undefined>;
    nonGeographic?: Record<string, unknown[] | undefined>;
  };
  const shortest = (entry: unknown[] | undefined): number => {
    const lengths = entry?.[3];
    return Array.isArray(lengths) && lengths.length > 0 ? Math.min(...(lengths as number[])) : 0;
  };
  const regions = data.country_calling_codes[code];
  // Calling codes of no country (+800 freephone, +882 networks) have metadata of their own.
  const global = data.nonGeographic?.[code];
  let fewest: number | undefined;
  if (regions) fewest = Math.min(...regions.map((region) => shortest(data.countries[region])));
  if (global) fewest = Math.min(fewest ?? Infinity, shortest(global));
  cache.set(code, fewest);
  return fewest;
}

/** The zero of each script of digits the parser reads: ASCII, fullwidth, Arabic-Indic, extended Arabic-Indic. */
const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0];

/** The digits the parser reads in `window`, in order, as ASCII digits. */
function readDigits(window: string): string {
  let digits = '';
  READ_DIGITS.lastIndex = 0;
  for (let match = READ_DIGITS.exec(window); match; match = READ_DIGITS.exec(window)) {
    const code = match[0].charCodeAt(0);
    digits += code <= 0x39 ? match[0] : String(code - (DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9) ?? code));
  }
  return digits;
}

/**
 * Whether a window that starts with a plus sign (no digit before it) holds digits enough for a number of some
 * country: a calling code in its first one to three digits, and after it at least that country's shortest
 * number (possible lengths; a transform rule only applies to numbers written nationally). Digits of an
 * extension or of a second number only add to the count, so this never rules out a number the parser would read.
 * False for signed figures: "+12.34 (5.67" (+1 and six digits; no calling code 12 or 123).
 */
function enoughForCallingCode(window: string, digits: string, json: MetadataJson, cache: Map<string, number | undefined>): boolean {
  if (window.search(READ_DIGIT) < window.search(PLUS)) return true;
  for (let k = 1; k <= 3 && k < digits.length; k++) {
    const fewest = fewestForCallingCode(json, digits.slice(0, k), cache);
    if (fewest !== undefined && digits.length - k >= fewest) return true;
  }
  return false;
}

/** The end of a match, cut before any digit the parser did not read; undefined when the match starts with one. */
function readEnd(window: string, start: number, end: number): number | undefined {
  const unread = UNREAD_DIGIT.exec(window.slice(start, end));
  if (!unread) return end;
  const kept = window.slice(start, start + unread.index).replace(TRAILING, '');
  return kept.length > 0 ? start + kept.length : undefined;
}

/** libphonenumber-js implements only these two of libphonenumber's four levels. */
export type Leniency = 'POSSIBLE' | 'VALID';

export interface EngineMatch {
  /** Offsets within the window handed to `find`. */
  readonly start: number;
  readonly end: number;
  readonly e164: string;
  readonly ext?: string;
}

export interface Engine {
  readonly name: string;
  /** The valid phone numbers in a short window of text, read with `region` for national numbers. */
  find(window: string, region: CountryCode): EngineMatch[];
  /** `find` reads nothing in a window with no plus sign and fewer digits than this (0: no such bound). */
  fewestNationalDigits(region: CountryCode): number;
}

// findNumbers takes `leniency` at run time; its type declaration leaves it out.
type FindNumbersV2 = (text: string, options: { defaultCountry: CountryCode; v2: true; leniency: Leniency }, metadata: MetadataJson) => NumberFound[];

/** `metadata` may be a function, called on the first `find` (see ../phone-lib.ts: parsed only when needed). */
export function createEngine(name: string, metadata: MetadataJson | (() => MetadataJson), leniency: Leniency): Engine {
  const find = findNumbers as unknown as FindNumbersV2;
  const fewest = new Map<string, number>();
  const fewestByCode = new Map<string, number | undefined>();
  return {
    name,
    fewestNationalDigits: (region) => fewestNationalDigits(typeof metadata === 'function' ? metadata() : metadata, region, fewest),
    find(window, region) {
      const out: EngineMatch[] = [];
      const json = typeof metadata === 'function' ? metadata() : metadata;
      // Most digit runs of ledgers and logs (IDs, counters) are too short to be a national number of the region,
      // and a signed figure ("+1.23 (0.45%)") too short for any international one (isE164: 7 digits or more):
      // the parser, the costliest step by far (a matcher compiles its expressions per call), would read nothing.
      const digits = readDigits(window);
      const international = PLUS.test(window);
      if (digits.length < (international ? FEWEST_E164_DIGITS : fewestNationalDigits(json, region, fewest))) return out;
      if (international && !enoughForCallingCode(window, digits, json, fewestByCode)) return out;
      for (const { number, startsAt, endsAt } of find(window, { defaultCountry: region, v2: true, leniency }, json)) {
        // Whatever the leniency, a number we link must be valid: POSSIBLE only drops the library's
        // extra check on the characters around a number, which ours replace. VALID has checked it already.
        if (leniency !== 'VALID' && !number.isValid()) continue;
        // Only what a call URL may carry (dialable.ts): some metadata patterns validate longer runs (German
        // numbers) or shorter ones than any number in use.
        if (!isE164(number.number)) continue;
        const end = readEnd(window, startsAt, endsAt);
        if (end === undefined) continue;
        if (!isWrittenNationally(number, window.slice(startsAt, end), json)) continue;
        out.push({ start: startsAt, end, e164: number.number, ...(number.ext ? { ext: number.ext } : {}) });
      }
      return out;
    },
  };
}
