import { type Problem } from './problem';
import { checkSettings, SETTINGS_VERSION, type Settings } from './settings';
import { migrateSettings, VERSION_KEY } from './settings-migrations';

/** Marks an exported settings file as ours, so an unrelated JSON file is refused by name. */
export const FILE_FORMAT = 'click-to-call-zoom-phone/settings';

/** The exported file: a format marker, the version of the settings shape, and the settings. */
export function exportSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

/**
 * Reads an imported file: JSON with our marker, a version we know (older ones are migrated) and settings that
 * all pass their checks. Anything else is refused with the reason, and the caller changes nothing.
 */
export function parseSettingsFile(text: string): { ok: true; value: Settings } | { ok: false; problem: Problem; field?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'problemFileNotJson' } };
  }
  const file = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (file.format !== FILE_FORMAT) return { ok: false, problem: { key: 'problemFileFormat' } };
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > SETTINGS_VERSION) {
    return { ok: false, problem: { key: 'problemFileVersion', args: [String(version)] } };
  }
  if (typeof file.settings !== 'object' || file.settings === null || Array.isArray(file.settings)) {
    return { ok: false, problem: { key: 'problemNotAnObject' } };
  }
  const { stored } = migrateSettings({ ...(file.settings as Record<string, unknown>), [VERSION_KEY]: version });
  const checked = checkSettings(stored);
  return checked.ok ? checked : { ok: false, problem: checked.error.problem, field: checked.error.field };
}
