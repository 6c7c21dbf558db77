import browser from 'webextension-polyfill';
import { type BackgroundToContent, WAKE_KEY } from '../messages';

/**
 * Runs in a frame of the tab, in our content script's isolated world (`scripting.executeScript` serializes it:
 * it may use nothing but its argument and the frame's globals). True where a content script now listens.
 */
function wakeInFrame(key: string): boolean {
  const wake = (globalThis as Record<string, unknown>)[key];
  return typeof wake === 'function' && (wake as () => unknown)() === true;
}

/**
 * Makes the content script in the tab's frame (or every frame) listen, where it runs but has not been asked
 * anything yet (content/boot.ts). The user's action that led here (the popup opening, a menu click, the
 * shortcut, the address-bar keyword) grants activeTab, which `executeScript` needs; privileged pages, and
 * frames of other sites than the tab's, refuse it, and then nothing changes.
 */
async function wake(tabId: number, frameId: number | undefined): Promise<boolean> {
  try {
    const target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
    // eslint-disable-next-line no-restricted-syntax -- runs no script of its own: calls the manifest's content script's wake
    const results = await browser.scripting.executeScript({ target, func: wakeInFrame as (...args: unknown[]) => unknown, args: [WAKE_KEY] });
    return results.some((frame) => frame.result === true);
  } catch {
    return false;
  }
}

/**
 * `tabs.sendMessage` to the content script in a tab's frame (or to every frame: the first answer wins). A message
 * that finds no one wakes the frame's content script and is sent again; it rejects, as `tabs.sendMessage` does,
 * where none runs or none answers.
 */
export async function sendToTab(tabId: number, message: BackgroundToContent, frameId?: number): Promise<unknown> {
  const options = frameId === undefined ? {} : { frameId };
  try {
    return await browser.tabs.sendMessage(tabId, message, options);
  } catch (error) {
    if (!(await wake(tabId, frameId))) throw error;
    return browser.tabs.sendMessage(tabId, message, options);
  }
}
