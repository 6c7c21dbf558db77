import { describe, expect, it } from 'vitest';
import { isDigitCode } from './detect/chars';
import { mayContainPhone } from './prefilter';

describe('mayContainPhone', () => {
  it('counts exactly the digits the detector reads, anywhere in the text', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      // Seven of one character, spread out: a phone number's worth of digits only if the detector reads it.
      expect(mayContainPhone(`a${c}b${c}c${c} ${c}-${c}.${c}/${c}`), `U+${code.toString(16)}`).toBe(isDigitCode(code));
    }
  });

  it('needs seven digits in all', () => {
    expect(mayContainPhone('12 34 56')).toBe(false);
    expect(mayContainPhone('12 34 567')).toBe(true);
    expect(mayContainPhone('')).toBe(false);
  });
});
