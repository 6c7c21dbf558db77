import { describe, expect, it } from 'vitest';
import { checkSettings, DEFAULT_SETTINGS, FIELD_CHECKS, sanitizeSettings, type SettingKey } from './settings';

/** For every field: values its check must accept, and values it must refuse. */
const FIELD_CASES: { readonly [K in SettingKey]: { good: unknown[]; bad: unknown[] } } = {
  callerIds: {
    good: [[], [{ number: '+12125550100', label: 'Desk' }], [{ number: '802', label: '' }, { number: '+442079460958', label: 'London' }]],
    bad: [null, '802', [{ number: 'abc' }], [{ number: '1' }], [{ number: '802' }, { number: '802' }]],
  },
  defaultCaller: { good: ['', '802', '+12125550100'], bad: [null, 7, '212 555 0100', '+1?x=1'] },
  callerIdRules: {
    good: [[], [{ match: '+44', callerId: '+442079460000' }, { match: '*.salesforce.com', callerId: '' }]],
    bad: [null, [{ match: '44', callerId: '' }], [{ match: '+44', callerId: 'x' }], ['+44']],
  },
  scheme: { good: ['zoomphonecall', 'tel', 'callto'], bad: ['', 'javascript', 'zoomphonesms', 1] },
  country: { good: ['', 'US', 'DE', 'GB'], bad: ['us', 'XX', 'USA', null] },
  inferRegionFromPage: { good: [true, false], bad: ['true', 1, null] },
  linkingEnabled: { good: [true, false], bad: ['false', 0] },
  siteListMode: { good: ['deny', 'allow'], bad: ['block', '', true] },
  sites: { good: [[], ['example.com', '*.crm.example.com']], bad: ['example.com', ['Example.com'], ['a b'], ['https://x.com'], [1]] },
  smsEnabled: { good: [true, false], bad: ['yes'] },
  routeExistingLinks: { good: [true, false], bad: [null] },
  keepRecentCalls: { good: [true, false], bad: [1] },
  hoverCard: { good: [true, false], bad: ['on', null] },
  confirmBeforeCalling: { good: [true, false], bad: [0] },
};

describe('FIELD_CHECKS', () => {
  for (const key of Object.keys(FIELD_CASES) as SettingKey[]) {
    it(`${key}: accepts good values and refuses bad ones with a message key`, () => {
      for (const good of FIELD_CASES[key].good) expect(FIELD_CHECKS[key](good), JSON.stringify(good)).toEqual({ ok: true, value: good });
      for (const bad of FIELD_CASES[key].bad) {
        const checked = FIELD_CHECKS[key](bad);
        expect(checked.ok, JSON.stringify(bad)).toBe(false);
        if (!checked.ok) expect(checked.problem.key).toMatch(/^problem[A-Z]/);
      }
    });
  }

  it('covers every setting', () => {
    expect(Object.keys(FIELD_CASES).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe('sanitizeSettings', () => {
  it('returns the defaults for nothing stored or garbage', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings([1])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and resets invalid ones field by field', () => {
    const stored = { scheme: 'tel', country: 'XX', sites: ['ok.test'], siteListMode: 'nope', smsEnabled: true, linkingEnabled: 'no' };
    expect(sanitizeSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, scheme: 'tel', sites: ['ok.test'], smsEnabled: true });
  });

  it('reads a store written before the hover card with its defaults: card on, no confirmation (no migration needed)', () => {
    const v3 = { scheme: 'tel', smsEnabled: true, keepRecentCalls: false };
    expect(sanitizeSettings(v3)).toEqual({ ...DEFAULT_SETTINGS, ...v3, hoverCard: true, confirmBeforeCalling: false });
    expect(sanitizeSettings({ hoverCard: false, confirmBeforeCalling: true })).toMatchObject({ hoverCard: false, confirmBeforeCalling: true });
  });

  it('drops a default caller that is not in the list', () => {
    const callerIds = [{ number: '802', label: '' }];
    expect(sanitizeSettings({ callerIds, defaultCaller: '802' })).toMatchObject({ callerIds, defaultCaller: '802' });
    expect(sanitizeSettings({ callerIds, defaultCaller: '803' })).toMatchObject({ callerIds, defaultCaller: '' });
  });
});

describe('checkSettings (strict, for imports)', () => {
  it('accepts a partial object, filling defaults', () => {
    expect(checkSettings({ scheme: 'callto' })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, scheme: 'callto' } });
  });

  it('refuses the first bad field, unknown fields, non-objects and a default caller not in the list', () => {
    expect(checkSettings({ scheme: 'tel', sites: ['a b'] })).toEqual({ ok: false, error: { field: 'sites', problem: { key: 'problemSitePattern', args: ['a b'] } } });
    expect(checkSettings({ colour: 'red' })).toEqual({ ok: false, error: { field: 'colour', problem: { key: 'problemUnknownSetting' } } });
    expect(checkSettings([]).ok).toBe(false);
    expect(checkSettings({ defaultCaller: '802' })).toEqual({
      ok: false,
      error: { field: 'defaultCaller', problem: { key: 'problemDefaultNotInList', args: ['802'] } },
    });
  });
});
