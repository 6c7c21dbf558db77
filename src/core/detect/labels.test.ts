import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasIdLabel, hasIdLabelAt } from './labels';

// Thousands of generated cases: more than vitest's default 5 s when the machine is shared (CI, parallel files).
const PROPERTY_TIMEOUT = 30_000;

describe('hasIdLabel', () => {
  it.each(['Order #', 'Order number: ', 'Invoice No. ', 'Ref: ', 'SKU ', 'Customer ID ', 'Your order (#', 'Your ticket number is ', 'Booking ref. ', 'Kundennummer ', 'Artikel-Nr. ', 'N° de commande : ', 'N° TVA FR ', 'pp. ', 'S. '])(
    'reads %j as an identifier label',
    (before) => {
      expect(hasIdLabel(before)).toBe(true);
    },
  );

  it.each(['Call ', 'Phone: ', 'Tel. ', 'Mobile no. ', 'Telefonnummer: ', 'Tel.-Nr. ', 'Fax-Nr. ', 'Reference: Mark ', 'Call to order ', "Dr. Alvarez's office at ", 'Customer service: ', ''])(
    'does not read %j as one',
    (before) => {
      expect(hasIdLabel(before)).toBe(false);
    },
  );
});

describe('hasIdLabelAt', () => {
  // It reads only the label window of the text before the offset, in place: the same answer as the whole text.
  const piece = fc.oneof(
    fc.string(),
    fc.constantFrom('Order', 'order', 'ISBN-10', 'isbn-13', 'SKU', 'Kundennummer', 'Tel.-Nr.', 'n°', 'nº', 'N° de commande', 'pp.', 'S.', 'cc', 'TVA FR', 'VAT GB', 'Customer', 'number', 'No.', 'ID', 'is', 'was', 'to order', 'Café', '1', '$', '>', 'lorem ipsum dolor sit amet, consectetur', ' '.repeat(38), 'x'.repeat(33)),
    fc.constantFrom(' ', ':', '#', '.', '-', '–', '(', '\u00a0', '\u2009', '\u3000', '\n', '\t', '\ufeff', ')', ',', '/'),
  );
  it('answers exactly as hasIdLabel on the text before the offset', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.array(piece, { maxLength: 4 }), (pieces, beforePieces) => {
        const text = pieces.join('');
        const before = beforePieces.join('');
        for (let at = 0; at <= text.length; at++) {
          expect(hasIdLabelAt(text, at, before)).toBe(hasIdLabel(before + text.slice(0, at)));
        }
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TIMEOUT);
});
