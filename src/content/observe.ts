import { dropGroup, hasGroup, unwrapGroup } from './link-groups';
import { LINK_CLASS } from './skip-zones';

// A batch this large (a page swapping in a whole view) is cheaper to handle as one rescan of the root.
const HUGE_BATCH = 1000;

export interface MutationSink {
  /** A node the page added. */
  added(node: Node): void;
  /** A text node whose text the page changed. */
  changed(text: Text): void;
  /** The whole root changed too much to follow node by node. */
  rescan(root: Node): void;
}

function isOurs(node: Node): boolean {
  return node instanceof HTMLAnchorElement && node.classList.contains(LINK_CLASS);
}

/**
 * Watches one root (a document or a shadow root). The callback repairs our link groups when the page touched
 * their text node (cheap, and it must happen before the next paint so the page never shows stale text), and
 * otherwise only queues: the linking runs later in idle slices. Records of our own repairs are discarded.
 */
export function observeRoot(root: Document | ShadowRoot, sink: MutationSink): MutationObserver {
  const observer = new MutationObserver((records) => {
    let added = 0;
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        // The page rewrote a node we had split: it now holds its whole new text, so ours are stale.
        if (hasGroup(text)) dropGroup(text);
        sink.changed(text);
        continue;
      }
      record.removedNodes.forEach((node) => {
        // The page took out a node we had split, and may put it back: it must carry its whole text again.
        if (node.nodeType === Node.TEXT_NODE && hasGroup(node as Text)) unwrapGroup(node as Text);
      });
      added += record.addedNodes.length;
    }
    if (added > HUGE_BATCH) {
      sink.rescan(root instanceof Document ? (root.body ?? root.documentElement) : root);
    } else {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          if (!isOurs(node)) sink.added(node);
        });
      }
    }
    observer.takeRecords();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return observer;
}
