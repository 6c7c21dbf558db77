import fc from 'fast-check';
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { findPhones } from '../find-phones';

// Thousands of generated cases: more than vitest's default 5 s when the machine is shared (CI, parallel files).
const PROPERTY_TIMEOUT = 30_000;

const REGIONS: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN', 'JP', 'AU', 'BR', 'MX', 'NZ'];

// Text built from the pieces that make detection hard: digits, phone punctuation, letters, labels, currency.
const piece = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[0-9 ()+\-./x#]{1,24}$/),
  fc.constantFrom('(212) 555-0100', '+44 20 7946 0958', '030 901820', ' ext. 12', 'Order #', '$', '€', '%', 'ID', '2024-01-15', '\u00a0', '–', '０３－１２３４－５６７８', 'call'),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('findPhones properties', () => {
  it('never throws, and returns in-bounds, ordered, non-overlapping matches with valid numbers', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...REGIONS), (input, region) => {
        const matches = findPhones(input, region);
        let last = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(input.length);
          expect(isValidPhoneNumber(m.e164)).toBe(true);
          expect(m.e164).toMatch(/^\+[1-9]\d{6,14}$/);
          last = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...REGIONS), (input, region) => {
        expect(() => findPhones(input, region, { before: input })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('finds a planted number at its place whatever prose surrounds it', () => {
    // Ordinary words and punctuation; a label such as "p." or "Order #" would rightly change the answer.
    const word = fc.constantFrom('Call', 'us', 'today', 'the', 'office', 'at', 'or', 'please', 'reach', 'Ana', 'between', 'and', 'for', 'help', 'Näher', '电话', '.', ',', '!', ':', '—');
    const prose = fc.array(word, { maxLength: 8 }).map((words) => ` ${words.join(' ')} `);
    fc.assert(
      fc.property(prose, prose, (head, tail) => {
        const input = `${head}(212) 555-0147${tail}`;
        const matches = findPhones(input, 'US');
        expect(matches.map((m) => [input.slice(m.start, m.end), m.e164])).toEqual([['(212) 555-0147', '+12125550147']]);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);
});
