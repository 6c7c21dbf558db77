import browser from 'webextension-polyfill';
import { applyManaged } from '../core/managed-settings';
import { sanitizeSettings, SETTING_KEYS, type SettingKey, SETTINGS_VERSION, type Settings } from '../core/settings';
import { MIGRATIONS, migrateSettings, VERSION_KEY } from '../core/settings-migrations';
import { isManagedChange, loadManaged } from './managed-store';
import { AREA_KEY, type AreaName, readSettingsArea, writeSettingsArea } from './sync-area';

/**
 * The settings as every context reads, writes and watches them: one key per field in storage.sync (or
 * storage.local, see sync-area.ts) plus `settingsVersion`; older shapes are migrated on first read; admin
 * values from storage.managed override the user's.
 */

const STORED_KEYS: readonly string[] = [...SETTING_KEYS, VERSION_KEY, ...MIGRATIONS.flatMap((m) => m.removes)];

/** The user's own settings, migrated and checked field by field. */
export async function loadUserSettings(): Promise<Settings> {
  const { items } = await readSettingsArea(STORED_KEYS);
  const migrated = migrateSettings(items);
  const settings = sanitizeSettings(migrated.stored);
  if (migrated.from < SETTINGS_VERSION) {
    // Written back once, so the old keys are gone; a failure here only means migrating again next time.
    await writeSettingsArea({ ...settings, [VERSION_KEY]: SETTINGS_VERSION }, migrated.removedKeys).catch(() => undefined);
  }
  return settings;
}

export interface SettingsState {
  /** What every context acts on: the user's settings with admin values in place. */
  readonly settings: Settings;
  /** The user's own values, which Save writes back (locked fields keep theirs). */
  readonly user: Settings;
  readonly locked: readonly SettingKey[];
}

export async function loadSettingsState(): Promise<SettingsState> {
  const [user, managed] = await Promise.all([loadUserSettings(), loadManaged()]);
  const { settings, locked } = applyManaged(user, managed);
  return { settings, user, locked };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsState()).settings;
}

/** Stores the user's settings (checked again here, so nothing invalid is ever written); says where they went. */
export async function saveSettings(settings: Settings): Promise<AreaName> {
  return writeSettingsArea({ ...sanitizeSettings(settings), [VERSION_KEY]: SETTINGS_VERSION });
}

/**
 * Calls `onChange` with the settings in effect whenever the user's or the admin's change; returns a function
 * that stops watching. Loads may overlap, so only the newest one is delivered.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchSettingsState((state) => onChange(state.settings));
}

export function watchSettingsState(onChange: (state: SettingsState) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, unknown>, area: string): void => {
    const ours = (area === 'sync' || area === 'local') && [...STORED_KEYS, AREA_KEY].some((key) => key in changes);
    if (!ours && !isManagedChange(changes, area)) return;
    const load = ++latest;
    void loadSettingsState().then((state) => {
      if (load === latest) onChange(state);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
