import type { CountryCode } from 'libphonenumber-js/core';
import { isSupportedCountry } from './phone-lib';

export type Region = CountryCode;

export const FALLBACK_REGION: Region = 'US';

// For a language tag without a region ("de", "ja"), the country where it is chiefly spoken.
// Languages spoken across many countries with no clear default (ar, es, pt, en…) are left to the fallback
// unless another of the user's languages names a region.
const LANGUAGE_COUNTRY: Readonly<Record<string, Region>> = {
  bg: 'BG', cs: 'CZ', da: 'DK', de: 'DE', el: 'GR', et: 'EE', fi: 'FI', fr: 'FR', he: 'IL', hi: 'IN', hr: 'HR',
  hu: 'HU', id: 'ID', it: 'IT', ja: 'JP', ko: 'KR', lt: 'LT', lv: 'LV', nb: 'NO', nl: 'NL', nn: 'NO', no: 'NO',
  pl: 'PL', ro: 'RO', ru: 'RU', sk: 'SK', sl: 'SI', sv: 'SE', th: 'TH', tr: 'TR', uk: 'UA', vi: 'VN', zh: 'CN',
};

function regionOf(tag: string): Region | undefined {
  // BCP 47: language[-script][-REGION]…; a region subtag is two letters (or three digits, which we ignore).
  const parts = tag.split(/[-_]/);
  for (const part of parts.slice(1)) {
    if (/^[a-z]{2}$/i.test(part)) {
      const upper = part.toUpperCase();
      if (isSupportedCountry(upper)) return upper;
    }
  }
  return undefined;
}

/** The default region for national-format numbers, from the browser's preferred languages. */
export function regionFromLanguages(languages: readonly string[]): Region {
  for (const tag of languages) {
    const region = regionOf(tag);
    if (region) return region;
  }
  for (const tag of languages) {
    const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
    const region = LANGUAGE_COUNTRY[language];
    if (region) return region;
  }
  return FALLBACK_REGION;
}

// Country-code TLDs sold and used as generic ones: their country says nothing about the numbers on the page.
const GENERIC_CCTLDS = new Set(['ac', 'ad', 'ai', 'am', 'as', 'cc', 'cd', 'co', 'fm', 'gg', 'gl', 'im', 'io', 'je', 'la', 'ly', 'me', 'ms', 'nu', 'sh', 'so', 'st', 'tk', 'to', 'tv', 'vc', 'ws']);

// ccTLDs whose country code differs from the ISO 3166 one libphonenumber uses.
const TLD_REGION: Readonly<Record<string, string>> = { uk: 'GB' };

function regionOfHostname(hostname: string): Region | undefined {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return undefined; // localhost, IPv4, IPv6
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (tld.length !== 2 || GENERIC_CCTLDS.has(tld)) return undefined;
  const region = TLD_REGION[tld] ?? tld.toUpperCase();
  return isSupportedCountry(region) ? region : undefined;
}

/**
 * The region a page's national-format numbers are most likely written for, when the user has not pinned one:
 * its country-code TLD (`.co.uk` → GB, `.de` → DE, `.com.au` → AU), else the region of `<html lang="xx-YY">`.
 * Undefined when neither says (a `.com` page in `lang="en"`): the caller keeps its default region then.
 */
export function inferPageRegion(page: { readonly hostname: string; readonly htmlLang?: string | null }): Region | undefined {
  return regionOfHostname(page.hostname) ?? (page.htmlLang ? regionOf(page.htmlLang.trim()) : undefined);
}
