/**
 * Whole-candidate shapes that are never phone numbers: dates, times, year and month ranges, IP addresses,
 * version numbers, card and tracking digit runs, ISBNs, ZIP+4 codes, coordinates. A candidate is rejected before
 * the parser when every part of it has one of these shapes, so a phone number next to a date in the same run
 * ("03/14/2024 212-555-0100") still reaches the parser.
 */

const DIGITS_ONLY = /\D/g;
const count = (s: string) => s.replace(DIGITS_ONLY, '').length;

const day = (s: string) => Number(s) >= 1 && Number(s) <= 31;
const month = (s: string) => Number(s) >= 1 && Number(s) <= 12;
const YEAR = /^(?:1[89]|20)\d\d$/;
const year = (s: string) => YEAR.test(s);

/** "2024-01-15", "2024/02/29", "03/14/2024", "14.03.2024", "12/5/19", "20240115". */
// The shapes below are module constants, not literals in the functions: a literal makes a new RegExp object on
// every call, and these run on every candidate of every page.
const ISO_DATE = /^(\d{4})[-/.](\d\d?)[-/.](\d\d?)$/;
const COMPACT_DATE = /^(\d{4})(\d\d)(\d\d)$/;
const LOCAL_DATE = /^(\d\d?)[-/.](\d\d?)[-/.](?:\d{2}|\d{4})$/;
function isDate(token: string): boolean {
  const iso = ISO_DATE.exec(token) ?? COMPACT_DATE.exec(token);
  if (iso) {
    const [, y = '', m = '', d = ''] = iso;
    return year(y) && month(m) && day(d);
  }
  const local = LOCAL_DATE.exec(token);
  if (!local) return false;
  const [, a = '', b = ''] = local;
  return (month(a) && day(b)) || (day(a) && month(b));
}

/** "03/2015", "2019/20", "1998", "1939-1945", "2015–2016". */
const MONTH_YEAR = /^(\d\d?)[/.](\d{4})$/;
const YEARS = /^(\d{4})(?:[-/\u2010-\u2015](?:\d{2}|\d{4}))?$/;
function isYearish(token: string): boolean {
  const monthYear = MONTH_YEAR.exec(token);
  if (monthYear) return month(monthYear[1] ?? '') && year(monthYear[2] ?? '');
  const years = YEARS.exec(token);
  return years !== null && year(years[1] ?? '');
}

/** "09.00", "8.30", "19h30". Colons end a candidate, so only dotted times get here. */
const TIME = /^(\d\d?)[.h](\d\d)$/;
function isTime(token: string): boolean {
  const m = TIME.exec(token);
  return m !== null && Number(m[1]) <= 24 && Number(m[2]) < 60;
}

/** One or two ASCII digits (a day, a month, an hour). */
const SMALL = /^\d\d?$/;
const isSmall = (token: string) => token.length <= 2 && SMALL.test(token);

const TOKEN_SEPARATOR = /[\s\u00a0\u2010-\u2015~\u2212\-/()[\]]+/gu;
const LEADING_SEPARATORS = /^[\s\u00a0\u2010-\u2015~\u2212\-/()[\]]+/u;
/**
 * How a date, year or time token starts: a year (four digits, not more), a compact date (eight, a year first), or
 * a digit or two and then a separator. An ID's longer run ("1234567890"), and a four- or eight-digit one that does
 * not start with a year (an SKU "12074509": isYearish and isDate would refuse it), fail here, before the split below.
 */
const CALENDAR_START = /^(?:(?:1[89]|20)\d\d(?:\d{4})?(?!\d)|\d\d?[-/.h])/;
/** A token of one or two digits (a day, an hour). */
const SMALL_START = /^\d{1,2}(?:$|[\s\u00a0\u2010-\u2015~\u2212\-/()[\]])/u;

/** Dates, times and ranges of them: every token is one of those shapes. */
function isCalendar(raw: string): boolean {
  // Most candidates (phone numbers, IDs) fail at once: nothing calendar-like at the start (this runs on every
  // candidate of every page, so the split below is kept for the few that pass).
  // Most candidates start with a digit: nothing to strip, and no regular expression run to find that out.
  const code = raw.charCodeAt(0);
  const first = code >= 48 && code <= 57 ? raw : raw.replace(LEADING_SEPARATORS, '');
  if (!CALENDAR_START.test(first) && !SMALL_START.test(first)) return false;
  let strong = false;
  let any = false;
  for (const dotted of raw.split(TOKEN_SEPARATOR)) {
    // "11.–23.03.1971": a day's trailing dot before a range dash.
    const token = dotted.endsWith('.') ? dotted.slice(0, -1) : dotted;
    if (token === '') continue;
    any = true;
    // Small tokens are the most common and never a date, year or time on their own: checked first.
    if (isSmall(token)) continue;
    if (isYearish(token) || isDate(token) || isTime(token)) strong = true;
    else return false;
  }
  return any && strong;
}

/** "192.168.100.254", "10.120.45.200"; an address has no leading zeros ("077.211.08.20" is a Swiss number). */
const IP = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const isIp = (raw: string) => IP.test(raw) && raw.split('.').every((part) => Number(part) <= 255 && (part.length === 1 || part[0] !== '0'));

