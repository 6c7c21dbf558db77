import type { Dialable } from '../core/dialable';
import type { PhoneMatch } from '../core/detect/detect';
import { dialableOfMatch, targetKey } from './link-element';
import { type FoundNumbers, stillHolds } from './linkify';
import { type Extent, NEAR_SCREENS, runInReach } from './viewport-reach';

/** Parked blocks whose boxes are read again after a change, to tell whether the page's layout moved. */
const PROBES = 8;
/** How far up from a change a parked block is looked for: the screen parks blocks of at most a few dozen elements. */
const MAX_DROP_DEPTH = 16;
/** Blocks taken out together when any comes near (at most all there are). */
const TAKE_AT_LEAST = 100;
/** The most often every parked block's box is read again while the page keeps changing its layout. */
const REMEASURE_MS = 250;

interface Parked {
  /** What the walk found in its segments; or, for a block the screen read from its markup, its numbers alone. */
  readonly found: FoundNumbers[] | readonly PhoneMatch[];
  top: number;
  bottom: number;
}

const isFound = (found: Parked['found']): found is FoundNumbers[] => found.length > 0 && 'segment' in (found[0] as object);

/**
 * On a long page, the blocks far from the viewport whose numbers were found but are not wrapped yet: every wrap
 * batch costs the page a rendering pass, and on a long page each pass lays out its thousands of blocks again
 * (docs/linkifier.md, "Long pages"), so these are read again and linked as the reader comes near them. Their
 * numbers count as on the page (the badge, the popup) meanwhile.
 *
 * Which come near is found from their boxes, kept in page coordinates and sorted: a scroll is a binary search.
 * The boxes are read again when the layout may have moved: a resize, the document changing size, a scrolling
 * box scrolled, or a change of the page that moved one of a few probe blocks. (An IntersectionObserver would
 * follow layout by itself, but costs every frame of a scroll in proportion to its targets.)
 */
export class ParkedBlocks {
  readonly #blocks = new Map<Element, Parked>();
  /** The parked blocks by top, once sorted. */
  #order: Element[] = [];
  #sorted = true;
  #tallest = 0;
  /** Blocks whose boxes, read again after a change, say whether the layout moved. */
  #probes: [Element, number][] = [];
  /** The layout may have moved: read the probes (or, when `all`, every box) at the next check. */
  #moved: 'probes' | 'all' | undefined;
  #measuredAt = -Infinity;
  #checkedAt: number | undefined;
  #frame: number | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  /** How many parked matches dial each number (by targetKey). */
  readonly #keys = new Map<string, number>();
  readonly #listeners: (() => void)[] = [];
  #watching: AbortController | undefined;
  #resizes: ResizeObserver | undefined;

  /** `near` gets the blocks that came near the viewport, already taken out of the parked ones. */
  constructor(private readonly near: (blocks: Element[]) => void) {}

  get size(): number {
    return this.#blocks.size;
  }

  /** Parks one segment's numbers in `block`, at `extent`; a segment parked before with the same first node is replaced. */
  park(block: Element, found: FoundNumbers, extent: Extent): void {
    let parked = this.#blocks.get(block);
    if (!parked || !isFound(parked.found)) {
      if (parked) this.#remove(block, parked);
      parked = this.#add(block, [], extent);
    }
    const entries = parked.found as FoundNumbers[];
    const first = found.segment.nodes[0];
    const old = entries.findIndex((entry) => entry.segment.nodes[0] === first);
    if (old >= 0) this.#count((entries.splice(old, 1)[0] as FoundNumbers).matches, -1);
    entries.push(found);
    this.#count(found.matches, 1);
    this.#changed();
  }

  /** Parks a block the screen read from its markup, with its numbers: the walk reads it when it comes near. */
  parkUnread(block: Element, matches: readonly PhoneMatch[], extent: Extent): void {
    const parked = this.#blocks.get(block);
    if (parked) this.#remove(block, parked);
    this.#add(block, matches, extent);
    this.#count(matches, 1);
    this.#changed();
  }

