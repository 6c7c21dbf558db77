import { describe, expect, it } from 'vitest';
import { parseSelection } from './parse-selection';

describe('parseSelection', () => {
  it('reads the first number in a selection', () => {
    expect(parseSelection(' Ring 212-555-0123 anytime ', 'US')).toEqual({ kind: 'e164', e164: '+12125550123' });
    expect(parseSelection('+44 20 7946 0958 ext 7', 'US')).toEqual({ kind: 'e164', e164: '+442079460958', ext: '7' });
  });

  it('reads a bare run of 2–7 digits as a Zoom extension', () => {
    expect(parseSelection('1234', 'US')).toEqual({ kind: 'extension', digits: '1234' });
  });

  it('returns nothing for text that is not a number', () => {
    expect(parseSelection('no number here', 'US')).toBeUndefined();
    expect(parseSelection('Order #12345678', 'US')).toBeUndefined();
    expect(parseSelection('', 'US')).toBeUndefined();
  });
});
