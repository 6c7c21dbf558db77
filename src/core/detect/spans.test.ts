import { describe, expect, it } from 'vitest';
import { findPhones } from '../find-phones';

const linked = (text: string, region: Parameters<typeof findPhones>[1] = 'US') => findPhones(text, region).map((m) => text.slice(m.start, m.end));

describe('the span of a link', () => {
  it('leaves out a bracket whose partner is outside the number', () => {
    expect(linked('Front desk (+1 205 204 9335)')).toEqual(['+1 205 204 9335']);
    expect(linked('Support [+44 20 7946 0346].')).toEqual(['+44 20 7946 0346']);
    expect(linked('Front desk (+1 (212) 555-0100), daily')).toEqual(['+1 (212) 555-0100']);
  });

  it('keeps a bracket that is part of the number', () => {
    expect(linked('Call (212) 555-0100')).toEqual(['(212) 555-0100']);
    expect(linked('Tel. (030) 901820', 'DE')).toEqual(['(030) 901820']);
  });
});
