import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS } from '../core/settings';
import { loadUserSettings, saveSettings } from '../platform/settings-store';

/**
 * Firefox for Android: Zoom's client there answers neither `zoomphonecall` nor `tel`, only `callto`
 * (zoom-uri-schemes.md), so a fresh install there starts with `callto`. A scheme the user already chose is kept.
 */
export async function applyPlatformDefaults(): Promise<void> {
  const { os } = await browser.runtime.getPlatformInfo();
  if (os !== 'android') return;
  const user = await loadUserSettings();
  if (user.scheme === DEFAULT_SETTINGS.scheme) await saveSettings({ ...user, scheme: 'callto' });
}