/**
 * "10.0.19041.1", "120.0.6099.109", "2.14.3.1087": dotted groups where a one-digit group appears. Dotted phone
 * numbers ("212.555.0100", "01.23.45.67.89") have none, but for a leading "1." trunk prefix.
 */
const DOTTED_GROUPS = /^\d+(?:\.\d+){2,}$/;
function isVersion(raw: string): boolean {
  if (!DOTTED_GROUPS.test(raw)) return false;
  const groups = raw.split('.');
  // A leading "1." is the North American trunk prefix ("1.888.555.0148"); "1.2.3" is still a version.
  const [first = '', second = ''] = groups;
  return groups.slice(1).some((g) => g.length === 1) || (first.length === 1 && second.length <= 2);
}

/**
 * Card numbers and parcel tracking numbers: three or more groups of exactly four digits ("4111 1111 1111 1111",
 * "9400 1000 0000 0000 0000 00", "7489 1234 5678"), the 4-6-5 Amex grouping, or more digits than any phone number
 * has (E.164 allows 15) without a '+' to say where a country code starts.
 */
// Card and tracking groups are joined by spaces or hyphens ("2777 9976 / 4737 9993" is two numbers).
const NOT_CARD_SEPARATOR = /[^\d\s\u00a0-]/;
function isCardOrTracking(raw: string): boolean {
  // The runs of ASCII digits, measured without building strings or arrays (this runs on every candidate): how
  // many, the first two, the last, and whether every run before the last has four digits.
  let groups = 0;
  let first = 0;
  let second = 0;
  let last = 0;
  let fours = true;
  let run = 0;
  for (let i = 0; i <= raw.length; i++) {
    const code = i < raw.length ? raw.charCodeAt(i) : -1;
    if (code >= 48 && code <= 57) run++;
    else if (run > 0) {
      // The run that was last until now is followed by another one: it must have four digits.
      if (groups > 0 && last !== 4) fours = false;
      if (groups === 0) first = run;
      else if (groups === 1) second = run;
      last = run;
      groups++;
      run = 0;
    }
  }
  if (fours && ((groups >= 4 && last <= 4) || (groups === 3 && last === 4)) && !NOT_CARD_SEPARATOR.test(raw)) return true;
  if (groups === 3 && first === 4 && second === 6 && last === 5) return true;
  return groups === 1 && last > 15 && !raw.includes('+');
}

/** ISBN-13 ("978-3-16-148410-0", "9780306406157"): 13 digits starting 978/979 in at most five groups. */
const ISBN_START = /^97[89]/;
const isIsbn13 = (raw: string) => ISBN_START.test(raw) && !raw.includes('+') && count(raw) === 13;

/** ZIP+4 ("94043-1351"). German numbers can look like it ("03322-1234") but always start with the trunk 0. */
const ZIP_PLUS_4 = /^[1-9]\d{4}-\d{4}$/;
const isZipPlus4 = (raw: string) => ZIP_PLUS_4.test(raw);

