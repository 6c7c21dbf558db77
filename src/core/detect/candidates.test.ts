import { describe, expect, it } from 'vitest';
import { scanCandidates, splitLongCandidate } from './candidates';
import { DIGIT_CLASS, PLUS_CLASS } from './scan-classes';
import { isDigitCode, isPlusCode } from './chars';

const spans = (text: string) => scanCandidates(text).map((c) => text.slice(c.start, c.extEnd));

describe('scanCandidates', () => {
  it('takes digit runs joined by phone punctuation, with a leading + or bracket', () => {
    expect(spans('Call (212) 555-0100 or +44 20 7946 0958.')).toEqual(['(212) 555-0100', '+44 20 7946 0958']);
    expect(spans('Tel. 030 / 123 456 78')).toEqual(['030 / 123 456 78']);
  });

  it('includes an extension written after the number', () => {
    expect(spans('212-555-0100 ext. 12, 212-555-0101 x9 and 212-555-0102 #33')).toEqual([
      '212-555-0100 ext. 12',
      '212-555-0101 x9',
      '212-555-0102 #33',
    ]);
  });

  it('skips short runs and runs glued to letters', () => {
    expect(spans('Order 12345, room 1204, ID2125550100, 2125550100abc')).toEqual([]);
  });

  it('leaves out a list\'s last item glued to a word, and ends a run at a number written whole', () => {
    expect(spans('Tel. +44 7263 569326 – 11/11/1985 21h43')).toEqual(['+44 7263 569326']);
    expect(spans('+39 02-36618 300forme')).toEqual([]);
    expect(spans('Tel. +4346352318 – 27649 Berlin')).toEqual(['+4346352318']);
    expect(spans('+4930901820 / 0171 1234567')).toEqual(['+4930901820', '0171 1234567']);
  });

  it('lets a + or bracket touch a word, and ends a number at a bracketed aside glued to a word', () => {
    expect(spans('call+44 20 7946 0958')).toEqual(['+44 20 7946 0958']);
    expect(spans('040 6767 1234 (10am to 6pm)')).toEqual(['040 6767 1234']);
  });

  it('ends a run at a tab or line break', () => {
    expect(spans('0412 345 678\t2023\n2024')).toEqual(['0412 345 678']);
  });
});

describe('splitLongCandidate', () => {
  const parts = (text: string) =>
    scanCandidates(text).flatMap((c) => splitLongCandidate(text, c)).map((c) => text.slice(c.start, c.extEnd));

  it('splits a run holding a list of numbers where the list separates them', () => {
    expect(parts('212-555-0100 / 212-555-0101 x7')).toEqual(['212-555-0100', '212-555-0101 x7']);
    expect(parts('650-253-4561 -- 455-234-3451')).toEqual(['650-253-4561', '455-234-3451']);
    expect(parts('(415) 666-7777 (800) 443-1223')).toEqual(['(415) 666-7777', '(800) 443-1223']);
  });

  it('keeps a single long international number whole', () => {
    expect(parts('+44 (0)20 7946 0345')).toEqual(['+44 (0)20 7946 0345']);
  });

  it('drops a run of figures too long for any phone number', () => {
    expect(parts('1234 5678 9012 3456 8123456789 123456')).toEqual([]);
  });
});

describe('the scan classes', () => {
  it('are what chars.ts answers by char code, code by code (its ASCII shortcuts included)', () => {
    const digit = new RegExp(`^[${DIGIT_CLASS}]$`);
    const plus = new RegExp(`^[${PLUS_CLASS}]$`);
    // Mismatches collected and compared once: an expect per code point made this test slow on a loaded machine.
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (digit.test(c) !== isDigitCode(code)) mismatches.push(`digit U+${code.toString(16)}`);
      if (plus.test(c) !== isPlusCode(code)) mismatches.push(`plus U+${code.toString(16)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
