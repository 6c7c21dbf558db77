import type { Dialable } from '../core/dialable';
import type { NumberHighlights } from './highlights';
import { type ScriptLifecycle, sendToBackground } from './lifecycle';
import { dialableOf, dialKey, targetKey } from './link-element';
import { callLinksIn } from './link-markup';
import type { ParkedBlocks } from './parked-blocks';

const REPORT_EVERY_MS = 500;

/**
 * The numbers linked in this document, once each: the links in document order, then the numbers marked in huge
 * tables (highlights.ts) in the order they were marked, then those of a long page waiting to be linked
 * (parked-blocks.ts).
 */
export function linkedNumbers(doc: Document, marks?: NumberHighlights, parked?: ParkedBlocks): Dialable[] {
  const seen = new Map<string, Dialable>();
  for (const link of callLinksIn(doc)) {
    const key = dialKey(link);
    const target = seen.has(key) ? undefined : dialableOf(link);
    if (target) seen.set(key, target);
  }
  for (const target of [...(marks?.targets() ?? []), ...(parked?.targets() ?? [])]) if (!seen.has(targetKey(target))) seen.set(targetKey(target), target);
  return [...seen.values()];
}

/**
 * How many numbers are linked in this document: what `linkedNumbers(doc).length` says, without building them.
 * The marks keep their own count of distinct numbers as they come and go, so a huge table's marks are not walked
 * (nor their keys built) at every report; only links dialling a number no mark dials are added to it.
 */
function countLinkedNumbers(doc: Document, marks: NumberHighlights | undefined, parked: ParkedBlocks | undefined): number {
  const keys = new Set<string>();
  for (const link of callLinksIn(doc)) {
    const key = dialKey(link);
    if (!marks?.hasKey(key)) keys.add(key);
  }
  for (const key of parked?.keys() ?? []) if (!marks?.hasKey(key)) keys.add(key);
  return keys.size + (marks?.keyCount ?? 0);
}

/**
 * Reports how many numbers this frame has linked, for the badge, as links and marks come and go. The observer
 * only marks the count stale (and checks that the extension is still there, see lifecycle.ts); it is counted at
 * most every REPORT_EVERY_MS and sent only when it changed.
 */
export function reportNumberCount(doc: Document, lifecycle: ScriptLifecycle, marks?: NumberHighlights, parked?: ParkedBlocks): void {
  let sent = window === window.top ? -1 : 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    timer = undefined;
    const count = countLinkedNumbers(doc, marks, parked);
    if (count === sent) return;
    sent = count;
    sendToBackground(lifecycle, { type: 'page-count', count });
  };
  const schedule = () => {
    // Checked when a count is first due, not on every change (a huge table marks thousands of numbers a second).
    if (timer !== undefined || !lifecycle.check()) return;
    timer = setTimeout(report, REPORT_EVERY_MS);
  };
  marks?.onChange(schedule);
  parked?.onChange(schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  lifecycle.onStop(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  schedule();
}
