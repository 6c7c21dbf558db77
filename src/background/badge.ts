import browser from 'webextension-polyfill';

// Linked numbers per frame of each tab; the badge shows the tab's total. A restarted worker starts empty and
// fills again as frames report their next change.
const counts = new Map<number, Map<number, number>>();

/** Records one frame's count of linked numbers and shows the tab's total on the toolbar button. */
export async function setFrameCount(tabId: number, frameId: number, count: number): Promise<void> {
  const frames = counts.get(tabId) ?? new Map<number, number>();
  // A new top document starts the tab afresh: its frames report again.
  if (frameId === 0) frames.clear();
  frames.set(frameId, count);
  counts.set(tabId, frames);
  const total = [...frames.values()].reduce((sum, n) => sum + n, 0);
  await browser.action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' });
}

export function forgetTab(tabId: number): void {
  counts.delete(tabId);
}
