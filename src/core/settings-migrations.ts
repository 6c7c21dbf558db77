import { isValidCallerId } from './call-url';
import { SETTINGS_VERSION } from './settings';

/** The key holding the stored shape's version. Stores written before it existed are version 1. */
export const VERSION_KEY = 'settingsVersion';

type Stored = Readonly<Record<string, unknown>>;

interface Migration {
  /** Turns a store of version `from` into version `from + 1`. */
  readonly from: number;
  readonly run: (stored: Stored) => Record<string, unknown>;
  /** Keys the new shape no longer has; the store removes them. */
  readonly removes: readonly string[];
}

/** Every change of the stored shape, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    // v1 {callerId, scheme}: one caller ID without a label. v2: a labelled list and which one is the default.
    from: 1,
    run: ({ callerId, ...rest }) => {
      const valid = typeof callerId === 'string' && isValidCallerId(callerId);
      return { ...rest, callerIds: valid ? [{ number: callerId, label: '' }] : [], defaultCaller: valid ? callerId : '' };
    },
    removes: ['callerId'],
  },
  {
    // v3 adds caller-ID rules; every v2 field is kept as it is, and a v2 store has no rules yet.
    from: 2,
    run: (stored) => ({ ...stored, callerIdRules: Array.isArray(stored.callerIdRules) ? stored.callerIdRules : [] }),
    removes: [],
  },
];

export interface Migrated {
  /** The store in the current shape (values still unchecked: sanitize next). */
  readonly stored: Record<string, unknown>;
  /** The version the store was in; below SETTINGS_VERSION when something was migrated. */
  readonly from: number;
  readonly removedKeys: readonly string[];
}

/** Brings a stored object of any earlier version to the current shape. A newer version is read as it is. */
export function migrateSettings(raw: Stored): Migrated {
  const version = raw[VERSION_KEY];
  const empty = Object.keys(raw).length === 0;
  const from = typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : empty ? SETTINGS_VERSION : 1;
  let stored = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== VERSION_KEY));
  const removedKeys: string[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.from < from) continue;
    stored = migration.run(stored);
    removedKeys.push(...migration.removes);
  }
  return { stored, from, removedKeys };
}