  #add(block: Element, found: Parked['found'], extent: Extent): Parked {
    const parked = { found, ...extent };
    this.#blocks.set(block, parked);
    this.#order.push(block);
    this.#sorted = false;
    this.#tallest = Math.max(this.#tallest, extent.bottom - extent.top);
    this.#watch(block.ownerDocument);
    return parked;
  }

  /**
   * Takes out the parked block `node` is or is in, if any: the page changed it, so it is read again, whole (what
   * was parked there is forgotten). A block the screen parked holds blocks of its own, which the page may change.
   */
  drop(node: Node): Element | undefined {
    if (this.#blocks.size === 0) return undefined;
    let parked: Parked | undefined;
    let block: Element | null = node instanceof Element ? node : node.parentElement;
    for (let depth = 0; block && depth < MAX_DROP_DEPTH && !(parked = this.#blocks.get(block)); depth++) block = block.parentElement;
    if (!parked || !block) return undefined;
    this.#remove(block, parked);
    this.#order = this.#order.filter((other) => other !== block);
    this.#changed();
    return block;
  }

  /** The page changed: its layout may have moved (checked on a few parked blocks at the next frame). */
  layoutChanged(): void {
    if (this.#blocks.size === 0) return;
    this.#moved ??= 'probes';
    this.#schedule();
  }

  /**
   * Takes every parked block out (a page short enough to link whole), in the order parked, with the segments the
   * walk found there; none for a block the screen read (the walk reads it then).
   */
  takeAll(): [Element, FoundNumbers[]][] {
    const all = [...this.#blocks].map(([block, parked]): [Element, FoundNumbers[]] => [block, isFound(parked.found) ? parked.found : []]);
    this.clear();
    return all;
  }

  clear(): void {
    this.#watching?.abort();
    this.#watching = undefined;
    this.#resizes?.disconnect();
    this.#resizes = undefined;
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    clearTimeout(this.#retry);
    this.#frame = this.#retry = undefined;
    const had = this.#blocks.size > 0;
    this.#blocks.clear();
    this.#keys.clear();
    this.#order = [];
    this.#probes = [];
    this.#sorted = true;
    this.#tallest = 0;
    this.#moved = undefined;
    this.#checkedAt = undefined;
    if (had) this.#changed();
  }

  /** The different numbers parked (by targetKey), in blocks still on the page. */
  keys(): IterableIterator<string> {
    this.#prune();
    return this.#keys.keys();
  }

  /** The parked numbers whose text is still as read, once per match. */
  targets(): Dialable[] {
    this.#prune();
    const targets: Dialable[] = [];
    for (const parked of this.#blocks.values()) {
      if (!isFound(parked.found)) for (const match of parked.found) targets.push(dialableOfMatch(match));
      else for (const found of parked.found) if (stillHolds(found.segment)) for (const match of found.matches) targets.push(dialableOfMatch(match));
    }
    return targets;
  }

  /** Calls `listener` whenever numbers are parked or taken out (the badge count follows). */
  onChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  /** Scrolls, resizes and the document's own size, from the first block parked until cleared. */
  #watch(doc: Document): void {
    const view = doc.defaultView;
    if (this.#watching || !view) return;
    this.#watching = new AbortController();
    const options = { capture: true, passive: true, signal: this.#watching.signal };
    // Scroll events do not bubble, but reach the window's capture listeners from any scrolling box.
    view.addEventListener('scroll', (event) => {
      if (event.target !== doc) this.#moved = 'all';
      this.#schedule();
    }, options);
    view.addEventListener('resize', () => {
      this.#moved = 'all';
      this.#schedule();
    }, options);
    // Images and fonts that load change the page's height with no DOM change.
    this.#resizes = new ResizeObserver(() => {
      this.#moved ??= 'probes';
      this.#schedule();
    });
    this.#resizes.observe(doc.documentElement);
    if (doc.body) this.#resizes.observe(doc.body);
  }

  #schedule(): void {
    if (this.#frame === undefined && this.#retry === undefined) this.#frame = requestAnimationFrame(() => this.#check());
  }

  /** Takes out the parked blocks near the viewport, once their boxes are known to be current. */
  #check(): void {
    this.#frame = undefined;
    const view = this.#order[0]?.ownerDocument.defaultView;
    if (!view) return;
    const height = view.innerHeight;
    if (this.#moved === 'probes' && this.#probesMoved(view)) this.#moved = 'all';
    if (this.#moved === 'all') {
      // A page changing its layout all the time gets its boxes read a few times a second, not every frame.
      const wait = this.#measuredAt + REMEASURE_MS - performance.now();
      if (wait > 0) {
        this.#retry = setTimeout(() => {
          this.#retry = undefined;
          this.#schedule();
        }, wait);
        return;
      }
      this.#measure(view);
    } else if (this.#moved === undefined && this.#checkedAt !== undefined && Math.abs(view.scrollY - this.#checkedAt) < height / 2) return;
    this.#moved = undefined;
    this.#checkedAt = view.scrollY;
    this.#takeNear(view.scrollY - NEAR_SCREENS * height, view.scrollY + (1 + NEAR_SCREENS) * height);
  }

  #probesMoved(view: Window): boolean {
    for (const [block, top] of this.#probes) {
      if (!block.isConnected || Math.abs(block.getBoundingClientRect().top + view.scrollY - top) > 1) return true;
    }
    return false;
  }

  /** Reads every parked block's box again (a block gone from the page is forgotten), and picks new probes. */
  #measure(view: Window): void {
    this.#prune();
    this.#tallest = 0;
    for (const [block, parked] of this.#blocks) {
      const box = block.getBoundingClientRect();
      parked.top = box.top + view.scrollY;
      parked.bottom = box.bottom + view.scrollY;
      this.#tallest = Math.max(this.#tallest, box.height);
    }
    this.#sorted = false;
    this.#measuredAt = performance.now();
  }

  #takeNear(from: number, to: number): void {
    if (!this.#sorted) {
      this.#order = [...this.#blocks.keys()];
      this.#order.sort((a, b) => (this.#blocks.get(a) as Parked).top - (this.#blocks.get(b) as Parked).top);
      this.#sorted = true;
      const step = Math.max(1, Math.floor(this.#order.length / PROBES));
      this.#probes = this.#order.filter((_, k) => k % step === 0).map((block) => [block, (this.#blocks.get(block) as Parked).top]);
    }
    const run = runInReach(this.#order.length, (k) => this.#blocks.get(this.#order[k] as Element) as Parked, from, to, this.#tallest, TAKE_AT_LEAST);
    if (!run) return;
    // The blocks next to those in reach go with them: a reader going down the page causes a batch every few dozen screens.
    const near = this.#order.slice(run[0], run[1] + 1);
    for (const block of near) this.#remove(block, this.#blocks.get(block) as Parked);
    const taken = new Set(near);
    this.#order = this.#order.filter((block) => !taken.has(block));
    this.#probes = this.#probes.filter(([block]) => !taken.has(block));
    this.#changed();
    this.near(near);
  }

  /**
   * Forgets the blocks the page took out (a list that recycles its rows): they no longer count. Done when counted
   * or measured, not on every removal, which would search the parked blocks.
   */
  #prune(): void {
    let pruned = false;
    for (const [block, parked] of this.#blocks) {
      if (block.isConnected) continue;
      this.#remove(block, parked);
      pruned = true;
    }
    if (pruned) this.#sorted = false;
  }

  #remove(block: Element, parked: Parked): void {
    this.#blocks.delete(block);
    if (!isFound(parked.found)) this.#count(parked.found, -1);
    else for (const found of parked.found) this.#count(found.matches, -1);
  }

  #count(matches: readonly PhoneMatch[], delta: 1 | -1): void {
    for (const match of matches) {
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
