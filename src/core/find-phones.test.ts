import { describe, expect, it } from 'vitest';
import { findPhones, mayContainPhone } from './find-phones';

const e164s = (text: string, region: Parameters<typeof findPhones>[1] = 'US') => findPhones(text, region).map((m) => m.e164);

describe('findPhones', () => {
  it('reads national numbers in the default region', () => {
    expect(e164s('Call (212) 555-0100 today.')).toEqual(['+12125550100']);
    expect(e164s('Ring 020 7946 0958', 'GB')).toEqual(['+442079460958']);
    expect(e164s('Berlin: 030 901820', 'DE')).toEqual(['+4930901820']);
  });

  it('reads international numbers whatever the region', () => {
    expect(e164s('London +44 20 7946 0958', 'US')).toEqual(['+442079460958']);
    expect(e164s('New York +1 212 555 0100', 'DE')).toEqual(['+12125550100']);
  });

  it('gives exact offsets so the text can be wrapped', () => {
    const text = 'Sales 212-555-0101 or support 212-555-0102.';
    const matches = findPhones(text, 'US');
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['212-555-0101', '212-555-0102']);
  });

  it('keeps an extension with the number', () => {
    const text = 'Desk: +1 212 555 0100 ext. 12';
    const matches = findPhones(text, 'US');
    expect(matches).toMatchObject([{ e164: '+12125550100', ext: '12' }]);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['+1 212 555 0100 ext. 12']);
  });

  it('finds nothing in dates, prices, short ids and words', () => {
    expect(e164s('2024-01-15, Order 12, $1,234.56, 99.5%')).toEqual([]);
    expect(e164s('no number here')).toEqual([]);
  });

  it('skips numbers glued to letters', () => {
    expect(e164s('ID2125550100')).toEqual([]);
    expect(e164s('2125550100abc')).toEqual([]);
  });

  it('refuses numbers that are not valid for their region', () => {
    expect(e164s('Call 212-055-0100')).toEqual([]);
  });
});

describe('findPhones beyond the parser (issue #3)', () => {
  it('reads common national formats with the right region', () => {
    expect(e164s('Mobile: 0412 345 678', 'AU')).toEqual(['+61412345678']);
    expect(e164s('Ligue para (11) 98765-4321', 'BR')).toEqual(['+5511987654321']);
    expect(e164s('Llámanos al 55 1234 5678', 'MX')).toEqual(['+525512345678']);
    expect(e164s('お問い合わせ：03-1234-5678', 'JP')).toEqual(['+81312345678']);
    expect(e164s('Head office: 022 2345 6789', 'IN')).toEqual(['+912223456789']);
    expect(e164s('Tél. : 01 42 68 53 00', 'FR')).toEqual(['+33142685300']);
  });

  it('rejects what only looks like a number', () => {
    expect(e164s('Order #2133734253')).toEqual([]);
    expect(e164s('Employment: 03/2015 – 03/2016')).toEqual([]);
    expect(e164s('Smith J. J Biol Chem. 2004;279(12):11234-11245.')).toEqual([]);
    expect(e164s('Price: 2125550100 USD')).toEqual([]);
    expect(e164s('Server at 192.168.100.254, Chrome 120.0.6099.109')).toEqual([]);
    expect(e164s('Test card 4111 1111 1111 1111')).toEqual([]);
    expect(e164s('Einwohner: 3.677.472 (2023)', 'DE')).toEqual([]);
    expect(e164s('AAPL 212.35 +2.15 (1.02%)')).toEqual([]);
    expect(e164s('req 4c2e8b1a-1f3d-4e5a-9b7c-212555014712 done')).toEqual([]);
    expect(e164s('UUID 21255501-4712-4a5b-9c3d-8e7f6a5b4c3d')).toEqual([]);
  });

  it('keeps the number next to a look-alike in the same block', () => {
    expect(e164s('Order #2133734253 placed 03/14/2024. Questions? Call (212) 555-0147.')).toEqual(['+12125550147']);
    expect(e164s('Trace 4c2e8b1a-1f3d-4e5a-9b7c-0a2916267114; support +1 212 555 0147 (+2.15%)')).toEqual(['+12125550147']);
  });

  it('reads a label that sits in the text before the block', () => {
    expect(findPhones('212-555-0143', 'US', { before: 'Order number' })).toEqual([]);
    expect(e164s('212-555-0143')).toEqual(['+12125550143']);
    // An unbroken run of digits is a number only after a phone word, here or in the label cell.
    expect(e164s('2125550143')).toEqual([]);
    expect(findPhones('2125550143', 'US', { before: 'Phone' }).map((m) => m.e164)).toEqual(['+12125550143']);
  });

  it('reads the text before the block from a function only when a candidate starts within a label\'s reach', () => {
    const reads: string[] = [];
    const before = () => {
      reads.push('read');
      return 'Order number';
    };
    expect(findPhones('212-555-0143 and 646-555-0131', 'US', { before })).toEqual([expect.objectContaining({ e164: '+16465550131' })]);
    expect(reads).toEqual(['read']);
    const far = `${'Our office is open every weekday. '.repeat(2)}Call (212) 555-0147.`;
    expect(findPhones(far, 'US', { before }).map((m) => m.e164)).toEqual(['+12125550147']);
    expect(reads).toEqual(['read']);
  });

  it('reads a 00 international prefix under a region that dials 011', () => {
    const text = 'Call 0044 20 7946 0346 from abroad.';
    const matches = findPhones(text, 'US');
    expect(matches.map((m) => [text.slice(m.start, m.end), m.e164])).toEqual([['0044 20 7946 0346', '+442079460346']]);
  });

  it('reads a number whose parts came from separate inline elements, once joined into the block text', () => {
    // <b>+1</b> 212 555 0100 and <span>(212)</span>555-0100 arrive as one string per block.
    expect(e164s('Tel:+1 212 555 0175')).toEqual(['+12125550175']);
    expect(e164s('Phone:(212)555-0176')).toEqual(['+12125550176']);
  });
});

describe('mayContainPhone', () => {
  it('passes text with seven or more digits and rejects the rest', () => {
    expect(mayContainPhone('Order 12345')).toBe(false);
    expect(mayContainPhone('Code 123456')).toBe(false);
    expect(mayContainPhone('555-0100 x1')).toBe(true);
    expect(mayContainPhone('０３－１２３４－５６７８')).toBe(true);
    expect(mayContainPhone('')).toBe(false);
  });
});

describe('findPhones and E.164', () => {
  it('never returns a number longer than E.164 allows (German metadata validates some 17-digit runs)', () => {
    // Fuzz seed 20250685: "22069/72303/20481" read for DE came back as +49220697230320481.
    for (const match of findPhones('Akte 22069/72303/20481', 'DE')) expect(match.e164).toMatch(/^\+[1-9]\d{1,14}$/);
    expect(findPhones('Telefon: 030 901820', 'DE').map((m) => m.e164)).toEqual(['+4930901820']);
  });
});
