import browser from 'webextension-polyfill';
import type { Dialable } from '../core/dialable';
import type { ContentToBackground } from '../messages';
import { callLinksIn, dialableOf } from './link-element';

const REPORT_EVERY_MS = 500;

function key(target: Dialable): string {
  return target.kind === 'extension' ? target.digits : `${target.e164};${target.ext ?? ''}`;
}

/** The numbers linked in this document, once each, in document order. */
export function linkedNumbers(doc: Document): Dialable[] {
  const seen = new Map<string, Dialable>();
  for (const link of callLinksIn(doc)) {
    const target = dialableOf(link);
    if (target && !seen.has(key(target))) seen.set(key(target), target);
  }
  return [...seen.values()];
}

/**
 * Reports how many numbers this frame has linked, for the badge, as links come and go. The observer only marks
 * the count stale; it is counted at most every 500 ms and sent only when it changed.
 */
export function reportNumberCount(doc: Document): void {
  let sent = window === window.top ? -1 : 0;
  let pending = false;
  const report = () => {
    pending = false;
    const count = linkedNumbers(doc).length;
    if (count === sent) return;
    sent = count;
    const message: ContentToBackground = { type: 'page-count', count };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(report, REPORT_EVERY_MS);
  };
  new MutationObserver(schedule).observe(doc.documentElement, { childList: true, subtree: true });
  schedule();
}
