/**
 * A number the parser read in national form, checked against how its region writes national numbers, from the
 * metadata's formatting rules: where the national format always carries the trunk prefix ("030 901820",
 * "01 42 68 53 00"), the same digits without it ("30901820" in a log line) are not a phone number as written; a
 * national number's first written group does not run far past the format's first group (the area code), and a
 * North American number keeps its trunk 1 and area code as groups of their own, so "(34) 5422-9684" or
 * "98-4676-1145" (another region's national number) and "2029-073886" (an ID) are not read as one. Libphonenumber's own matcher skips both checks
 * (its VALID leniency leaves the prefix check out; STRICT_GROUPING is not ported).
 */
import { Metadata, type CountryCode, type MetadataJson, type PhoneNumber } from 'libphonenumber-js/core';
import { isDigitCode } from './chars';

interface Format {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  usesNationalPrefix(): boolean;
  nationalPrefixIsOptionalWhenFormattingInNationalFormat(): boolean;
}
interface Plan { formats(): Format[] }

let cached: { json: MetadataJson; metadata: Metadata; formats: Map<string, Format[]> } | undefined;
/** Each format's leading-digits and whole-number patterns, compiled once. */
const patterns = new WeakMap<Format, { leading: RegExp | undefined; whole: RegExp }>();
function compiled(format: Format): { leading: RegExp | undefined; whole: RegExp } {
  let entry = patterns.get(format);
  if (!entry) {
    const leading = format.leadingDigitsPatterns();
    const last = leading[leading.length - 1];
    entry = { leading: last === undefined ? undefined : new RegExp(`^(?:${last})`), whole: new RegExp(`^(?:${format.pattern()})$`) };
    patterns.set(format, entry);
  }
  return entry;
}

/**
 * The format the metadata formats `nationalNumber` with (libphonenumber's chooseFormatForNumber), and how many
 * digits its first group (the area code) holds.
 */
function formatFor(json: MetadataJson, country: CountryCode, nationalNumber: string): { format: Format; firstGroup: number } | undefined {
  if (cached?.json !== json) cached = { json, metadata: new Metadata(json), formats: new Map() };
  let formats = cached.formats.get(country);
  if (!formats) {
    cached.metadata.selectNumberingPlan(country);
    formats = (cached.metadata.numberingPlan as unknown as Plan | undefined)?.formats() ?? [];
    cached.formats.set(country, formats);
  }
  for (const format of formats) {
    const { leading, whole } = compiled(format);
    if (leading !== undefined && !leading.test(nationalNumber)) continue;
    const groups = whole.exec(nationalNumber);
    if (groups) return { format, firstGroup: (groups[1] ?? '').length };
  }
  return undefined;
}

/**
 * The digit offsets where `written`'s groups of digits end, how many digits it holds and its ASCII digits, less
 * `extDigits` at its end.
 */
function writtenBoundaries(written: string, extDigits: number): { ends: number[]; digits: number; ascii: string } {
  const ends: number[] = [];
  let digits = 0;
  let ascii = '';
  let inRun = false;
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if (isDigitCode(code)) {
      digits++;
      if (code < 128) ascii += written[i];
      inRun = true;
    } else if (inRun) {
      ends.push(digits);
      inRun = false;
    }
  }
  const main = digits - extDigits;
  return { ends: ends.filter((end) => end < main), digits: main, ascii: ascii.slice(0, ascii.length - extDigits) };
}

/**
 * Is `number`, found as `written` with `defaultCountry`'s national rules, written
 * as its region writes national numbers? International forms are not judged here.
 */
export function isWrittenNationally(number: PhoneNumber, written: string, json: MetadataJson): boolean {
  // The parser leaves the source unset when the calling code came from the default country.
  const source = (number as unknown as { __countryCallingCodeSource?: string }).__countryCallingCodeSource;
  // The country code written without "+" ("55 11 2345 6789" on a Brazilian page) stands as a group of its own;
  // glued to the next digits ("5590 4535 902 752") it is the start of another figure.
  if (source === 'FROM_NUMBER_WITHOUT_PLUS_SIGN') return writtenBoundaries(written, 0).ends[0] === number.countryCallingCode.length;
  if (source !== undefined && source !== 'FROM_DEFAULT_COUNTRY') return true;
  const nsn = number.nationalNumber;
  const chosen = number.country ? formatFor(json, number.country, nsn) : undefined;
  if (!chosen) return true;
  const { format, firstGroup: areaCode } = chosen;
  // Libphonenumber's rule: a national number has at most one slash ("2024/0037/32" is a file number).
  if (written.indexOf('/') !== written.lastIndexOf('/')) return false;
  const { ends, digits, ascii } = writtenBoundaries(written, number.ext?.length ?? 0);
  // Digits written before the national number: the trunk prefix (or a carrier code with it).
  const prefix = digits - nsn.length;
  if (prefix <= 0 && format.usesNationalPrefix() && !format.nationalPrefixIsOptionalWhenFormattingInNationalFormat()) return false;
  // Written digits that are not the national number after a prefix were rewritten by the region's parsing rule
  // (Argentine mobiles: "0343 15-555-1234" is +54 9 343 555-1234): their groups are not the format's.
  if (!ascii.endsWith(nsn)) return true;
  const inside = ends.map((end) => end - prefix).filter((end) => end < nsn.length);
  const first = inside.find((end) => end > 0);
  // The first group may take a digit of the next one ("0207 946 0346" for "020 7946 0346"), not more: "1997 882
  // 4433" is a year, then other figures.
  if (first !== undefined && first > areaCode + 1) return false;
  if (number.countryCallingCode !== '1' || inside.length === 0) return true;
  // A North American area code is a group of its own.
  return first === areaCode;
}
