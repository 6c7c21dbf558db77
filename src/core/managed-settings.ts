import { FIELD_CHECKS, SETTING_KEYS, type SettingKey, type Settings, withConsistentDefault } from './settings';

export interface ManagedResult {
  /** The settings in effect: the user's, with every valid admin-managed field in its place. */
  readonly settings: Settings;
  /** The fields an admin set; the options page shows them read-only. */
  readonly locked: readonly SettingKey[];
}

/**
 * Applies admin-managed values (storage.managed: Chrome policy, Firefox enterprise policy) over the user's.
 * A managed field wins and is locked; a managed value that fails its check is ignored, so a typo in a policy
 * cannot break the extension.
 */
export function applyManaged(user: Settings, managedRaw: unknown): ManagedResult {
  const managed = typeof managedRaw === 'object' && managedRaw !== null ? (managedRaw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...user };
  const locked: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (!(key in managed)) continue;
    const checked = FIELD_CHECKS[key](managed[key]);
    if (!checked.ok) continue;
    settings[key] = checked.value;
    locked.push(key);
  }
  return { settings: withConsistentDefault(settings as Settings), locked };
}
