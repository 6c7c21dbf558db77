import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { exportSettingsFile, FILE_FORMAT, parseSettingsFile } from './settings-file';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  callerIds: [{ number: '+12125550100', label: 'Desk' }],
  defaultCaller: '+12125550100',
  sites: ['*.example.com'],
  siteListMode: 'allow',
};

describe('settings files', () => {
  it('round-trips exported settings', () => {
    expect(parseSettingsFile(exportSettingsFile(settings))).toEqual({ ok: true, value: settings });
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
