import { describe, expect, it } from 'vitest';
import defaultEngine from './default-engine';

describe('engine: runs too short for a national number are not parsed', () => {
  it('still reads a national number of the region, and any number written with +', () => {
    expect(defaultEngine.find('(212) 201-4567', 'US').map((m) => m.e164)).toEqual(['+12122014567']);
    expect(defaultEngine.find('+44 20 7946 0346', 'US').map((m) => m.e164)).toEqual(['+442079460346']);
    expect(defaultEngine.find('01 42 68 53 00', 'FR').map((m) => m.e164)).toEqual(['+33142685300']);
  });

  it('still reads a region whose metadata completes short local numbers (NANP islands: 7 digits read as 10)', () => {
    expect(defaultEngine.find('462-1234', 'AG').map((m) => m.e164)).toEqual(['+12684621234']);
  });

  it('finds nothing in a run with fewer digits than the region’s shortest number', () => {
    expect(defaultEngine.find('140934928', 'US')).toEqual([]);
    expect(defaultEngine.find('4021-7783', 'US')).toEqual([]);
  });
});
