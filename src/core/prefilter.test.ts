import { describe, expect, it } from 'vitest';
import { isDigitCode } from './detect/chars';
import { digitsIn, digitsOf, mayContainPhone } from './prefilter';

describe('mayContainPhone', () => {
  it('counts exactly the digits the detector reads, anywhere in the text', () => {
    // Seven of one character, spread out: a phone number's worth of digits only if the detector reads it. The
    // disagreements are collected and compared once (65,536 expect calls took seconds).
    const disagree: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (mayContainPhone(`a${c}b${c}c${c} ${c}-${c}.${c}/${c}`) !== isDigitCode(code)) disagree.push(`U+${code.toString(16)}`);
    }
    expect(disagree).toEqual([]);
  });

  it('needs seven digits in all', () => {
    expect(mayContainPhone('12 34 56')).toBe(false);
    expect(mayContainPhone('12 34 567')).toBe(true);
    expect(mayContainPhone('')).toBe(false);
  });

  it('says enough exactly where digitsIn does, on texts with digits few and many, near and far apart', () => {
    const pieces = ['1', '٣', '５', ' ', 'a', '-', '\n', 'x1y', '22', '', 'text '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)] as string;
      expect(mayContainPhone(text), JSON.stringify(text)).toBe(digitsIn(text) === 'enough');
    }
  });
});

describe('digitsIn', () => {
  it('tells none, some and enough apart, counting digits anywhere', () => {
    expect(digitsIn('no digits at all')).toBe('none');
    expect(digitsIn('')).toBe('none');
    expect(digitsIn('room 4, floor 12')).toBe('some');
    expect(digitsIn('١٢٣ and ４５６')).toBe('some');
    expect(digitsIn('1 2 3 4 5 6 7')).toBe('enough');
    expect(digitsIn('(212) 555-0100')).toBe('enough');
  });

  it('agrees with mayContainPhone', () => {
    for (const text of ['', 'abc', '123456', '1234567', 'x1y2z3 4 5 6 7', '٠١٢٣٤٥٦']) expect(digitsIn(text) === 'enough').toBe(mayContainPhone(text));
  });
});

describe('digitsOf', () => {
  it('keeps the digits and makes each run of anything else one space', () => {
    expect(digitsOf('call (212) 555-0100 now')).toBe(' 212 555 0100 ');
  });
});
