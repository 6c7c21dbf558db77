import type { FoundNumbers } from './linkify';
import { ParkedBlocks } from './parked-blocks';
import type { ScreenPark } from './screen';
import { farExtent } from './viewport-reach';
import { blockToWrap, mayWait, type WrapPolicy } from './wrap-policy';

/**
 * A page whose first read leaves more blocks far from the viewport than this is long: those blocks are linked as
 * the reader comes near them. On a shorter page they are linked as soon as the read is done.
 */
const PARK_OVER = 500;
/** Fewer blocks found than this are wrapped wherever they are, until a page has blocks parked. */
const PARK_MIN = 64;

/**
 * Whether the screen parks far blocks with numbers unread, from their markup, rather than stopping where numbers are
 * common and leaving them to the walk. In Firefox each DOM read of the walk crosses the content script's wrapper and
 * the markup is cheaper; in Chromium the walk is cheaper than serializing every block (BENCHMARKS.md).
 */
const PARK_UNREAD = __BROWSER__ === 'firefox';

/**
 * Which found blocks wait, far from the viewport, for the reader to come near (docs/linkifier.md, "Long pages"),
 * and whether this page is long enough for any to: the link queue (link-queue.ts) asks before each idle batch and
 * when its reading is done.
 */
export class LongPage {
  /** Blocks far from the viewport, found but waiting; read again (`reread`) and linked when the reader comes near. */
  readonly parked: ParkedBlocks;
  /** Blocks said to be near (or on a page short enough to link whole): never parked. */
  #near = new WeakSet<Element>();
  /**
   * Decided once a read has left blocks parked: 'long' with more than PARK_OVER (far blocks wait for the reader
   * from then on), else 'short' (they are linked, and no block is parked again).
   */
  #length: 'unknown' | 'short' | 'long' = 'unknown';

  constructor(private readonly policy: () => WrapPolicy, private readonly reread: (block: Element) => void) {
    this.parked = new ParkedBlocks((blocks) => {
      for (const block of blocks) {
        this.#near.add(block);
        reread(block);
      }
    });
  }

  /** Linking starts again: nothing is known of the page's length. */
  restart(): void {
    this.#length = 'unknown';
    this.#near = new WeakSet();
  }

  /**
   * Everything queued has been read. The first time blocks are parked then, the page is decided long or short: a
   * short page's parked blocks are handed back, the segments found in them to `keep`, the others read again.
   */
  readDone(keep: (found: FoundNumbers) => void): void {
    if (this.#length !== 'unknown' || this.parked.size === 0) return;
    this.#length = this.parked.size > PARK_OVER ? 'long' : 'short';
    if (this.#length === 'long') return;
    for (const [block, found] of this.parked.takeAll()) {
      this.#near.add(block);
      if (found.length === 0) this.reread(block);
      for (const entry of found) keep(entry);
    }
  }

  /**
   * What the screen of an idle walk offers to park: a block it read from its markup, parked unread where far
   * (Firefox only, above). `tables`: the huge-table lookup for one walk.
   */
  screenPark(idle: boolean, tables: Map<Element, boolean>): ScreenPark | undefined {
    if (!PARK_UNREAD) return undefined;
    return (block, matches) => {
      if (!idle || this.#length === 'short' || this.#near.has(block) || !mayWait(block, this.policy(), tables)) return false;
      const far = farExtent(block);
      if (far) this.parked.parkUnread(block, matches, far);
      return far !== undefined;
    };
  }

  /**
   * Parks the found numbers of blocks far from the viewport, in the order found, until `limit` blocks to wrap are
   * ready or `until`; returns how many found are ready, at the front of `found`. Every box is read before the
   * batch changes anything: a read after a change would lay the page out again.
   */
  parkFar(found: FoundNumbers[], tables: Map<Element, boolean>, limit: number, until: number): number {
    // A few blocks cost one rendering pass wherever they are: not worth reading boxes for, on a page not yet long.
    if (this.#length === 'short' || (this.parked.size === 0 && found.length < PARK_MIN)) return found.length;
    let read = 0;
    let kept = 0;
    let toWrap = 0;
    for (; read < found.length && toWrap < limit && (read === 0 || performance.now() < until); read++) {
      const entry = found[read] as FoundNumbers;
      const block = blockToWrap(entry, this.policy(), tables);
      const far = block && !this.#near.has(block) ? farExtent(block) : undefined;
      if (block && far) this.parked.park(block, entry, far);
      else {
        found[kept++] = entry;
        // Marks in a huge table change no DOM: they do not count towards the batch.
        if (block) toWrap++;
      }
    }
    found.copyWithin(kept, read);
    found.length -= read - kept;
    return kept;
  }
}
