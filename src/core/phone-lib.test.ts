import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { isSupportedCountry, isSupportedInMetadata, parsePhoneNumber, SUPPORTED_COUNTRIES } from './phone-lib';

describe('phone-lib', () => {
  it('lists exactly the regions the bundled metadata supports', () => {
    // The library's own bundled list (the object-literal build), not ours: an upgrade that adds a region fails here.
    expect([...SUPPORTED_COUNTRIES].sort()).toEqual([...getCountries()].sort());
  });

  it('answers like the metadata for supported and unsupported codes', () => {
    for (const code of ['US', 'GB', 'XK', 'ZZ', 'UK', 'us', '']) expect(isSupportedCountry(code)).toBe(isSupportedInMetadata(code));
  });

  it('parses with the lazily parsed metadata', () => {
    expect(parsePhoneNumber('(212) 555-0199', 'US')?.number).toBe('+12125550199');
    expect(parsePhoneNumber('020 7946 0018', 'GB')?.formatInternational()).toBe('+44 20 7946 0018');
  });
});
