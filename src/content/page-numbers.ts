import type { Dialable } from '../core/dialable';
import { type ScriptLifecycle, sendToBackground } from './lifecycle';
import { callLinksIn, dialableOf, dialKey } from './link-element';

const REPORT_EVERY_MS = 500;

/** The numbers linked in this document, once each, in document order. */
export function linkedNumbers(doc: Document): Dialable[] {
  const seen = new Map<string, Dialable>();
  for (const link of callLinksIn(doc)) {
    const key = dialKey(link);
    const target = seen.has(key) ? undefined : dialableOf(link);
    if (target) seen.set(key, target);
  }
  return [...seen.values()];
}

/** How many numbers are linked in this document: what `linkedNumbers(doc).length` says, without building them. */
function countLinkedNumbers(doc: Document): number {
  const keys = new Set<string>();
  for (const link of callLinksIn(doc)) keys.add(dialKey(link));
  return keys.size;
}

/**
 * Reports how many numbers this frame has linked, for the badge, as links come and go. The observer only marks
 * the count stale (and checks that the extension is still there, see lifecycle.ts); it is counted at most every
 * 500 ms and sent only when it changed.
 */
export function reportNumberCount(doc: Document, lifecycle: ScriptLifecycle): void {
  let sent = window === window.top ? -1 : 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    timer = undefined;
    const count = countLinkedNumbers(doc);
    if (count === sent) return;
    sent = count;
    sendToBackground(lifecycle, { type: 'page-count', count });
  };
  const schedule = () => {
    if (!lifecycle.check() || timer !== undefined) return;
    timer = setTimeout(report, REPORT_EVERY_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  lifecycle.onStop(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  schedule();
}
