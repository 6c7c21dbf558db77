/**
 * Valid phone numbers of a region, drawn from the metadata's number plan, and the ways pages write them:
 * international, E.164, RFC 3966, with the international call prefix, national (as the region formats it and
 * as its pages commonly vary it). Every number is checked valid in libphonenumber-js/max for its region.
 */
import { Metadata, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/core';
import { phoneMetadata } from '../../phone-lib';
import type { Region } from '../../region';
import { samplePattern } from './pattern-sample';
import type { Random } from './random';

interface TypedPlan { type(name: string): { pattern(): string } | undefined }

const TYPES = ['FIXED_LINE', 'MOBILE', 'FIXED_LINE', 'MOBILE', 'TOLL_FREE'];

/** A random valid number of `region` (its type drawn from fixed line, mobile and toll free). */
export function sampleNumber(region: Region, random: Random): PhoneNumber {
  const metadata = new Metadata(phoneMetadata());
  metadata.selectNumberingPlan(region as CountryCode);
  const plan = metadata.numberingPlan as unknown as TypedPlan;
  for (let attempt = 0; attempt < 400; attempt++) {
    const pattern = plan.type(random.pick(TYPES))?.pattern();
    if (!pattern) continue;
    const national = samplePattern(pattern, random);
    const number = parsePhoneNumberFromString(national, region as CountryCode, phoneMetadata());
    const check = number && parsePhoneNumberFromString(number.number, phoneMetadata());
    // E.164 caps a number at 15 digits (some German patterns allow more, which cannot be dialled). Short codes
    // ("01 116", "803 660") and numbers reachable only from abroad ("+81 0037…") are not what business pages list.
    // A national format of a single group ("1802777") is one of those short service numbers too.
    const ordinary = national.length >= 7 && !national.startsWith('00') && /\d\D+\d/.test(number?.formatNational() ?? '');
    if (number && check?.isValid() && check.country === region && number.nationalNumber === national && number.number.length <= 16 && ordinary) return number;
  }
  throw new Error(`no valid number sampled for ${region}`);
}

export type Form = 'international' | 'e164' | 'rfc3966' | 'idd' | 'national';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

interface IddPlan { IDDPrefix(): string; defaultIDDPrefix(): string | undefined }

/** The international call prefix dialled from the page's region, when it has one fixed prefix. */
export function iddPrefix(pageRegion: Region): string | undefined {
  const metadata = new Metadata(phoneMetadata());
  metadata.selectNumberingPlan(pageRegion as CountryCode);
  const plan = metadata.numberingPlan as unknown as IddPlan;
  // Only where the prefix is one fixed string: where it is a pattern ("00(?:30|5[09]|…)"), "00 65 …" is ambiguous.
  const prefix = plan.IDDPrefix();
  return /^\d+$/.test(prefix) ? prefix : undefined;
}

/** `number` written in `form` for a page of `pageRegion` (national only when the number is from that plan), `labelled` when a phone label introduces it. */
export function writeNumber(number: PhoneNumber, form: Form, pageRegion: Region, random: Random, labelled = false): string {
  const intl = number.formatInternational();
  switch (form) {
    case 'e164': return number.number;
    case 'rfc3966': return random.chance(0.7) ? number.getURI().replace(/;ext=.*/, '') : intl.replace(/ /g, '-');
    case 'idd': {
      const prefix = iddPrefix(pageRegion);
      return prefix ? `${prefix} ${intl.slice(1)}` : intl;
    }
    case 'international': return varyInternational(number, intl, random);
    case 'national': return varyNational(number, random, labelled);
  }
}

function varyInternational(number: PhoneNumber, intl: string, random: Random): string {
  const national = number.formatNational();
  const r = random.next();
  // "+44 (0)20 7946 0346": the trunk prefix in brackets, common where the national form has one.
  const trunk = /^0\d/.test(national) && national.replace(/\D/g, '').length === number.nationalNumber.length + 1;
  if (r < 0.15 && trunk && number.countryCallingCode !== '39') {
    return `+${number.countryCallingCode} (0)${national.replace(/^\(?0/, '').replace(/\)/, '')}`;
  }
  if (r < 0.3) return intl.replace(/ /g, random.pick([NBSP, NARROW_NBSP, '-', '.']));
  if (r < 0.4 && number.countryCallingCode === '1') return `+1 (${number.nationalNumber.slice(0, 3)}) ${number.nationalNumber.slice(3, 6)}-${number.nationalNumber.slice(6)}`;
  return intl;
}

// Regions whose pages write numbers with dots ("01.42.68.53.00", "212.555.0100", "333.1234567").
// (Not where a dotted 3-3-3 is how counts are written: "381.816.770" in Italy or Portugal.)
const DOT_REGIONS = new Set(['FR', 'BE', 'CH', 'US', 'CA']);
// Regions whose pages commonly put a slash after the area code ("0171/1234567", "078/172 17 75").
const SLASH_REGIONS = new Set(['DE', 'AT', 'CH', 'BE']);
// …and brackets around it ("(030) 901820", "(11) 2345-6789").
const BRACKET_REGIONS = new Set(['DE', 'AT', 'BR', 'AR', 'MX', 'IN', 'AU', 'NZ', 'GB', 'CO']);

// A national number written as one run of digits is recognisable only after a phone label ("Tel: 0301234567").
function varyNational(number: PhoneNumber, random: Random, labelled: boolean): string {
  const national = number.formatNational();
  const groups = national.split(/[^\d]+/).filter(Boolean);
  const region = number.country ?? '';
  const r = random.next();
  if (groups.length < 2) return national;
  const [first = '', ...rest] = groups;
  if (r < 0.12 && SLASH_REGIONS.has(region)) return `${first}/${random.chance(0.5) ? rest.join('') : rest.join(' ')}`;
  if (r < 0.24 && BRACKET_REGIONS.has(region) && !national.includes('(')) return `(${first}) ${rest.join(' ')}`;
  if (r < 0.34 && !national.includes('(')) return national.replace(/ /g, random.pick(DOT_REGIONS.has(region) ? ['-', '.', NBSP] : ['-', NBSP]));
  if (r < 0.4 && number.countryCallingCode === '1') return `1-${number.nationalNumber.slice(0, 3)}-${number.nationalNumber.slice(3, 6)}-${number.nationalNumber.slice(6)}`;
  if (r < 0.46 && labelled) return groups.join('');
  return national;
}

/** Expected key of a number in scoring: E.164 and the extension. */
export const keyOf = (e164: string, ext?: string): string => (ext ? `${e164};ext=${ext}` : e164);
