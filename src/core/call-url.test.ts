import { describe, expect, it } from 'vitest';
import { buildCallUrl, buildSmsUrl, isScheme, SCHEMES, type Scheme } from './call-url';
import type { Dialable } from './dialable';

const number: Dialable = { kind: 'e164', e164: '+15551234567' };
const withExt: Dialable = { kind: 'e164', e164: '+15551234567', ext: '12' };
const extension: Dialable = { kind: 'extension', digits: '1234567' };

type Target = 'number' | 'withExt' | 'extension';
const TARGETS: Record<Target, Dialable> = { number, withExt, extension };
const CALLER_IDS = ['', '+15557654321', '802'] as const;

// Every scheme × caller ID × target, written out by hand from the forms in shared/docs/zoom-uri-schemes.md:
// zoomphonecall://{number}?callerid={id} (literal '+'), tel:{number}[;ext=] and callto:{number} (no caller ID).
const EXPECTED: Record<Scheme, Record<Target, readonly [string, string, string]>> = {
  zoomphonecall: {
    number: ['zoomphonecall://+15551234567', 'zoomphonecall://+15551234567?callerid=+15557654321', 'zoomphonecall://+15551234567?callerid=802'],
    withExt: ['zoomphonecall://+15551234567', 'zoomphonecall://+15551234567?callerid=+15557654321', 'zoomphonecall://+15551234567?callerid=802'],
    extension: ['zoomphonecall://1234567', 'zoomphonecall://1234567?callerid=+15557654321', 'zoomphonecall://1234567?callerid=802'],
  },
  tel: {
    number: ['tel:+15551234567', 'tel:+15551234567', 'tel:+15551234567'],
    withExt: ['tel:+15551234567;ext=12', 'tel:+15551234567;ext=12', 'tel:+15551234567;ext=12'],
    extension: ['tel:1234567', 'tel:1234567', 'tel:1234567'],
  },
  callto: {
    number: ['callto:+15551234567', 'callto:+15551234567', 'callto:+15551234567'],
    withExt: ['callto:+15551234567', 'callto:+15551234567', 'callto:+15551234567'],
    extension: ['callto:1234567', 'callto:1234567', 'callto:1234567'],
  },
};

const SMS_EXPECTED: Record<Target, readonly [string, string, string]> = {
  number: ['zoomphonesms://+15551234567', 'zoomphonesms://+15551234567?callerid=+15557654321', 'zoomphonesms://+15551234567?callerid=802'],
  withExt: ['zoomphonesms://+15551234567', 'zoomphonesms://+15551234567?callerid=+15557654321', 'zoomphonesms://+15551234567?callerid=802'],
  extension: ['zoomphonesms://1234567', 'zoomphonesms://1234567?callerid=+15557654321', 'zoomphonesms://1234567?callerid=802'],
};

describe('buildCallUrl', () => {
  for (const scheme of SCHEMES) {
    for (const target of Object.keys(TARGETS) as Target[]) {
      CALLER_IDS.forEach((callerId, index) => {
        it(`${scheme} × ${target} × caller ID "${callerId}"`, () => {
          expect(buildCallUrl(TARGETS[target], scheme, callerId)).toBe(EXPECTED[scheme][target][index]);
        });
      });
    }
  }

  it('matches the example in the Zoom docs exactly', () => {
    expect(buildCallUrl(number, 'zoomphonecall', '+15557654321')).toBe('zoomphonecall://+15551234567?callerid=+15557654321');
  });

  it('refuses malformed numbers and caller IDs instead of building a URL', () => {
    expect(() => buildCallUrl({ kind: 'e164', e164: '+1555&x=1' }, 'zoomphonecall')).toThrow(TypeError);
    expect(() => buildCallUrl({ kind: 'e164', e164: '15551234567' }, 'tel')).toThrow(TypeError);
    expect(() => buildCallUrl({ kind: 'extension', digits: '1' }, 'tel')).toThrow(TypeError);
    expect(() => buildCallUrl({ kind: 'e164', e164: '+15551234567', ext: '1;x' }, 'tel')).toThrow(TypeError);
    expect(() => buildCallUrl(number, 'zoomphonecall', '+1555?x')).toThrow(TypeError);
  });
});

describe('buildSmsUrl', () => {
  for (const target of Object.keys(TARGETS) as Target[]) {
    CALLER_IDS.forEach((callerId, index) => {
      it(`zoomphonesms × ${target} × caller ID "${callerId}"`, () => {
        expect(buildSmsUrl(TARGETS[target], callerId)).toBe(SMS_EXPECTED[target][index]);
      });
    });
  }

  it('refuses malformed recipients and senders', () => {
    expect(() => buildSmsUrl({ kind: 'e164', e164: '+1555&x' })).toThrow(TypeError);
    expect(() => buildSmsUrl(number, 'callerid')).toThrow(TypeError);
  });
});

describe('isScheme', () => {
  it('accepts the three link schemes only', () => {
    expect(['zoomphonecall', 'tel', 'callto'].every(isScheme)).toBe(true);
    expect(isScheme('zoomphonesms')).toBe(false);
    expect(isScheme('javascript')).toBe(false);
    expect(isScheme(undefined)).toBe(false);
  });
});
