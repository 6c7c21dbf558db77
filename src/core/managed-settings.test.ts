import { describe, expect, it } from 'vitest';
import { applyManaged } from './managed-settings';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const user: Settings = {
  ...DEFAULT_SETTINGS,
  callerIds: [{ number: '802', label: 'Mine' }],
  defaultCaller: '802',
  scheme: 'tel',
  sites: ['mine.test'],
};

describe('applyManaged', () => {
  it('changes nothing and locks nothing without managed values', () => {
    expect(applyManaged(user, {})).toEqual({ settings: user, locked: [] });
    expect(applyManaged(user, undefined)).toEqual({ settings: user, locked: [] });
  });

  it('overrides the user with managed values and locks those fields', () => {
    const managed = {
      callerIds: [{ number: '+12125550100', label: 'Main line' }],
      defaultCaller: '+12125550100',
      scheme: 'zoomphonecall',
      country: 'GB',
      siteListMode: 'allow',
      sites: ['*.crm.example.com'],
    };
    const result = applyManaged(user, managed);
    expect(result.settings).toEqual({ ...user, ...managed });
    expect(result.locked).toEqual(['callerIds', 'defaultCaller', 'scheme', 'country', 'siteListMode', 'sites']);
  });

  it('ignores managed values that fail their check, leaving the user value unlocked', () => {
    const result = applyManaged(user, { scheme: 'javascript', country: 'XX', smsEnabled: true, unknown: 1 });
    expect(result.settings).toEqual({ ...user, smsEnabled: true });
    expect(result.locked).toEqual(['smsEnabled']);
  });

  it('drops the user default caller when a managed list does not contain it', () => {
    const result = applyManaged(user, { callerIds: [{ number: '+12125550100', label: '' }] });
    expect(result.settings.defaultCaller).toBe('');
  });
});
