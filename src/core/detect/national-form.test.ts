import { describe, expect, it } from 'vitest';
import { findPhones } from '../find-phones';

const e164s = (text: string, region: Parameters<typeof findPhones>[1]) => findPhones(text, region).map((m) => m.e164);

describe('national numbers as their region writes them', () => {
  it('reads a national number only with the trunk prefix where the format always has it', () => {
    expect(e164s('Tel. 030 901820', 'DE')).toEqual(['+4930901820']);
    expect(e164s('Tel. 30 901820', 'DE')).toEqual([]);
    expect(e164s('Tél. 01 42 68 53 00', 'FR')).toEqual(['+33142685300']);
    expect(e164s('Tél. 1 42 68 53 00', 'FR')).toEqual([]);
    // Written internationally, no prefix is wanted.
    expect(e164s('Tel. +49 30 901820', 'DE')).toEqual(['+4930901820']);
  });

  it('keeps a North American area code a group of its own', () => {
    expect(e164s('Cell: (212) 555-0100', 'US')).toEqual(['+12125550100']);
    expect(e164s('Cell: 1-800-555-0100', 'US')).toEqual(['+18005550100']);
    expect(e164s('Cell: (34) 5422-9684', 'US')).toEqual([]);
    expect(e164s('Cell: 98-4676-1145', 'US')).toEqual([]);
  });

  it('does not let the first group run far past the format\'s first group', () => {
    expect(e164s('Tel. 0207 946 0346', 'GB')).toEqual(['+442079460346']);
    expect(e164s('Tel. 020 7946 0346', 'GB')).toEqual(['+442079460346']);
  });

  it('reads a country code written without "+" only as a group of its own', () => {
    expect(e164s('Tel. 55 11 2345 6789', 'BR')).toEqual(['+551123456789']);
    expect(e164s('6/6/24 · 5590 4535 902 752', 'BR')).toEqual([]);
  });

  it('does not read a number out of the end of a longer figure', () => {
    expect(e164s('Call us on 0512 3342106316', 'CA')).toEqual([]);
    expect(e164s('It costs $20 415-666-7777', 'US')).toEqual(['+14156667777']);
  });

  it('drops a national number with two slashes', () => {
    expect(e164s('Fon 0171/1234567', 'DE')).toEqual(['+491711234567']);
    expect(e164s('Fon 0171/123/4567', 'DE')).toEqual([]);
  });
});