/** A decimal with many places ("48.858370 2.294481", "40.748817"): coordinates and measurements. */
const DECIMAL_PAIR = /^-?\d{1,3}\.\d{4,}(?:[\s\u00a0]+-?\d{1,3}\.\d{4,})?$/;
const isDecimalPair = (raw: string) => DECIMAL_PAIR.test(raw);
/** A range of two amounts with cents ("352.34–654.34", "12.50 - 99.99"): a price range, as in a 52-week range. */
const DECIMAL_RANGE = /^\d+\.\d{1,2}[\s\u00a0]?[-\u2010-\u2015][\s\u00a0]?\d+\.\d{1,2}$/;
/** A change and its percentage ("+8.02 (15.87%)", "-0.45 (-1.2%)"): an amount with cents, then one in brackets. */
const AMOUNT_CHANGE = /^[+\-\u2212]?\d+\.\d{1,2}[\s\u00a0]*[([][+\-\u2212]?\d+\.\d{1,2}$/;

/** A count grouped in thousands with dots ("3.677.472", "12.345.678"): German and other European numerals. */
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;
const isDottedThousands = (raw: string) => DOTTED_THOUSANDS.test(raw);

/**
 * Identifiers of known shapes that are never numbering-plan groupings: US Social Security and employer numbers
 * ("303-49-1099", "26-0203767"; a national number in those groups starts with a trunk 0), a year (and month)
 * opening a case or order number ("2026-10-6838", "1997 882 4433"), and a range of two equal-length codes ("02852–58216").
 */
const US_TAX_ID = /^(?:[1-9]\d\d-\d\d-\d{4}|[1-9]\d-\d{7})$/;
const YEAR_MONTH_ID = /^(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.]\d{3,}$/;
// A recent year, then more groups ("1997 882 4433", "2024-000481"): no numbering plan starts a ten-digit number so.
const YEAR_FIRST = /^(?:19[5-9]\d|20[0-4]\d)[\s\u00a0\-/.]/;
const CODE_RANGE = /^(\d{5,})[\u2013\u2014](\d{5,})$/;
function isIdShape(raw: string, digits: number): boolean {
  // Cheap tests first: this runs on every candidate.
  if ((raw.length === 10 || raw.length === 11) && US_TAX_ID.test(raw)) return true;
  const first = raw.charCodeAt(0);
  const fifth = raw.charCodeAt(4);
  const yearThenSeparator = (first === 0x31 || first === 0x32) && !(fifth >= 0x30 && fifth <= 0x39);
  if (yearThenSeparator && (YEAR_MONTH_ID.test(raw) || (digits >= 10 && YEAR_FIRST.test(raw)))) return true;
  const range = raw.includes('\u2013') || raw.includes('\u2014') ? CODE_RANGE.exec(raw) : null;
  return range !== null && range !== undefined && range[1]?.length === range[2]?.length;
}

// A hyphen and an en or em dash in one number ("82–115 – 42-60"): figures and ranges joined, not one number's groups.
const HYPHEN = /[-\u2010\u2011]/;
const RANGE_DASH = /[\u2013\u2014]/;
/**
 * One number is grouped one way. A number grouped with dots uses dots throughout ("01.42.68.53.00",
 * "+1.212.555.0100"); a dot beside spaces or hyphens is a decimal among other figures ("3.346 899 38 × 10^20",
 * "90-66 44.7864", "+4.876 6676-849"). A space after the country code or a bracketed area code is allowed
 * ("+1 212.555.0100", "(1800) 7493.524"). A hyphen beside an en dash, or a spaced dash beside a hyphen between
 * digits, joins ranges and scores ("82–115 – 42-60", "122-88 - 14-57"), and two spaces in a row separate the
 * columns of a table written in text ("90163  60673").
 */
const SPACED_DASH = /\s[-\u2010-\u2015]\s/;
const GLUED_HYPHEN = /\d[-\u2010\u2011]\d/;
const COUNTRY_CODE = /^(?:[+\uff0b]|00|011|0011|010)[\s\u00a0]?\d{1,3}[\s\u00a0-]/;
const SPACE_OR_HYPHEN_NOT_AFTER_BRACKET = /(?<![)\]])[\s\u00a0\u2009\u202f-]/;
const DOUBLE_SPACE = /[\s\u00a0\u2009\u202f]{2}/;
export function hasMixedSeparators(raw: string): boolean {
  if (DOUBLE_SPACE.test(raw)) return true;
  if (HYPHEN.test(raw) && (RANGE_DASH.test(raw) || (SPACED_DASH.test(raw) && GLUED_HYPHEN.test(raw)))) return true;
  return raw.includes('.') && SPACE_OR_HYPHEN_NOT_AFTER_BRACKET.test(raw.replace(COUNTRY_CODE, ''));
}

/** Barcodes printed in their groups: UPC-A "8 55302 34463 1", EAN-13 "4 006381 333931". */
const PRINTED_BARCODE = /^\d[\s\u00a0](?:\d{5}[\s\u00a0]\d{5}[\s\u00a0]\d|\d{6}[\s\u00a0]\d{6})$/;
const isPrintedBarcode = (raw: string) => PRINTED_BARCODE.test(raw);

/** A year in brackets inside a number ("1234 (2019) 012034"): a citation; area codes in brackets are not years. */
const BRACKETED_YEAR = /[([]\s*(?:19|20)\d\d\s*[)\]]/;
export const hasBracketedYear = (raw: string) => BRACKETED_YEAR.test(raw);

/**
 * Why a candidate's whole text is not a phone number, or undefined when it may be one. `digits`, when the caller
 * has counted them (the candidate scan has), is how many digits `raw` holds: shapes that need more or other
 * counts are not tried.
 */
export function shapeRejection(raw: string, digits?: number): string | undefined {
  // No text has two of these shapes, so the order is the cheapest first: an IP address fails isIp at once but
  // would be split into tokens by isCalendar. Shapes written with dots are not tried on a text without one, nor
  // shapes of other lengths (card and tracking runs have 12 digits or more, ISBN-13 13, ZIP+4 9): this runs on
  // every candidate of every page.
  const dotted = raw.includes('.');
  const any = digits === undefined;
  if (dotted && isIp(raw)) return 'ip';
  if (isCalendar(raw)) return 'date-time';
  if (dotted && isVersion(raw)) return 'version';
  if ((any || digits >= 12) && isCardOrTracking(raw)) return 'card-tracking';
  if ((any || digits >= 13) && isIsbn13(raw)) return 'isbn';
  if ((any || digits === 9) && isZipPlus4(raw)) return 'zip';
  if (dotted && (isDecimalPair(raw) || DECIMAL_RANGE.test(raw) || AMOUNT_CHANGE.test(raw))) return 'decimal';
  if (dotted && isDottedThousands(raw)) return 'thousands';
  if (isIdShape(raw, digits ?? count(raw))) return 'id-shape';
  if ((any || digits === 12 || digits === 13) && isPrintedBarcode(raw)) return 'barcode';
  return undefined;
}
