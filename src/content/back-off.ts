/**
 * Backing off from a page that undoes our links. A page may remove each call link as soon as it appears (its own
 * MutationObserver unwraps it, or it resets the text): re-linking what changed would then loop for as long as
 * the page is open. An *undo* is one of our links removed, alone or inside a removed subtree, soon after we
 * linked it, with the same text put back in its place. (A framework that re-renders with new text, or moves a
 * list item, is not undoing anything.) After a few undos under the same block we leave it alone for a while,
 * twice as long each further time; the rest of the page is linked as usual.
 */

/** A removal this soon after we linked the block counts as an undo (a page fighting us acts within a frame or two). */
const QUICK_MS = 2000;
/** Undos under one block before we back off from it. */
const UNDOS_ALLOWED = 2;
const FIRST_PAUSE_MS = 10_000;
const MAX_PAUSE_MS = 10 * 60_000;

interface Linked {
  readonly at: number;
  /** The text we linked in the block (a segment of it). */
  readonly text: string;
}

interface Fight {
  undos: number;
  until: number;
}

export class BackOff {
  readonly #linked = new WeakMap<Node, Linked>();
  readonly #fights = new WeakMap<Node, Fight>();
  /** Blocks we are currently leaving alone (few: only those of fighting pages). */
  readonly #paused = new Set<Node>();

  /** We just linked numbers in `text`, part of `block`. */
  linked(block: Node, text: string, now: number): void {
    this.#linked.set(block, { at: now, text });
  }

  /**
   * Something removed our links: `linkedBlock` is the block they were linked in, `scope` the block the removal
   * happened in (the same block when a link itself was removed; the container when a whole block was replaced).
   */
  undone(scope: Node, linkedBlock: Node, now: number): void {
    const linked = this.#linked.get(linkedBlock);
    if (!linked || now - linked.at > QUICK_MS) return;
    // The page changed the text (an update), rather than putting ours back as it was (a fight).
    if (!(scope.textContent ?? '').includes(linked.text)) return;
    const fight = this.#fights.get(scope) ?? { undos: 0, until: 0 };
    fight.undos++;
    if (fight.undos > UNDOS_ALLOWED) {
      fight.until = now + Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (fight.undos - UNDOS_ALLOWED - 1));
      this.#paused.add(scope);
    }
    this.#fights.set(scope, fight);
  }

  /** True when `node` is in (or is) a block we are leaving alone. Costs nothing while no page fights us. */
  isPaused(node: Node, now: number): boolean {
    if (this.#paused.size === 0) return false;
    for (const scope of this.#paused) {
      const fight = this.#fights.get(scope);
      if (!fight || fight.until <= now || !scope.isConnected) {
        this.#paused.delete(scope);
        continue;
      }
      if (scope.contains(node)) return true;
    }
    return false;
  }
}
