import type { Dialable } from '../core/dialable';
import { dialableOfMatch, targetKey } from './link-element';
import { type FoundNumbers, stillHolds } from './linkify';

/** How far from the viewport a block counts as near, in viewport heights above and below it. */
const NEAR_SCREENS = 2;

/**
 * Whether `block` is laid out more than NEAR_SCREENS viewport heights above or below the viewport. A block with
 * no box (hidden, in a closed `<details>`) or whose rendering the page skips (`content-visibility`) is not far:
 * wrapping it costs no layout, and nothing would say when it shows. Its box is not read then: that would lay
 * out what the page keeps out of rendering.
 */
export function isFarFromViewport(block: Element): boolean {
  const view = block.ownerDocument.defaultView;
  if (!view || !block.checkVisibility({ contentVisibilityAuto: true })) return false;
  const box = block.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  const height = view.innerHeight;
  return box.bottom < -NEAR_SCREENS * height || box.top > (1 + NEAR_SCREENS) * height;
}

/**
 * On a long page, the blocks far from the viewport whose numbers were found but are not wrapped yet: every wrap
 * batch costs the page a rendering pass, and on a long page each pass lays out its thousands of blocks again
 * (docs/linkifier.md, "Long pages"), so these are read again and linked as the reader comes near them. Their
 * numbers count as on the page (the badge, the popup) meanwhile. An IntersectionObserver says when a block
 * comes near: it follows any scroll, scrolling box, resize or change of layout.
 */
export class ParkedBlocks {
  readonly #blocks = new Map<Element, FoundNumbers[]>();
  /** How many parked matches dial each number (by targetKey). */
  readonly #keys = new Map<string, number>();
  readonly #listeners: (() => void)[] = [];
  #observer: IntersectionObserver | undefined;

  /** `near` gets the blocks that came near the viewport, already taken out of the parked ones. */
  constructor(private readonly near: (blocks: Element[]) => void) {}

  get size(): number {
    return this.#blocks.size;
  }

  /** Parks one segment's numbers in `block`; a segment parked before with the same first node is replaced. */
  park(block: Element, found: FoundNumbers): void {
    let parked = this.#blocks.get(block);
    if (!parked) {
      this.#blocks.set(block, (parked = []));
      this.#observe(block);
    }
    const first = found.segment.nodes[0];
    const old = parked.findIndex((entry) => entry.segment.nodes[0] === first);
    if (old >= 0) this.#count(parked.splice(old, 1)[0] as FoundNumbers, -1);
    parked.push(found);
    this.#count(found, 1);
    this.#changed();
  }

  /** Forgets a block (the page changed it: it is read again), if parked. */
  drop(node: Node): void {
    const parked = node instanceof Element ? this.#blocks.get(node) : undefined;
    if (!parked) return;
    this.#remove(node as Element, parked);
    this.#changed();
  }

  /** Takes every parked block out, with its segments, in the order parked (a page short enough to link whole). */
  takeAll(): [Element, FoundNumbers[]][] {
    const all = [...this.#blocks];
    this.clear();
    return all;
  }

  clear(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    const had = this.#blocks.size > 0;
    this.#blocks.clear();
    this.#keys.clear();
    if (had) this.#changed();
  }

  /** How many different numbers are parked (by targetKey). */
  get keyCount(): number {
    return this.#keys.size;
  }

  keys(): IterableIterator<string> {
    return this.#keys.keys();
  }

  /** The parked numbers whose text is still as read, once per match. */
  targets(): Dialable[] {
    const targets: Dialable[] = [];
    for (const parked of this.#blocks.values()) {
      for (const found of parked) if (stillHolds(found.segment)) for (const match of found.matches) targets.push(dialableOfMatch(match));
    }
    return targets;
  }

  /** Calls `listener` whenever numbers are parked or taken out (the badge count follows). */
  onChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  #observe(block: Element): void {
    this.#observer ??= new IntersectionObserver((entries) => this.#onIntersect(entries), { rootMargin: `${NEAR_SCREENS * 100}% 0px` });
    this.#observer.observe(block);
  }

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    const near: Element[] = [];
    for (const entry of entries) {
      const parked = entry.isIntersecting ? this.#blocks.get(entry.target) : undefined;
      if (!parked) continue;
      this.#remove(entry.target, parked);
      near.push(entry.target);
    }
    if (near.length === 0) return;
    this.#changed();
    this.near(near);
  }

  #remove(block: Element, parked: FoundNumbers[]): void {
    this.#blocks.delete(block);
    this.#observer?.unobserve(block);
    for (const found of parked) this.#count(found, -1);
  }

  #count(found: FoundNumbers, delta: 1 | -1): void {
    for (const match of found.matches) {
      const key = targetKey(dialableOfMatch(match));
      const count = (this.#keys.get(key) ?? 0) + delta;
      if (count > 0) this.#keys.set(key, count);
      else this.#keys.delete(key);
    }
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
