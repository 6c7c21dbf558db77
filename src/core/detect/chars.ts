/**
 * Character classes for the candidate scan, by char code so the scan over a page's text stays cheap.
 * The sets follow libphonenumber's own (VALID_DIGITS, VALID_PUNCTUATION, PLUS_CHARS), minus the characters that
 * never appear inside a written phone number on a web page (tabs and line breaks end a number).
 */

/** A decimal digit the parser understands: ASCII, fullwidth, Arabic-Indic, Eastern Arabic-Indic, Devanagari… */
export function isDigitCode(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return (
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0x0660 && c <= 0x0669) ||
    (c >= 0x06f0 && c <= 0x06f9) ||
    (c >= 0x0966 && c <= 0x096f) ||
    (c >= 0x09e6 && c <= 0x09ef) ||
    (c >= 0x0e50 && c <= 0x0e59)
  );
}

/** Characters that may sit between the digit groups of one written number. */
export function isSeparatorCode(c: number): boolean {
  switch (c) {
    case 0x20: // space
    case 0xa0: // no-break space
    case 0x2009: // thin space
    case 0x202f: // narrow no-break space
    case 0x3000: // ideographic space
    case 0x2d: // -
    case 0x2e: // .
    case 0x2f: // /
    case 0x28: // (
    case 0x29: // )
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7e: // ~
    case 0x2212: // minus sign
    case 0x30fc: // katakana prolonged sound mark, written as a dash in Japanese numbers
    case 0xff0d: // fullwidth hyphen
    case 0xff0e: // fullwidth full stop
    case 0xff0f: // fullwidth solidus
    case 0xff08: // fullwidth (
    case 0xff09: // fullwidth )
    case 0xff5e: // fullwidth tilde
      return true;
    default:
      return c >= 0x2010 && c <= 0x2015; // hyphen … horizontal bar, en and em dash included
  }
}

export const isPlusCode = (c: number): boolean => c === 0x2b || c === 0xff0b;

/**
 * Latin letters (with their combining marks), digits and the underscore: a number touching one of these is part
 * of a longer token ("ID2125550100", "2125550100abc"). Like libphonenumber, only Latin script counts: Chinese or
 * Arabic text is written right next to numbers.
 */
export const WORD_CHAR = /[\p{Script=Latin}\p{M}\p{Nd}_]/u;
