import fc from 'fast-check';
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { findPhones } from '../find-phones';
import defaultEngine from './default-engine';
import { createDetector } from './detect';
import { STRONGEST_PHONE_LABEL } from './phone-cue';

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

describe('runs with too few digits for the region are given up before the parser', () => {
  // The same engine with the bound switched off: every run goes through the shapes, the labels and the parser.
  const everyRun = createDetector({ ...defaultEngine, find: defaultEngine.find.bind(defaultEngine), fewestNationalDigits: () => 0 });
  const digitRun = fc.stringMatching(/^(?:\+|00|0)?[0-9]{2,4}(?:[ .\-][0-9]{1,4}){1,3}$/);
  const around = fc.constantFrom('', ' ', 'Tel. ', 'ID ', 'Order # ', ' ext. 12', ' x7', ', ', '\n', '+', '00683 4002 ', '+683 4002 ', '0033 1 42 68 53 00 ');
  const dense = fc.array(fc.oneof(digitRun, around), { maxLength: 10 }).map((parts) => parts.join(''));

  it('finds exactly what reading every run finds (with AG, whose 7-digit local numbers have no such bound)', () => {
    fc.assert(
      fc.property(fc.oneof(dense, text), fc.constantFrom<CountryCode>(...REGIONS, 'AG'), fc.string({ maxLength: 20 }), (input, region, label) => {
        expect(findPhones(input, region, { before: label })).toEqual(everyRun(input, region, { before: label }));
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TIMEOUT);

  it('still reads short international numbers written with + or 00, and the region\'s short numbers', () => {
    expect(findPhones('Niue: 00683 4002', 'US').map((m) => m.e164)).toEqual(['+6834002']);
    expect(findPhones('Niue: +683 4002', 'US').map((m) => m.e164)).toEqual(['+6834002']);
    expect(findPhones('Call 462-1234', 'AG').map((m) => m.e164)).toEqual(['+12684621234']);
  });
});

describe('the strongest phone label before a block (content/screen.ts)', () => {
  // What a page puts before a block: its label cell, a term, the end of the block before.
  const label = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('', 'Phone', 'Tel.', 'T:', 'Fax:', 'Mobile', 'Order number', 'Order ID:', 'Invoice #', 'SKU', 'Ref', 'Account', 'USD', '$', '€', 'Price', '****', 'xxxx', 'IBAN NL02 RABO ', 'VAT', 'VAT GB', 'Flight PP', '電話', '☎', 'Call us', 'Ticket'),
    fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('Tel.', 'Order #', 'ID', '$')).map(([a, b]) => a + b),
  );
  const digitRun = fc.stringMatching(/^(?:\+|00|0|\()?[0-9]{2,4}\)?(?:[ .\-][0-9]{1,4}){1,3}$/);
  const cell = fc.array(fc.oneof(digitRun, fc.constantFrom('', ' ', '2125550100', '0301234567', '333.344.979', ' ext. 12', 'Ref ', ', ', '\n')), { maxLength: 6 }).map((parts) => parts.join(''));

  it('finds every number that any label before the block lets the detector find', () => {
    fc.assert(
      fc.property(fc.oneof(cell, text), fc.constantFrom<CountryCode>(...REGIONS), label, (input, region, before) => {
        const strongest = findPhones(input, region, { before: STRONGEST_PHONE_LABEL }).map((m) => `${m.start}-${m.end}-${m.e164}`);
        for (const m of findPhones(input, region, { before })) expect(strongest).toContain(`${m.start}-${m.end}-${m.e164}`);
      }),
      { numRuns: 4000 },
    );
  }, PROPERTY_TIMEOUT);

  it('finds, where it is not read, exactly what any other label finds', () => {
    fc.assert(
      fc.property(fc.oneof(cell, text), fc.constantFrom<CountryCode>(...REGIONS), label, (input, region, before) => {
        let read = false;
        const strongest = findPhones(input, region, { before: () => ((read = true), STRONGEST_PHONE_LABEL) });
        if (!read) expect(findPhones(input, region, { before })).toEqual(strongest);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);
});
