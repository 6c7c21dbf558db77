import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseCallerId, sanitizeSettings } from './settings';

describe('parseCallerId', () => {
  it('accepts empty input as "no caller ID"', () => {
    expect(parseCallerId('  ', 'US')).toEqual({ ok: true, value: '' });
  });

  it('normalises international and national numbers to E.164', () => {
    expect(parseCallerId('+1 (212) 555-0100', 'US')).toEqual({ ok: true, value: '+12125550100' });
    expect(parseCallerId('212.555.0100', 'US')).toEqual({ ok: true, value: '+12125550100' });
    expect(parseCallerId('020 7946 0958', 'GB')).toEqual({ ok: true, value: '+442079460958' });
  });

  it('accepts Zoom extensions of 2 to 7 digits', () => {
    expect(parseCallerId('802', 'US')).toEqual({ ok: true, value: '802' });
    expect(parseCallerId('1234567', 'US')).toEqual({ ok: true, value: '1234567' });
  });

  it('refuses letters, URL characters and invalid numbers with a message', () => {
    for (const bad of ['abc', '+1 212 555 0100?x=1', '+1 212 055 0100', '1', '+999 123']) {
      const result = parseCallerId(bad, 'US');
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    }
  });
});

describe('sanitizeSettings', () => {
  it('returns the defaults for nothing stored or garbage', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('x')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and resets invalid ones field by field', () => {
    expect(sanitizeSettings({ callerId: '+12125550100', scheme: 'tel' })).toEqual({ callerId: '+12125550100', scheme: 'tel' });
    expect(sanitizeSettings({ callerId: 'evil?x', scheme: 'tel' })).toEqual({ callerId: '', scheme: 'tel' });
    expect(sanitizeSettings({ callerId: '802', scheme: 'javascript' })).toEqual({ callerId: '802', scheme: 'zoomphonecall' });
  });
});
