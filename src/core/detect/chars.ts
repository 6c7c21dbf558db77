/**
 * Character questions for the detector, by char code. The sets themselves are defined once, as
 * regular-expression classes, in scan-classes.ts.
 */
import { DIGIT_CLASS, PLUS_CLASS } from './scan-classes';

const DIGIT = new RegExp(`[${DIGIT_CLASS}]`);
const PLUS = new RegExp(`[${PLUS_CLASS}]`);

/** A decimal digit the parser understands (DIGIT_CLASS), by char code; ASCII answered without the expression. */
export function isDigitCode(c: number): boolean {
  return c < 128 ? c >= 48 && c <= 57 : DIGIT.test(String.fromCharCode(c));
}

/** A plus sign (PLUS_CLASS), by char code. */
export const isPlusCode = (c: number): boolean => c === 0x2b || (c >= 128 && PLUS.test(String.fromCharCode(c)));

/**
 * Latin letters (with their combining marks), digits and the underscore: a number touching one of these is part
 * of a longer token ("ID2125550100", "2125550100abc"). Like libphonenumber, only Latin script counts: Chinese or
 * Arabic text is written right next to numbers.
 */
export const WORD_CHAR = /[\p{Script=Latin}\p{M}\p{Nd}_]/u;
