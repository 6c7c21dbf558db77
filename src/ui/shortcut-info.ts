import browser from 'webextension-polyfill';
import { t } from '../platform/i18n';

const COMMAND = 'call-selection';

/** Shows the keyboard shortcut as the browser has it now (the user may have changed or removed it). */
export async function showShortcut(target: HTMLElement): Promise<void> {
  const commands = (browser as { commands?: typeof browser.commands }).commands;
  const keys = commands ? (await commands.getAll()).find((command) => command.name === COMMAND)?.shortcut : undefined;
  if (!keys) {
    target.textContent = t('popupShortcutUnset');
    return;
  }
  const marker = '\u0001';
  const [before = '', after = ''] = t('popupShortcut', [marker]).split(marker);
  const kbd = document.createElement('kbd');
  kbd.textContent = keys;
  target.replaceChildren(before, kbd, after);
}

/** Opens the browser's own page for changing extension shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  // Firefox has a call for it; Chrome opens its shortcuts page as a tab (extensions may open chrome:// pages).
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
