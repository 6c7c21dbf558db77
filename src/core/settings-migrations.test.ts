import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings, SETTINGS_VERSION } from './settings';
import { migrateSettings } from './settings-migrations';

describe('migrateSettings', () => {
  it('turns the v1 shape {callerId, scheme} into a one-entry caller ID list that is the default', () => {
    const migrated = migrateSettings({ callerId: '+16465550199', scheme: 'tel' });
    expect(migrated).toEqual({
      stored: { scheme: 'tel', callerIds: [{ number: '+16465550199', label: '' }], defaultCaller: '+16465550199' },
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
    expect(migrateSettings({ callerId: '', scheme: 'callto' }).stored).toEqual({ scheme: 'callto', callerIds: [], defaultCaller: '' });
    expect(migrateSettings({ callerId: 'evil?x' }).stored).toEqual({ callerIds: [], defaultCaller: '' });
  });

  it('leaves an empty store and a current one as they are', () => {
    expect(migrateSettings({})).toEqual({ stored: {}, from: SETTINGS_VERSION, removedKeys: [] });
    const current = { settingsVersion: SETTINGS_VERSION, scheme: 'tel', callerIds: [], defaultCaller: '' };
    expect(migrateSettings(current)).toEqual({ stored: { scheme: 'tel', callerIds: [], defaultCaller: '' }, from: SETTINGS_VERSION, removedKeys: [] });
  });

  it('reads a store without a version but with v2 keys as v1 and keeps its fields', () => {
    const migrated = migrateSettings({ scheme: 'tel', smsEnabled: true });
    expect(migrated.from).toBe(1);
    expect(migrated.stored).toEqual({ scheme: 'tel', smsEnabled: true, callerIds: [], defaultCaller: '' });
  });
});
