import { describe, expect, it } from 'vitest';
import { hasIdLabel } from './labels';

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
