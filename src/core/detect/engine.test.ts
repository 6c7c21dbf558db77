import { type CountryCode, findNumbers, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { isE164 } from '../dialable';
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

describe('engine: a window written with + is parsed only when it has digits enough for a calling code', () => {
  // The parser alone on the same window, keeping what a call URL may carry: what the engine must still read.
  const parserAlone = (window: string) =>
    (findNumbers as unknown as (text: string, options: object) => { number: { number: string } }[])(window, { defaultCountry: 'US', v2: true, leniency: 'VALID' })
      .map((found) => found.number.number).filter(isE164);
  const countries = Object.keys(examples) as CountryCode[];

  it('reads every country’s example number, and short numbers of the smallest plans, as the parser alone does', () => {
    const windows = countries.flatMap((country) => {
      const number = parsePhoneNumberFromString((examples as Record<string, string>)[country] ?? '', country);
      return number ? [number.formatInternational(), number.number] : [];
    });
    windows.push('+49 30 901820', '+354 411 1111', '+800 1234 5678', '+683 4002', '+290 22158', '+298 212345', '+7 495 123-45-67');
    expect(windows.length).toBeGreaterThan(400);
    const differ = windows.filter((window) => JSON.stringify(defaultEngine.find(window, 'US').map((m) => m.e164)) !== JSON.stringify(parserAlone(window)));
    expect(differ).toEqual([]);
  });

  it('reads nothing in signed figures, as the parser alone does', () => {
    for (const window of ['+12.34 (5.67', '+1.23 (0.45', '+99.99 (9.99', '+0.5 (12.5']) {
      expect(parserAlone(window)).toEqual([]);
      expect(defaultEngine.find(window, 'US')).toEqual([]);
    }
  });
});
