import { describe, expect, it } from 'vitest';
import defaultEngine from './detect/default-engine';
import { isE164 } from './dialable';
import { parsePhoneNumber } from './phone-lib';

describe('isE164, the one E.164 check (dialable numbers and the detector alike)', () => {
  it('accepts 7 to 15 digits after the plus, the first not 0', () => {
    expect(isE164('+6834002')).toBe(true); // Niue: the shortest numbers in use
    expect(isE164('+123456789012345')).toBe(true);
    expect(isE164('+683400')).toBe(false);
    expect(isE164('+1234567890123456')).toBe(false);
    expect(isE164('+0123456789')).toBe(false);
  });

  it('is the detector’s rule too: a 6-digit number the library validates is not linked', () => {
    expect(parsePhoneNumber('+431110')?.isValid()).toBe(true);
    expect(defaultEngine.find('Call +43 1110 now', 'AT')).toEqual([]);
    expect(defaultEngine.find('Niue +683 4002 ok', 'NU').map((match) => match.e164)).toEqual(['+6834002']);
  });
});
