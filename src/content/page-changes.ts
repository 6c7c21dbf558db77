import { isLoadingScript } from './hydration-gate';
import type { LinkGroups, Touched } from './link-groups';
import { isOurLink, ourLinksIn } from './link-markup';
import { isInSkipZone } from './skip-zones';

// A batch this large (a page swapping in a whole view) is cheaper to handle as one rescan of the root.
const HUGE_BATCH = 1000;

export interface MutationSink {
  /** A node the page added. */
  added(node: Node): void;
  /** The page added a script that runs once it has loaded (before anything else of this batch is queued). */
  scriptAdded(script: HTMLScriptElement): void;
  /** A text node whose text the page changed. */
  changed(text: Text): void;
  /** Our links over a number the page changed were taken out: the text node's block reads again. */
  released(owner: Text): void;
  /** The whole root changed too much to follow node by node. */
  rescan(root: Node): void;
  /** The page removed `nodes` from `parent`, between `before` and `after`. */
  removedFrom(parent: Node, nodes: NodeList, before: Node | null, after: Node | null): void;
  /**
   * The page removed one of our links from under `parent`: the link itself (`linkParent` is then `parent`), or a
   * subtree holding it (`linkParent` is the link's parent in that subtree).
   */
  undone(parent: Node, linkParent: Node): void;
}

/**
 * The page moved content holding our links into a skip zone (a paragraph into a <pre>, a list into an editor):
 * those links are released, their text put back as it was.
 */
function releaseIfInSkipZone(node: Node, groups: LinkGroups): void {
  const links = ourLinksIn(node);
  if (links.length === 0 || !isInSkipZone(node)) return;
  for (const link of links) {
    const owner = groups.ownerOf(link);
    if (owner) groups.unwrapGroup(owner);
  }
}

/** One root's observer, as the linker drives it around its own DOM changes. */
export interface RootObserver {
  /**
   * Handles, now, the page's changes still waiting for the callback: called before we change the DOM, since the
   * records taken after our change (`discard`) would take the page's with ours (a change the page made in a
   * promise step while we were linking its last one would be lost).
   */
  flush(): void;
  /** Drops the records of our own changes (made since `flush`), so they never come back as the page's. */
  discard(): void;
  disconnect(): void;
}

/**
 * Watches the page's changes to one root (a document or a shadow root) and does two things with them, in this
 * order: repairs our link groups where the page touched them (at once: it must happen before the next paint so
 * the page never shows stale text, and it is cheap), then reports every change to `sink`, which queues it (the
 * linking runs later in slices). Records of our own repairs are discarded.
 */
export function watchPageChanges(root: Document | ShadowRoot, groups: LinkGroups, sink: MutationSink): RootObserver {
  const handle = (records: MutationRecord[]) => {
    // Every owner the page wrote or took out in this batch: a release started by another record must not put our
    // text back into one the page wrote (its new text is all of it), nor leave one it moved without its text.
    let rewritten: Set<Text> | undefined;
    let removed: Set<Text> | undefined;
    for (const record of records) {
      if (record.type === 'characterData') {
        if (groups.hasGroup(record.target as Text)) (rewritten ??= new Set()).add(record.target as Text);
      } else {
        record.removedNodes.forEach((node) => {
          if (node.nodeType === Node.TEXT_NODE && groups.hasGroup(node as Text)) (removed ??= new Set()).add(node as Text);
        });
      }
    }
    const how: Touched = { ...(rewritten ? { rewritten } : {}), ...(removed ? { removed } : {}) };
    const release = (touched: Text[]) => {
      for (const owner of groups.releaseNumbers(touched, how)) if (owner.isConnected) sink.released(owner);
    };
    let added = 0;
    let scripts: HTMLScriptElement[] | undefined;
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        // The page rewrote a node we had split (it now holds its whole new text, so ours are stale), or the text
        // of one of ours: either way every number with a part there is released and read again.
        if (groups.hasGroup(text)) release([text]);
        else {
          const owner = groups.ownerOfOurText(text);
          if (owner) release([owner]);
        }
        sink.changed(text);
        continue;
      }
      if (record.removedNodes.length > 0) sink.removedFrom(record.target, record.removedNodes, record.previousSibling, record.nextSibling);
      record.removedNodes.forEach((node) => {
        // The page took out a node we had split, and may put it back: it must carry its whole text again, and the
        // other parts of its numbers no longer show them whole.
        if (node.nodeType === Node.TEXT_NODE && groups.hasGroup(node as Text)) release([node as Text]);
        const links = ourLinksIn(node);
        if (links.length === 0) return;
        release(groups.ownersOfSplitUnits(node, links));
        // A node already back in the page was moved (a framework reordering a list), not removed.
        const first = links[0] as Element;
        if (!node.isConnected) sink.undone(record.target, first.parentNode ?? record.target);
      });
      added += record.addedNodes.length;
      record.addedNodes.forEach((node) => {
        if (isLoadingScript(node)) (scripts ??= []).push(node);
      });
    }
    // A script that runs once loaded is reported after the repairs, before anything is queued (hydration-gate.ts).
    for (const script of scripts ?? []) sink.scriptAdded(script);
    if (added > HUGE_BATCH) {
      sink.rescan(root instanceof Document ? (root.body ?? root.documentElement) : root);
    } else {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          releaseIfInSkipZone(node, groups);
          if (!isOurLink(node)) sink.added(node);
        });
      }
    }
    observer.takeRecords();
  };
  const observer = new MutationObserver(handle);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    flush: () => {
      const pending = observer.takeRecords();
      if (pending.length > 0) handle(pending);
    },
    discard: () => void observer.takeRecords(),
    disconnect: () => observer.disconnect(),
  };
}
