import { describe, expect, it } from 'vitest';
import { hasBracketedYear, shapeRejection } from './shapes';

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
    ['3.677.472', 'thousands'],
  ])('rejects %s as %s', (raw, why) => {
    expect(shapeRejection(raw)).toBe(why);
    // With its digits counted (as the candidate scan passes them), the same answer.
    expect(shapeRejection(raw, raw.replace(/\D/g, '').length)).toBe(why);
  });

  it.each(['12074509', '20241315', '17990101', '2100-01-15 12', '(212) 555-0100', '212.555.0100', '1.888.555.0148', '01.23.45.67.89', '030 901820', '03322-1234', '011 2345 6789 / 011 2345 6790', '(1800) 7493.524', '415-666-7777 - 800-443-1223'])(
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
});
