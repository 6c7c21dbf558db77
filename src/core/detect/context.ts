/**
 * Checks on the text around a number: what touches it and what stands before it. These see the whole block,
 * so a label or a currency sign in an earlier inline element of the same block still counts.
 */
import { WORD_CHAR } from './chars';
import { charsBefore, hasIdLabelAt } from './labels';

// Currency written before an amount: "$", "US$", "€", "£", "¥", "₹", "R$", "USD", "EUR", "Rs.", "CHF"…
// (Spaces only: a line break ends the amount, and the label cell before a block is not its currency.)
const CURRENCY_BEFORE = /(?:[$€£¥₹₩₽₺₪฿₫]|\b(?:usd|eur|gbp|jpy|inr|chf|cad|aud|brl|mxn|cny|rmb|rs|kr|sek|nok|dkk|pln|zł)\.?)[ \u00a0]*$/iu;
// …and after it: "1 250 000 €", "19.99 USD", "349.000 EUR".
const CURRENCY_AFTER = /^[\s\u00a0]*(?:[$€£¥₹₩₽₺₪฿₫]|(?:usd|eur|gbp|jpy|inr|chf|cad|aud|brl|mxn|cny|sek|nok|dkk|pln|zł|kr|czk|kč|huf|ft|ron|lei|hkd|sgd|zar|nzd|ils|krw|ars|clp|cop)(?![\p{L}\p{N}]))/iu;
const PERCENT_AFTER = /^[\s\u00a0]*(?:%|‰|percent\b|per cent\b|pct\b|prozent\b|pour cent\b)/iu;
// Degrees, minutes and units glued after a number: coordinates and measurements.
const UNIT_AFTER = /^(?:[°′″]|[\s\u00a0]?(?:°|km\b|mi\b|kg\b|mm\b|cm\b|m²|ft\b|lbs?\b))/u;

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isDash = (ch: string | undefined) => ch === '-' || ch === '\u2013' || ch === '\u2014' || ch === '\u2212';
// Mask characters of a card number, and the country, check digits and letter groups of an IBAN.
const MASKED_BEFORE = /[*•x]{3,}[\s\u00a0-]?$/;
const IBAN_BEFORE = /(?:^|[^\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00a0][A-Z0-9]{4})+[ \u00a0]$/u;
/** Do the groups of a masked card or an IBAN end right before `start`? Looked at only after a space or mask. */
function maskOrIbanBefore(text: string, start: number, before: string): boolean {
  const space = text[start - 1] === ' ' || text[start - 1] === '\u00a0';
  const last = text.charCodeAt(start - (space ? 2 : 1));
  // A mask character (* • x) or a group's last capital or digit must be there.
  if (!(last === 0x2a || last === 0x2022 || last === 0x78 || (last >= 0x41 && last <= 0x5a) || (last >= 0x30 && last <= 0x39))) return false;
  const near = charsBefore(text, start, 30, before);
  return MASKED_BEFORE.test(near) || IBAN_BEFORE.test(near);
}

// A code's prefix before a dash: capitals and digits ("SO", "INV", "CRM", "B00"), not a word ("number-415-…").
const CODE_BEFORE = /(?:^|[^\p{L}\p{N}])[\p{Lu}\d]+$/u;
// A space, then a minus or dash glued to the digits after it.
const SIGNED_FIGURE = /[\s\u00a0][-\u2212\u2013]\d/;

// A group of hex digits with both a letter and a digit, joined by a hyphen: the rest of a UUID or a hash.
const HEX_GROUP_BEFORE = /(?<![\p{L}\p{N}])(?=[\da-f]{4,}-$)[\da-f]*(?:\d[\da-f]*[a-f]|[a-f][\da-f]*\d)[\da-f]*-$/iu;
const HEX_GROUP_AFTER = /^-(?=[\da-f]{4,}(?![\p{L}\p{N}]))[\da-f]*(?:\d[\da-f]*[a-f]|[a-f][\da-f]*\d)/iu;
/**
 * Are the digits at [start, end) a group of a hex identifier ("…-8c9b-092916267114", "76539230-9616-55b1-…")? Its
 * other groups hold letters a phone number's never do.
 */
