import { describe, expect, it } from 'vitest';
import { hasBracketedYear, hasMixedSeparators, shapeRejection } from './shapes';

describe('shapeRejection', () => {
  it.each([
    ['2024-01-15', 'date-time'],
    ['03/14/2024', 'date-time'],
    ['12.03.2024', 'date-time'],
    ['03/2015 – 03/2016', 'date-time'],
    ['1998–2004', 'date-time'],
    ['09.00–18.00', 'date-time'],
    ['8.30-12.00', 'date-time'],
    ['20240115', 'date-time'],
    ['18991231', 'date-time'],
    ['2024 01 15', 'date-time'],
    ['192.168.100.254', 'ip'],
    ['10.0.19041.1', 'version'],
    ['120.0.6099.109', 'version'],
    ['4111 1111 1111 1111', 'card-tracking'],
    ['9400 1000 0000 0000 0000 00', 'card-tracking'],
    ['3782 822463 10005', 'card-tracking'],
    ['9261290100130435082570', 'card-tracking'],
    ['978-3-16-148410-0', 'isbn'],
    ['94043-1351', 'zip'],
    ['48.858370 2.294481', 'decimal'],
    ['352.34–654.34', 'decimal'],
    ['12.50 - 99.99', 'decimal'],
    ['+8.02 (15.87', 'decimal'],
    ['+112.35 (+1.27', 'decimal'],
    ['3.677.472', 'thousands'],
    ['303-49-1099', 'id-shape'],
    ['26-0203767', 'id-shape'],
    ['2026-10-6838', 'id-shape'],
    ['1997 882 4433', 'id-shape'],
    ['02852–58216', 'id-shape'],
    ['11.–23.03.1971', 'date-time'],
    ['8 55302 34463 1', 'barcode'],
    ['4 006381 333931', 'barcode'],
  ])('rejects %s as %s', (raw, why) => {
    expect(shapeRejection(raw)).toBe(why);
    // With its digits counted (as the candidate scan passes them), the same answer.
    expect(shapeRejection(raw, raw.replace(/\D/g, '').length)).toBe(why);
  });

  it.each(['12074509', '20241315', '17990101', '2100-01-15 12', '(212) 555-0100', '212.555.0100', '1.888.555.0148', '01.23.45.67.89', '030 901820', '03322-1234', '011 2345 6789 / 011 2345 6790', '(1800) 7493.524', '415-666-7777 - 800-443-1223', '03-1234567', '1800 123 456', '077.211.08.20', '2777 9976 / 4737 9993', '+33.1.42.68.53.00', '+1 (212) 555.01.00'])(
    'lets %s through',
    (raw) => {
      expect(shapeRejection(raw)).toBeUndefined();
      expect(shapeRejection(raw, raw.replace(/\D/g, '').length)).toBeUndefined();
    },
  );

  it('spots a bracketed year but not a bracketed area code', () => {
    expect(hasBracketedYear('(2019) 012034')).toBe(true);
    expect(hasBracketedYear('(212) 555-0100')).toBe(false);
    expect(hasBracketedYear('(0341) 9731234')).toBe(false);
  });

  it.each(['3.346 899 38', '90-66 44.7864', '+4.876 6676-849', '82–115 – 42-60', '122-88 - 14-57', '90163  60673'])('reads %j as figures joined, not one number', (raw) => {
    expect(hasMixedSeparators(raw)).toBe(true);
  });

  it.each(['01.42.68.53.00', '+1.212.555.0100', '+1 212.555.0100', '(1800) 7493.524', '212 555-0100', '0171 - 1234567', '+44 20 7946 0346'])('reads %j as one number', (raw) => {
    expect(hasMixedSeparators(raw)).toBe(false);
  });
});
