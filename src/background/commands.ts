import browser from 'webextension-polyfill';
import { parseSelection } from '../core/parse-selection';
import { checkedRegion, placeCall, selectionIn } from './calls';
import { notifyInTab } from './open-call';

export const COMMAND_CALL_SELECTION = 'call-selection';

/** The keyboard shortcut (user-changeable in the browser's shortcut settings): call the selected number. */
export async function handleCommand(command: string, tab: { id?: number } | undefined): Promise<void> {
  if (command !== COMMAND_CALL_SELECTION) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  const selection = await selectionIn(tabId);
  const target = selection ? parseSelection(selection.text, checkedRegion(selection.region)) : undefined;
  if (!target) {
    const key = selection ? 'noticeNoNumber' : 'noticeNoSelection';
    await notifyInTab(tabId, browser.i18n.getMessage(key, selection?.text.replace(/\s+/g, ' ').trim().slice(0, 40) ?? ''), 0);
    return;
  }
  await placeCall(tabId, target);
}

/** Feature-detected: Firefox for Android has no commands API. */
export function listenForCommands(): void {
  const commands = (browser as { commands?: typeof browser.commands }).commands;
  commands?.onCommand.addListener((command, tab) => void handleCommand(command, tab));
}
