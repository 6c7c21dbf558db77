import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { exportSettingsFile, FILE_FORMAT, parseSettingsFile } from './settings-file';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  callerIds: [{ number: '+12125550100', label: 'Desk' }],
  defaultCaller: '+12125550100',
  sites: ['*.example.com'],
  siteListMode: 'allow',
  // A rule naming a caller ID the user no longer has travels too: flagged on the options page, never dropped.
  callerIdRules: [{ match: '+44', callerId: '+12125550100' }, { match: '*.salesforce.com', callerId: '802' }],
};

describe('settings files', () => {
  it('round-trips exported settings', () => {
    expect(parseSettingsFile(exportSettingsFile(settings))).toEqual({ ok: true, value: settings });
  });

  it('exports the rules and reads a version 2 file (no rules yet) with every field kept', () => {
    expect(JSON.parse(exportSettingsFile(settings))).toMatchObject({ version: 3, settings: { callerIdRules: settings.callerIdRules } });
    const v2: Partial<Settings> = { ...settings };
    delete v2.callerIdRules;
    expect(parseSettingsFile(JSON.stringify({ format: FILE_FORMAT, version: 2, settings: v2 }))).toEqual({ ok: true, value: { ...settings, callerIdRules: [] } });
  });

  it('migrates a version 1 file', () => {
    const file = JSON.stringify({ format: FILE_FORMAT, version: 1, settings: { callerId: '802', scheme: 'callto' } });
    expect(parseSettingsFile(file)).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, callerIds: [{ number: '802', label: '' }], defaultCaller: '802', scheme: 'callto' },
    });
  });

  it('refuses files that are not ours, of an unknown version, or with a bad field, with the reason', () => {
    expect(parseSettingsFile('{oops')).toEqual({ ok: false, problem: { key: 'problemFileNotJson' } });
    expect(parseSettingsFile('{"scheme":"tel"}')).toEqual({ ok: false, problem: { key: 'problemFileFormat' } });
    expect(parseSettingsFile(JSON.stringify({ format: FILE_FORMAT, version: 99, settings: {} }))).toEqual({
      ok: false,
      problem: { key: 'problemFileVersion', args: ['99'] },
    });
    expect(parseSettingsFile(JSON.stringify({ format: FILE_FORMAT, version: 2, settings: 'x' })).ok).toBe(false);
    expect(parseSettingsFile(JSON.stringify({ format: FILE_FORMAT, version: 2, settings: { sites: ['not a host'] } }))).toEqual({
      ok: false,
      problem: { key: 'problemSitePattern', args: ['not a host'] },
      field: 'sites',
    });
  });
});
