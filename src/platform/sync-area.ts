import browser from 'webextension-polyfill';

/**
 * Where settings live. `storage.sync` follows the user between browsers; when it is unavailable (disabled by
 * policy, no sync backend) or a save would exceed its quota, settings go to `storage.local`, and this marker in
 * `storage.local` says so until a later save fits in sync again.
 */
export const AREA_KEY = 'settingsArea';

// chrome.storage.sync limits (Firefox enforces the same): 8 KB per item, 100 KB in all, measured as the key
// plus the JSON of the value. https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
const QUOTA_BYTES_PER_ITEM = 8192;
const QUOTA_BYTES = 102_400;

const bytes = (text: string): number => new TextEncoder().encode(text).length;

/** True when the items fit sync's quotas, so a save is not even tried when it would certainly fail. */
export function fitsSyncQuota(items: Record<string, unknown>): boolean {
  const sizes = Object.entries(items).map(([key, value]) => bytes(key) + bytes(JSON.stringify(value)));
  return sizes.every((size) => size <= QUOTA_BYTES_PER_ITEM) && sizes.reduce((a, b) => a + b, 0) <= QUOTA_BYTES;
}

export type AreaName = 'sync' | 'local';

/** Reads `keys` from the area settings currently live in. */
export async function readSettingsArea(keys: readonly string[]): Promise<{ area: AreaName; items: Record<string, unknown> }> {
  const [local, sync] = await Promise.all([
    browser.storage.local.get([...keys, AREA_KEY]),
    browser.storage.sync.get([...keys]).catch(() => undefined),
  ]);
  if (sync === undefined || local[AREA_KEY] === 'local') {
    return { area: 'local', items: Object.fromEntries(Object.entries(local).filter(([key]) => key !== AREA_KEY)) };
  }
  return { area: 'sync', items: sync };
}

/** Writes items to sync when they fit and sync accepts them, else to local (marking local as the live area). */
export async function writeSettingsArea(items: Record<string, unknown>, removedKeys: readonly string[] = []): Promise<AreaName> {
  if (fitsSyncQuota(items)) {
    try {
      await browser.storage.sync.set(items);
      if (removedKeys.length > 0) await browser.storage.sync.remove([...removedKeys]);
      await browser.storage.local.remove(AREA_KEY);
      return 'sync';
    } catch {
      // Sync refused (disabled, write rate or quota): fall through to local.
    }
  }
  await browser.storage.local.set({ ...items, [AREA_KEY]: 'local' });
  if (removedKeys.length > 0) await browser.storage.local.remove([...removedKeys]);
  return 'local';
}
