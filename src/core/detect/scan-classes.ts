/**
 * The characters the candidate scan (candidates.ts) reads, written out as regular-expression classes, and the
 * fewest digits a candidate needs. A leaf module of plain constants: the content script's entry (through
 * core/prefilter.ts) takes the digit class and the count from here without loading anything of the detector.
 * They are chars.ts's classes; candidates.test.ts checks them code by code.
 */

// Fewer digits than this cannot be a number worth linking: the shortest national numbers in common use
// (a 7-digit local number in Iceland, "030 901820" in Berlin) have 7 to 9.
export const MIN_CANDIDATE_DIGITS = 7;

export const DIGIT_CLASS = '0-9\\uff10-\\uff19\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0e50-\\u0e59';
export const SEPARATOR_CLASS = ' \\u00a0\\u2009\\u202f\\u3000\\-./()\\[\\]~\\u2212\\u30fc\\uff0d\\uff0e\\uff0f\\uff08\\uff09\\uff5e\\u2010-\\u2015';
export const PLUS_CLASS = '+\\uff0b';
