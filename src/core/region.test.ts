import { describe, expect, it } from 'vitest';
import { regionFromLanguages } from './region';

describe('regionFromLanguages', () => {
  it('takes the region subtag of the first language that has one', () => {
    expect(regionFromLanguages(['en-GB', 'en-US'])).toBe('GB');
    expect(regionFromLanguages(['fr', 'de-AT'])).toBe('AT');
    expect(regionFromLanguages(['zh-Hant-TW'])).toBe('TW');
  });

  it('falls back to the main country of a language without a region', () => {
    expect(regionFromLanguages(['de'])).toBe('DE');
    expect(regionFromLanguages(['ja'])).toBe('JP');
  });

  it('falls back to US when nothing says more', () => {
    expect(regionFromLanguages([])).toBe('US');
    expect(regionFromLanguages(['en'])).toBe('US');
    expect(regionFromLanguages(['xx-ZZ'])).toBe('US');
  });
});
