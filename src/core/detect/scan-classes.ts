/**
 * The characters the detector reads, as regular-expression classes (the one definition: chars.ts asks them by
 * char code), and the fewest digits a candidate needs. The sets follow libphonenumber's own (VALID_DIGITS,
 * VALID_PUNCTUATION, PLUS_CHARS), minus the characters that never appear inside a written phone number on a web
 * page (tabs and line breaks end a number). A leaf module of plain constants: the content script's entry
 * (through core/prefilter.ts) takes the digit class and the count from here without loading the detector.
 */

// Fewer digits than this cannot be a number worth linking: the shortest national numbers in common use
// (a 7-digit local number in Iceland, "030 901820" in Berlin) have 7 to 9.
export const MIN_CANDIDATE_DIGITS = 7;

/** ASCII, fullwidth, Arabic-Indic, Eastern Arabic-Indic, Devanagari, Bengali and Thai digits. */
export const DIGIT_CLASS = '0-9\\uff10-\\uff19\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0e50-\\u0e59';
/**
 * What may sit between the digit groups of one written number: spaces (no-break, thin, ideographic), hyphens and
 * dashes, full stops, slashes, brackets, tildes, the minus sign, the katakana prolonged sound mark (a dash in
 * Japanese numbers) and their fullwidth forms.
 */
export const SEPARATOR_CLASS = ' \\u00a0\\u2009\\u202f\\u3000\\-./()\\[\\]~\\u2212\\u30fc\\uff0d\\uff0e\\uff0f\\uff08\\uff09\\uff5e\\u2010-\\u2015';
export const PLUS_CLASS = '+\\uff0b';
