import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../core/settings';

/**
 * The settings as every context reads, writes and watches them. Settings live in `storage.sync` so they follow
 * the user between browsers; when sync storage is unavailable (disabled by policy, over quota) `storage.local`
 * is used instead.
 */

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await browser.storage.sync.get(KEYS));
  } catch {
    return sanitizeSettings(await browser.storage.local.get(KEYS));
  }
}

/** Stores settings that the caller has already validated (the options page never saves invalid input). */
export async function saveSettings(settings: Settings): Promise<void> {
  const clean = sanitizeSettings(settings);
  try {
    await browser.storage.sync.set(clean);
  } catch {
    await browser.storage.local.set(clean);
  }
}

/** Calls `onChange` with the new settings whenever any of them changes; returns a function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if ((area === 'sync' || area === 'local') && KEYS.some((key) => key in changes)) {
      void loadSettings().then(onChange);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
