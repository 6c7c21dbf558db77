import { describe, expect, it } from 'vitest';
import { formatNumber, parseCallHref, parseDialInput } from './dial-input';

describe('parseDialInput', () => {
  it('reads international and national numbers, with an extension', () => {
    expect(parseDialInput('+1 212 555 0100', 'GB')).toEqual({ kind: 'e164', e164: '+12125550100' });
    expect(parseDialInput('(212) 555-0100', 'US')).toEqual({ kind: 'e164', e164: '+12125550100' });
    expect(parseDialInput('020 7946 0958', 'GB')).toEqual({ kind: 'e164', e164: '+442079460958' });
    expect(parseDialInput('212-555-0100 ext. 12', 'US')).toEqual({ kind: 'e164', e164: '+12125550100', ext: '12' });
    expect(parseDialInput('212-555-0100 x7', 'US')).toEqual({ kind: 'e164', e164: '+12125550100', ext: '7' });
  });

  it('reads a bare 2–7 digit run as a Zoom extension', () => {
    expect(parseDialInput(' 802 ', 'US')).toEqual({ kind: 'extension', digits: '802' });
    expect(parseDialInput('1234567', 'US')).toEqual({ kind: 'extension', digits: '1234567' });
  });

  it('refuses partial, invalid or wordy input', () => {
    for (const text of ['', '1', '212-555', '+1 212 555 010', 'call 212-555-0100', '212-555-0100?callerid=1', 'abc', '+1 212 555 0100 ext. 12345678']) {
      expect(parseDialInput(text, 'US')).toBeUndefined();
    }
  });
});

describe('parseCallHref', () => {
  it('reads tel:, callto: and zoomphonecall: links', () => {
    expect(parseCallHref('tel:+12125550100', 'US')).toEqual({ kind: 'e164', e164: '+12125550100' });
    expect(parseCallHref('tel:+1-212-555-0100;ext=12', 'US')).toEqual({ kind: 'e164', e164: '+12125550100', ext: '12' });
    expect(parseCallHref('TEL:%2B1%20212%20555%200100', 'US')).toEqual({ kind: 'e164', e164: '+12125550100' });
    expect(parseCallHref('tel:(212)555-0100', 'US')).toEqual({ kind: 'e164', e164: '+12125550100' });
    expect(parseCallHref('callto:+442079460958', 'US')).toEqual({ kind: 'e164', e164: '+442079460958' });
    expect(parseCallHref('callto://+442079460958', 'US')).toEqual({ kind: 'e164', e164: '+442079460958' });
    expect(parseCallHref('zoomphonecall://+12125550100?callerid=+19005550100', 'US')).toEqual({ kind: 'e164', e164: '+12125550100' });
    expect(parseCallHref('zoomphonecall://802', 'US')).toEqual({ kind: 'extension', digits: '802' });
  });

  it('refuses other links and numbers that do not validate', () => {
    for (const href of ['https://example.com/tel:+12125550100', 'javascript:alert(1)', 'tel:', 'tel:+1', 'tel:%E0%A4%A', 'tel:+12125550100;ext=1x', 'mailto:a@b.c', 'zoomphonesms://+12125550100']) {
      expect(parseCallHref(href, 'US')).toBeUndefined();
    }
  });
});

describe('formatNumber', () => {
  it('shows numbers internationally, with extensions', () => {
    expect(formatNumber({ kind: 'e164', e164: '+12125550100' })).toBe('+1 212 555 0100');
    expect(formatNumber({ kind: 'e164', e164: '+12125550100', ext: '12' })).toBe('+1 212 555 0100');
    expect(formatNumber({ kind: 'extension', digits: '802' })).toBe('802');
  });
});
