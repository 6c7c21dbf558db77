import { describe, expect, it } from 'vitest';
import { buildCallUrl, isScheme } from './call-url';
import type { Dialable } from './dialable';

const number: Dialable = { kind: 'e164', e164: '+15551234567' };
const withExt: Dialable = { kind: 'e164', e164: '+15551234567', ext: '12' };
const extension: Dialable = { kind: 'extension', digits: '1234567' };

describe('buildCallUrl', () => {
  // The expected strings are the forms in shared/docs/zoom-uri-schemes.md.
  it('writes zoomphonecall with a literal + in callerid, and no callerid when none is set', () => {
    expect(buildCallUrl(number, 'zoomphonecall', '+15557654321')).toBe('zoomphonecall://+15551234567?callerid=+15557654321');
    expect(buildCallUrl(number, 'zoomphonecall')).toBe('zoomphonecall://+15551234567');
    expect(buildCallUrl(number, 'zoomphonecall', '802')).toBe('zoomphonecall://+15551234567?callerid=802');
  });

  it('dials the main number for zoomphonecall when the number has an extension', () => {
    expect(buildCallUrl(withExt, 'zoomphonecall')).toBe('zoomphonecall://+15551234567');
  });

  it('writes tel (with ;ext=) and callto without a caller ID', () => {
    expect(buildCallUrl(number, 'tel', '+15557654321')).toBe('tel:+15551234567');
    expect(buildCallUrl(withExt, 'tel')).toBe('tel:+15551234567;ext=12');
    expect(buildCallUrl(number, 'callto', '+15557654321')).toBe('callto:+15551234567');
  });

  it('dials a bare Zoom extension', () => {
    expect(buildCallUrl(extension, 'zoomphonecall', '+15557654321')).toBe('zoomphonecall://1234567?callerid=+15557654321');
    expect(buildCallUrl(extension, 'tel')).toBe('tel:1234567');
  });

  it('refuses malformed numbers and caller IDs instead of building a URL', () => {
    expect(() => buildCallUrl({ kind: 'e164', e164: '+1555&x=1' }, 'zoomphonecall')).toThrow(TypeError);
    expect(() => buildCallUrl({ kind: 'e164', e164: '15551234567' }, 'tel')).toThrow(TypeError);
    expect(() => buildCallUrl({ kind: 'extension', digits: '1' }, 'tel')).toThrow(TypeError);
    expect(() => buildCallUrl(number, 'zoomphonecall', '+1555?x')).toThrow(TypeError);
  });
});

describe('isScheme', () => {
  it('accepts the three link schemes only', () => {
    expect(['zoomphonecall', 'tel', 'callto'].every(isScheme)).toBe(true);
    expect(isScheme('javascript')).toBe(false);
    expect(isScheme(undefined)).toBe(false);
  });
});