export function inHexIdentifier(text: string, start: number, end: number): boolean {
  return (text[start - 1] === '-' && HEX_GROUP_BEFORE.test(text.slice(Math.max(0, start - 17), start))) || (text[end] === '-' && HEX_GROUP_AFTER.test(text.slice(end, end + 18)));
}

/** The whitespace-free token around `at`: a number inside a URL, an e-mail address or a file name. */
function inUrlOrAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to] ?? ' ')) to++;
  const token = text.slice(from, to);
  return /:\/\/|www\.|@|\.(?:pdf|html?|php|aspx?|jpe?g|png)\b|[?&=]/i.test(token) && !/^(?:tel|fax|phone|call)[.:]/i.test(token);
}

/**
 * Why the number at [start, end) of `text` (its extension included) is not a phone number, judging by what
 * surrounds it; undefined when nothing around it speaks against it. `before` is text preceding the block, read only
 * when `start` is less than labels.ts's LABEL_LOOKBACK characters into `text` (so a caller may pass '' beyond that).
 */
export function contextRejection(text: string, start: number, end: number, before = ''): string | undefined {
  const prev = text[start - 1];
  const next = text[end];
  // A '+' or '(' opening the number may touch a word ("call+44 20…", "Tel.(030)…").
  const opens = /^[+＋(（]/.test(text[start] ?? '');
  if ((!opens && prev !== undefined && WORD_CHAR.test(prev)) || (next !== undefined && WORD_CHAR.test(next))) return 'glued';
  // A fragment of a longer numeric token: "1.299,00", "11234-11245" after "279(12):", "#2133734253".
  if ((prev === '.' || prev === ',' || prev === ':') && (isDigit(text[start - 2]) || text[start - 2] === ')')) return 'fragment';
  // "03/2015" leaves "2015…" to the parser; "651-234-2345/332-445-1234" is two numbers.
  if (prev === '/' && /(?:^|\D)\d{1,2}\/$/.test(text.slice(Math.max(0, start - 4), start))) return 'fragment';
  if ((next === '.' || next === ',') && isDigit(text[end + 1])) return 'fragment';
  // Joined to the next figure by a colon or a dash ("173.88.55.82 06:56:41", "343-37-6990 / 2:0", "90-66"), or
  // continuing a figure or a code after a dash ("125-82 …", "SO-2024-000481"): a piece of a longer token.
  if ((next === ':' || isDash(next)) && isDigit(text[end + 1])) return 'fragment';
  if (isDash(prev) && (isDigit(text[start - 2]) || CODE_BEFORE.test(text.slice(Math.max(0, start - 12), start - 1)))) return 'fragment';
  // A signed figure inside ("565.31 -18.59"): two quoted values, not groups of one number.
  if (SIGNED_FIGURE.test(text.slice(start, end))) return 'fragment';
  if (prev === '#' || inHexIdentifier(text, start, end)) return 'id';
  // The digit groups of a masked card or an IBAN: "**** 0029", "IBAN NL02 RABO 3412 6632 44".
  if (maskOrIbanBefore(text, start, before)) return 'card-iban';
  if (hasIdLabelAt(text, start, before)) return 'label';
  if (CURRENCY_BEFORE.test(charsBefore(text, start, 8, before))) return 'currency';
  const tail = text.slice(end, end + 12);
  if (CURRENCY_AFTER.test(tail)) return 'currency';
  if (PERCENT_AFTER.test(tail)) return 'percent';
  if (UNIT_AFTER.test(tail)) return 'unit';
  if (inUrlOrAddress(text, start, end)) return 'url';
  return undefined;
}
