import { describe, expect, it } from 'vitest';
import { checkCallerIds, defaultCallerId, formatCallerId, parseCallerId, parseLabel } from './caller-id';

describe('parseCallerId', () => {
  it('accepts empty input as "no caller ID"', () => {
    expect(parseCallerId('  ', 'US')).toEqual({ ok: true, value: '' });
  });

  it('normalises international and national numbers to E.164', () => {
    expect(parseCallerId('+1 (212) 555-0100', 'US')).toEqual({ ok: true, value: '+12125550100' });
    expect(parseCallerId('212.555.0100', 'US')).toEqual({ ok: true, value: '+12125550100' });
    expect(parseCallerId('(212) 555-0100', 'US')).toEqual({ ok: true, value: '+12125550100' });
    expect(parseCallerId('020 7946 0958', 'GB')).toEqual({ ok: true, value: '+442079460958' });
  });

  it('accepts Zoom extensions of 2 to 7 digits', () => {
    expect(parseCallerId('802', 'US')).toEqual({ ok: true, value: '802' });
    expect(parseCallerId('1234567', 'US')).toEqual({ ok: true, value: '1234567' });
  });

  it('refuses letters and URL characters, and invalid numbers, each with its reason', () => {
    for (const bad of ['abc', '+1 212 555 0100?x=1', '802&a']) expect(parseCallerId(bad, 'US'), bad).toEqual({ ok: false, problem: { key: 'problemCallerIdChars' } });
    for (const bad of ['+1 212 055 0100', '1', '+999 123']) {
      expect(parseCallerId(bad, 'US'), bad).toEqual({ ok: false, problem: { key: 'problemCallerIdInvalid', args: [bad] } });
    }
  });
});

describe('parseLabel', () => {
  it('trims and accepts names up to 40 characters', () => {
    expect(parseLabel('  Sales line ')).toEqual({ ok: true, value: 'Sales line' });
    expect(parseLabel('x'.repeat(40)).ok).toBe(true);
  });

  it('refuses control characters and overlong labels', () => {
    expect(parseLabel('a\u0007b')).toEqual({ ok: false, problem: { key: 'problemLabelChars' } });
    expect(parseLabel('x'.repeat(41))).toEqual({ ok: false, problem: { key: 'problemLabelLength', args: ['40'] } });
  });
});

describe('checkCallerIds (stored, imported, managed lists)', () => {
  it('accepts labelled E.164 numbers and extensions; a missing label is empty', () => {
    expect(checkCallerIds([{ number: '+12125550100', label: 'Desk' }, { number: '802' }])).toEqual({
      ok: true,
      value: [{ number: '+12125550100', label: 'Desk' }, { number: '802', label: '' }],
    });
  });

  it('refuses non-lists, bad numbers, bad labels, duplicates and more than 20 entries', () => {
    expect(checkCallerIds('+12125550100').ok).toBe(false);
    expect(checkCallerIds([{ number: '212 555 0100' }])).toEqual({ ok: false, problem: { key: 'problemCallerIdStored', args: ['212 555 0100'] } });
    expect(checkCallerIds([{ number: '+12125550100?x' }]).ok).toBe(false);
    expect(checkCallerIds(['+12125550100']).ok).toBe(false);
    expect(checkCallerIds([{ number: '802', label: 7 }]).ok).toBe(false);
    expect(checkCallerIds([{ number: '802', label: ' padded' }]).ok).toBe(false);
    expect(checkCallerIds([{ number: '802' }, { number: '802' }])).toEqual({ ok: false, problem: { key: 'problemCallerIdDuplicate', args: ['802'] } });
    const many = Array.from({ length: 21 }, (_, i) => ({ number: String(100 + i) }));
    expect(checkCallerIds(many)).toEqual({ ok: false, problem: { key: 'problemTooManyCallerIds', args: ['20'] } });
  });
});

describe('defaultCallerId', () => {
  const callerIds = [{ number: '+12125550100', label: 'Desk' }, { number: '802', label: 'Ext' }];

  it('is the default caller when it is in the list', () => {
    expect(defaultCallerId({ callerIds, defaultCaller: '802' })).toBe('802');
    expect(defaultCallerId({ callerIds, defaultCaller: '+12125550100' })).toBe('+12125550100');
  });

  it('is empty for no default, a default not in the list, or a malformed one', () => {
    expect(defaultCallerId({ callerIds, defaultCaller: '' })).toBe('');
    expect(defaultCallerId({ callerIds, defaultCaller: '803' })).toBe('');
    expect(defaultCallerId({ callerIds: [{ number: 'x?y', label: '' }], defaultCaller: 'x?y' })).toBe('');
    expect(defaultCallerId({ callerIds: [], defaultCaller: '802' })).toBe('');
  });
});

describe('formatCallerId', () => {
  it('formats numbers internationally and leaves extensions as digits', () => {
    expect(formatCallerId('+12125550100')).toBe('+1 212 555 0100');
    expect(formatCallerId('802')).toBe('802');
  });
});
