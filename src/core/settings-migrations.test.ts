import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings, SETTINGS_VERSION } from './settings';
import { migrateSettings } from './settings-migrations';

describe('migrateSettings', () => {
  it('turns the v1 shape {callerId, scheme} into a one-entry caller ID list that is the default', () => {
    const migrated = migrateSettings({ callerId: '+16465550199', scheme: 'tel' });
    expect(migrated).toEqual({
      stored: { scheme: 'tel', callerIds: [{ number: '+16465550199', label: '' }], defaultCaller: '+16465550199', callerIdRules: [] },
      from: 1,
      removedKeys: ['callerId'],
    });
    expect(sanitizeSettings(migrated.stored)).toEqual({
      ...DEFAULT_SETTINGS,
      scheme: 'tel',
      callerIds: [{ number: '+16465550199', label: '' }],
      defaultCaller: '+16465550199',
    });
  });

  it('migrates a v1 extension caller ID, and an empty or invalid one to no caller IDs', () => {
    expect(migrateSettings({ callerId: '802', scheme: 'zoomphonecall' }).stored).toMatchObject({ callerIds: [{ number: '802', label: '' }], defaultCaller: '802' });
    expect(migrateSettings({ callerId: '', scheme: 'callto' }).stored).toEqual({ scheme: 'callto', callerIds: [], defaultCaller: '', callerIdRules: [] });
    expect(migrateSettings({ callerId: 'evil?x' }).stored).toEqual({ callerIds: [], defaultCaller: '', callerIdRules: [] });
  });

  it('leaves an empty store and a current one as they are', () => {
    expect(migrateSettings({})).toEqual({ stored: {}, from: SETTINGS_VERSION, removedKeys: [] });
    const current = { settingsVersion: SETTINGS_VERSION, scheme: 'tel', callerIds: [], defaultCaller: '' };
    expect(migrateSettings(current)).toEqual({ stored: { scheme: 'tel', callerIds: [], defaultCaller: '' }, from: SETTINGS_VERSION, removedKeys: [] });
  });

  it('reads a store without a version but with v2 keys as v1 and keeps its fields', () => {
    const migrated = migrateSettings({ scheme: 'tel', smsEnabled: true });
    expect(migrated.from).toBe(1);
    expect(migrated.stored).toEqual({ scheme: 'tel', smsEnabled: true, callerIds: [], defaultCaller: '', callerIdRules: [] });
  });

  it('brings a full v2 store to v3 with every field kept and no rules yet', () => {
    const v2 = {
      callerIds: [{ number: '+12125550100', label: 'Desk' }, { number: '+442079460000', label: 'UK office' }],
      defaultCaller: '+442079460000',
      scheme: 'tel',
      country: 'GB',
      inferRegionFromPage: false,
      linkingEnabled: false,
      siteListMode: 'allow',
      sites: ['*.example.com'],
      smsEnabled: true,
      routeExistingLinks: false,
      keepRecentCalls: false,
    };
    const migrated = migrateSettings({ ...v2, settingsVersion: 2 });
    expect(SETTINGS_VERSION).toBe(3);
    expect(migrated).toEqual({ stored: { ...v2, callerIdRules: [] }, from: 2, removedKeys: [] });
    // Nothing lost: every v2 field survives the check with its own (non-default) value.
    const settings = sanitizeSettings(migrated.stored);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...v2, callerIdRules: [] });
    for (const [key, value] of Object.entries(v2)) expect(value, `${key} differs from its default`).not.toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
  });

  it('keeps rules a v2 store somehow already holds, and migrates v1 through v2 to v3', () => {
    const rules = [{ match: '+44', callerId: '802' }];
    expect(migrateSettings({ settingsVersion: 2, callerIdRules: rules }).stored).toEqual({ callerIdRules: rules });
    expect(migrateSettings({ callerId: '802' })).toEqual({
      stored: { callerIds: [{ number: '802', label: '' }], defaultCaller: '802', callerIdRules: [] },
      from: 1,
      removedKeys: ['callerId'],
    });
  });
});
