import { describe, expect, it } from 'vitest';
import { findPhones } from '../find-phones';

const e164s = (text: string, region: Parameters<typeof findPhones>[1], before?: string) =>
  findPhones(text, region, before === undefined ? {} : { before }).map((m) => m.e164);

describe('an unbroken run of digits', () => {
  it('is a number after a phone word, in the page languages', () => {
    expect(e164s('Call 2125550100', 'US')).toEqual(['+12125550100']);
    expect(e164s('Telefon: 0301234567', 'DE')).toEqual(['+49301234567']);
    expect(e164s('Appelez le 0142685300', 'FR')).toEqual(['+33142685300']);
    expect(e164s('T: 0201234567', 'NL')).toEqual(['+31201234567']);
    expect(e164s('0301234567', 'DE', 'Telefon')).toEqual(['+49301234567']);
  });

  it('is not one in a log line or after an ID', () => {
    expect(e164s('rx 2125550100 bytes', 'US')).toEqual([]);
    expect(e164s('worker-5 pid 98002 heap 58099579 B', 'HK')).toEqual([]);
    expect(e164s('2125550100', 'US', 'Account')).toEqual([]);
  });

  it('does not apply to a number written in groups', () => {
    expect(e164s('Our office: 212-555-0100', 'US')).toEqual(['+12125550100']);
  });
});
