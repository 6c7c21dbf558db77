import { describe, expect, it } from 'vitest';
import { effectiveRegion } from './region-choice';

describe('effectiveRegion', () => {
  it('uses a pinned country over the page and the browser', () => {
    expect(effectiveRegion({ country: 'FR', inferRegionFromPage: true }, ['de-DE'], 'GB')).toBe('FR');
  });

  it('uses the page region when inference is on and one is given', () => {
    expect(effectiveRegion({ country: '', inferRegionFromPage: true }, ['de-DE'], 'GB')).toBe('GB');
  });

  it('falls back to the browser languages without a page region or with inference off', () => {
    expect(effectiveRegion({ country: '', inferRegionFromPage: true }, ['de-DE'])).toBe('DE');
    expect(effectiveRegion({ country: '', inferRegionFromPage: false }, ['en-GB'], 'FR')).toBe('GB');
    expect(effectiveRegion({ country: '', inferRegionFromPage: false }, [])).toBe('US');
  });
});
