/**
 * libphonenumber-js for the whole extension, with its metadata parsed only when a number is first read.
 *
 * The "max" metadata is a large JSON file. Bundled as an object literal (what `libphonenumber-js/max` does) it
 * would be built on every page the content script runs in, before any text has been looked at; kept as a string it
 * costs a scan of the literal, and `JSON.parse` runs only on a page that has something that may be a number.
 * Whether a region code is supported is answered from a short list (below) so reading settings and inferring the
 * page's region never parse the metadata.
 */
import {
  type CountryCode,
  isSupportedCountry as isSupportedIn,
  type MetadataJson,
  parsePhoneNumberFromString as parseWith,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import metadataSource from 'libphonenumber-js/metadata.max.json?raw';

let parsed: MetadataJson | undefined;

/** The full metadata, parsed on first use. */
export function phoneMetadata(): MetadataJson {
  // Vite (the extension, vitest) gives the text; Node tools run with tsx (bench, scripts) get the JSON parsed.
  parsed ??= (typeof metadataSource === 'string' ? JSON.parse(metadataSource) : metadataSource) as MetadataJson;
  return parsed;
}

/** The regions libphonenumber-js has metadata for (a unit test keeps this equal to the metadata's list). */
export const SUPPORTED_COUNTRIES: ReadonlySet<string> = new Set(
  ('AC AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT ' +
    'BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ' +
    'ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE ' +
    'IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV ' +
    'LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP ' +
    'NR NU NZ OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK ' +
    'SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA ' +
    'VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW').split(' '),
);

export function isSupportedCountry(code: string): code is CountryCode {
  return SUPPORTED_COUNTRIES.has(code);
}

export function parsePhoneNumber(text: string, region?: CountryCode): PhoneNumber | undefined {
  return region ? parseWith(text, region, phoneMetadata()) : parseWith(text, phoneMetadata());
}

/** The metadata's own answer, for the test that keeps SUPPORTED_COUNTRIES current. */
export function isSupportedInMetadata(code: string): boolean {
  return isSupportedIn(code as CountryCode, phoneMetadata());
}
