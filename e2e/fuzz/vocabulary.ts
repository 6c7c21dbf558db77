/**
 * The words, numbers and near-numbers the fuzz generator plants. Real numbers come from the detection corpus
 * (src/core/__fixtures__), each with the E.164 it must link to; near-numbers are corpus negatives (dates,
 * prices, labelled IDs, ZIP codes, IPs, ISBNs, cards…) that must never be linked when they stand alone.
 */

export type PageRegion = 'US' | 'GB' | 'DE' | 'FR';

export const LANG_OF: Readonly<Record<PageRegion, string>> = { US: 'en-US', GB: 'en-GB', DE: 'de-DE', FR: 'fr-FR' };

/** A real number: its country code, national trunk prefix and national digit groups. */
export interface RealNumber {
  readonly region: PageRegion | 'other';
  readonly cc: string;
  readonly trunk: string;
  readonly groups: readonly string[];
  readonly e164: string;
}

export const US_AREAS: readonly string[] = ['212', '312', '415', '646', '617', '305', '503', '206', '773', '919'];

function us(area: string, line: string): RealNumber {
  return { region: 'US', cc: '1', trunk: '', groups: [area, '555', line], e164: `+1${area}555${line}` };
}

function national(region: PageRegion | 'other', cc: string, groups: readonly string[]): RealNumber {
  return { region, cc, trunk: region === 'other' ? '' : '0', groups, e164: `+${cc}${groups.join('')}` };
}

/** US numbers: every area code above with lines 0100–0199 (the corpus's 555-01xx range). */
export function usNumber(areaIndex: number, line: number): RealNumber {
  return us(US_AREAS[areaIndex % US_AREAS.length] as string, String(100 + (line % 100)).padStart(4, '0'));
}

export const US_AREA_COUNT = US_AREAS.length;

export const OTHER_NUMBERS: readonly RealNumber[] = [
  national('GB', '44', ['20', '7946', '0018']),
  national('GB', '44', ['161', '496', '0123']),
  national('GB', '44', ['7911', '123456']),
  national('GB', '44', ['113', '496', '0000']),
  national('GB', '44', ['29', '2018', '0123']),
  national('DE', '49', ['30', '901820']),
  national('DE', '49', ['40', '12345678']),
  national('DE', '49', ['151', '12345678']),
  national('DE', '49', ['221', '123456']),
  national('DE', '49', ['89', '1234567']),
  national('FR', '33', ['1', '42', '68', '53', '00']),
  national('FR', '33', ['6', '12', '34', '56', '78']),
  national('FR', '33', ['4', '72', '10', '30', '30']),
  national('FR', '33', ['5', '56', '00', '66', '00']),
  // Read only with their '+': no page region here is theirs.
  national('other', '81', ['3', '3224', '9999']),
  national('other', '61', ['2', '9374', '4000']),
  national('other', '91', ['22', '6632', '4000']),
  national('other', '353', ['1', '436', '4000']),
  national('other', '34', ['91', '123', '45', '67']),
  national('other', '31', ['20', '521', '9111']),
];

/** Separators a number's groups are written with, all read by the detector (no-break space included). */
export const SAFE_SEPARATORS = [' ', '-', '\u00a0'] as const;

/** Whitespace that renders as a space but that the detector does not read inside a number. */
export const ODD_WHITESPACE = ['\u2009', '\u202f', '\n', '\t', '  ', '\u200b'] as const;

/** Digit sets other than ASCII: zero of each. Astral digits (mathematical bold) are surrogate pairs. */
export const DIGIT_ZEROS = [0x660, 0x6f0, 0xff10, 0x966, 0x1d7ce] as const;

export function withDigits(text: string, zero: number): string {
  return text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
}

/** Words around a planted number: no digits, no ID labels, never glued to the number. */
export const SAFE_PREFIXES = [
  'Call ', 'Phone: ', 'Tel. ', 'Ring us on ', 'Rufen Sie an: ', 'Appelez le ', 'اتصل على ', 'התקשרו ', '📞 ', '☎ ',
  'Contact — ', 'Our desk: ', 'Reach Ana at ', '',
] as const;

export const SAFE_SUFFIXES = [' today.', ' now', '.', ' 🙂', ' — thanks', ', anytime', ' (daily)', ' الآن', ' 👨‍👩‍👧', ''] as const;

/** Filler text: Latin, RTL scripts, emoji (surrogate pairs, ZWJ sequences, flags), combining marks. */
export const WORDS = [
  'Hello', 'office', 'hours', 'Monday', 'Öffnungszeiten', 'Réservations', 'naïve', 'café', 'e\u0301cole',
  'مرحبا', 'شكرا', 'שלום', 'תודה', '\u200fسلام\u200f', '\u200e', '日本語', '한국어', '📞', '☎️', '👍🏽', '🇬🇧', '👨‍👩‍👧',
  '—', '·', '(', ')', ':', ',', '/', '#', '+', 'x', 'ext.', 'No.', 'Fax', 'ID',
] as const;

/** Near-numbers (detection-corpus negatives): a block holding only one of them must not be linked. */
export const NEAR_NUMBERS: readonly { readonly kind: string; readonly text: string }[] = [
  { kind: 'date', text: 'From 2021-03-04 to 2021-03-05' },
  { kind: 'date', text: 'Effective 1/1/2025 – 12/31/2025' },
  { kind: 'date', text: 'am 3.10.2024 und am 24.12.2024' },
  { kind: 'date', text: '2023.10.05 – 2023.10.09' },
  { kind: 'price', text: 'Price: 2125550100 USD' },
  { kind: 'price', text: '$ 2 125 550 100' },
  { kind: 'price', text: 'Valued at USD 212.555.0100' },
  { kind: 'price', text: 'Preis 1.234.567,00 €' },
  { kind: 'id', text: 'Order Number 2125550155' },
  { kind: 'id', text: 'Invoice #: 212-555-0133' },
  { kind: 'id', text: 'Tracking ID: 415 555 0132' },
  { kind: 'id', text: 'Your ticket number is 6465550131.' },
  { kind: 'id', text: 'EAN 4006381333931' },
  { kind: 'zip', text: 'Beverly Hills, CA 90210-4703' },
  { kind: 'zip', text: 'Zip codes 10001, 10002, 10003 and 10004' },
  { kind: 'ip', text: 'Server 192.168.100.254' },
  { kind: 'ip', text: 'Gateway 10.128.255.254' },
  { kind: 'isbn', text: 'ISBN 978-3-16-148410-0' },
  { kind: 'card', text: 'Test card 4111 1111 1111 1111' },
  { kind: 'coordinates', text: '40.748817, -73.985428' },
  { kind: 'range', text: 'Lines 1200–1299 and 1400–1499' },
];
