import { describe, expect, it } from 'vitest';
import { findPhones, mayContainPhone } from './find-phones';

const e164s = (text: string, region: Parameters<typeof findPhones>[1] = 'US') => findPhones(text, region).map((m) => m.e164);

describe('findPhones', () => {
  it('reads national numbers in the default region', () => {
    expect(e164s('Call (212) 555-0100 today.')).toEqual(['+12125550100']);
    expect(e164s('Ring 020 7946 0958', 'GB')).toEqual(['+442079460958']);
    expect(e164s('Berlin: 030 901820', 'DE')).toEqual(['+4930901820']);
  });

  it('reads international numbers whatever the region', () => {
    expect(e164s('London +44 20 7946 0958', 'US')).toEqual(['+442079460958']);
    expect(e164s('New York +1 212 555 0100', 'DE')).toEqual(['+12125550100']);
  });

  it('gives exact offsets so the text can be wrapped', () => {
    const text = 'Sales 212-555-0101 or support 212-555-0102.';
    const matches = findPhones(text, 'US');
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['212-555-0101', '212-555-0102']);
  });

  it('keeps an extension with the number', () => {
    const text = 'Desk: +1 212 555 0100 ext. 12';
    const matches = findPhones(text, 'US');
    expect(matches).toMatchObject([{ e164: '+12125550100', ext: '12' }]);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['+1 212 555 0100 ext. 12']);
  });

  it('finds nothing in dates, prices, short ids and words', () => {
    expect(e164s('2024-01-15, Order 12, $1,234.56, 99.5%')).toEqual([]);
    expect(e164s('no number here')).toEqual([]);
  });

  it('skips numbers glued to letters', () => {
    expect(e164s('ID2125550100')).toEqual([]);
    expect(e164s('2125550100abc')).toEqual([]);
  });

  it('refuses numbers that are not valid for their region', () => {
    expect(e164s('Call 212-055-0100')).toEqual([]);
  });
});

describe('mayContainPhone', () => {
  it('passes text with six or more digits and rejects the rest', () => {
    expect(mayContainPhone('Order 12345')).toBe(false);
    expect(mayContainPhone('555-0100 x1')).toBe(true);
    expect(mayContainPhone('')).toBe(false);
  });
});
