import { CHUNK_CHARS, type FoundNumbers, findInLongSegment, findInSegment, screenFind } from './linkify';
import { LongPage } from './long-page';
import type { ParkedBlocks } from './parked-blocks';
import { RenderCost } from './render-cost';
import { FIRST_BATCH, MAX_WRAP_AFTER_MS, MIN_BATCH, RENDER_SHARE, RENDER_TARGET_MS, SLICE_MS, schedule, WRAP_MS, type Urgency, WRAP_AFTER_MS } from './scheduler';
import { screenOf, type ScreenFind, type ScreenPark } from './screen';
import { type Segment, segmentsIn } from './segments';
import { applyFound, type WrapPolicy } from './wrap-policy';

/** A root's segments, after a screen of its markup has set aside the blocks with no number (screen.ts). */
function* screenedWalk(root: Node, onShadowRoot: (root: ShadowRoot) => void, find: ScreenFind, park: ScreenPark | undefined): Generator<Segment | null, void, boolean | undefined> {
  const screen = root instanceof Element && root.isConnected ? yield* screenOf(root, find, CHUNK_CHARS, park) : undefined;
  yield* segmentsIn(root, onShadowRoot, screen);
}

/**
 * Subtrees waiting to be linked, in two phases. Finding walks the queued roots in slices of at most SLICE_MS,
 * resuming mid-walk, and changes nothing; wrapping applies what was found, in batches (see WRAP_AFTER_MS), each
 * also within the time budget. A root whose ancestor is queued (and not yet being walked) is dropped, since the
 * ancestor's walk covers it. This class decides when work runs and how much of it; what is done with each
 * segment's numbers (wrap, mark, release, leave) is the wrap policy's (wrap-policy.ts). `aroundWrap` runs before
 * and after each batch of DOM changes.
 */
export class LinkQueue {
  readonly #roots: Node[] = [];
  readonly #queued = new Map<Node, Urgency>();
  readonly #found: FoundNumbers[] = [];
  #oldestFound = 0;
  #walk: Generator<Segment | null, void, boolean | undefined> | undefined;
  /** A segment too long to read in one go, being read a chunk per step. */
  #longFind: Generator<undefined, FoundNumbers | undefined> | undefined;
  #walkUrgency: Urgency = 'idle';
  #scheduled: Urgency | undefined;
  #microtask = false;
  readonly #renderCost = new RenderCost();
  /** Most blocks an idle batch wraps, adapted to the rendering the last one cost (RENDER_TARGET_MS). */
  #batchLimit = FIRST_BATCH;
  #lastBatch = 0;
  #adaptedTo = 0;
  #stopped = false;
  readonly #policy: WrapPolicy;
  /** Found by prompt work: wrapped by prompt batches, wherever they are. */
  #promptFound = new WeakSet<FoundNumbers>();
  /** Which blocks wait for the reader on a long page (long-page.ts). */
  readonly #longPage = new LongPage(() => this.#policy, (block) => this.add(block, 'idle'));

  /** Numbers found far from the viewport on a long page, waiting for the reader (parked-blocks.ts). */
  get parked(): ParkedBlocks {
    return this.#longPage.parked;
  }

  constructor(
    policy: Omit<WrapPolicy, 'requeue'>,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
    /** Around each batch of DOM changes: `before` handles the page's pending changes, `after` drops ours. */
    private readonly aroundWrap: { readonly before: () => void; readonly after: () => void },
  ) {
    this.#policy = { ...policy, requeue: (block) => this.add(block, 'prompt') };
  }

  /** Queues a subtree; `prompt` for content the page just added or changed (see scheduler.ts). */
  add(changed: Node, urgency: Urgency): void {
    if (this.#stopped || this.#queued.get(changed) === urgency) return;
    // A change in a parked block: the whole block is read again, not only what changed (the rest was parked too).
    const node = this.#longPage.parked.drop(changed) ?? changed;
    if (node !== changed && this.#queued.get(node) === urgency) return;
    this.#queued.set(node, urgency);
    // Prompt work goes first; within an urgency, first come first served.
    if (urgency === 'prompt') this.#roots.splice(this.#promptCount(), 0, node);
    else this.#roots.push(node);
    if (urgency === 'prompt') this.#runInMicrotask();
    else this.#schedule();
  }

  /**
   * Content the page just added or changed gets its first slice in a microtask: still inside the page's own
   * task, before the browser renders it, so our links join the layout the page's change causes anyway instead
   * of costing another one (on a huge table, a layout is a long task: BENCHMARKS.md). What the slice leaves goes
   * to tasks.
   */
  #runInMicrotask(): void {
    if (this.#microtask) return;
    this.#microtask = true;
    queueMicrotask(() => {
      this.#microtask = false;
      this.#runSlice();
    });
  }

  /** Drops everything queued and found (linking turned off, or the page is being relinked). */
  stop(): void {
    this.#stopped = true;
    this.#roots.length = 0;
    this.#queued.clear();
    this.#found.length = 0;
    this.#walk = undefined;
    this.#longFind = undefined;
    this.#longPage.parked.clear();
  }

  restart(): void {
    this.#stopped = false;
    this.#longPage.restart();
  }

  /** Nothing queued, being walked or waiting to be wrapped (or stopped). */
  get idle(): boolean {
    return this.#stopped || (!this.#finding() && this.#found.length === 0);
  }

  #promptCount(): number {
    let count = 0;
    while (count < this.#roots.length && this.#queued.get(this.#roots[count] as Node) === 'prompt') count++;
    return count;
  }

  #finding(): boolean {
    return this.#roots.length > 0 || this.#walk !== undefined || this.#longFind !== undefined;
  }

  #urgency(): Urgency {
    const next = this.#roots[0];
    return (this.#walk && this.#walkUrgency === 'prompt') || (next && this.#queued.get(next) === 'prompt') ? 'prompt' : 'idle';
  }

  #schedule(): void {
    const urgency = this.#urgency();
    if (this.#scheduled === urgency || this.#scheduled === 'prompt') return;
    this.#scheduled = urgency;
    schedule(urgency, () => {
      if (this.#scheduled === urgency) this.#scheduled = undefined;
      this.#runSlice();
    });
  }

  /** An ancestor queued at least as urgently will walk this root too. */
  #coveredByAncestor(node: Node, urgency: Urgency): boolean {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) {
      const queued = this.#queued.get(parent);
      if (queued === 'prompt' || (queued === 'idle' && urgency === 'idle')) return true;
    }
    return false;
  }

  #nextWalk(): Generator<Segment | null> | undefined {
    for (let root = this.#roots.shift(); root; root = this.#roots.shift()) {
      const urgency = this.#queued.get(root) ?? 'idle';
      this.#queued.delete(root);
      // From here on, nodes added under this root are queued on their own: the walk may already be past them.
      // A block the page keeps undoing our links in is still read: links there that no longer read as its text
      // must come out (wrapping skips it, below).
      if (root.isConnected && !this.#coveredByAncestor(root, urgency)) {
        this.#walkUrgency = urgency;
        return screenedWalk(root, this.onShadowRoot, screenFind(this.#policy.context), this.#longPage.screenPark(urgency === 'idle', new Map()));
      }
    }
    return undefined;
  }

  #runSlice(): void {
    if (this.#stopped) return;
    const deadline = performance.now() + SLICE_MS;
    const prompt = this.#urgency() === 'prompt';
    if (!prompt && this.#found.length > 0 && this.#idleWrapDue()) {
      this.#wrap(performance.now() + WRAP_MS, false);
      this.#continue();
      return;
    }
    let walked = false;
    while (performance.now() < deadline) {
      if (this.#longFind) {
        const chunk = this.#longFind.next();
        if (chunk.done) {
          this.#longFind = undefined;
          this.#keep(chunk.value);
        }
        continue;
      }
      this.#walk ??= this.#nextWalk();
      if (!this.#walk) break;
      // Only the first step of a slice follows a pause in which the page (and our wrapping) ran.
      const step = this.#walk.next(!walked);
      walked = true;
      if (step.done) this.#walk = undefined;
      else if (step.value && step.value.text.length > CHUNK_CHARS) this.#longFind = findInLongSegment(step.value, this.#policy.context, this.#policy.groups);
      else if (step.value) this.#keep(findInSegment(step.value, this.#policy.context, this.#policy.groups));
    }
    if (this.#found.length > 0 && prompt) this.#wrap(deadline + SLICE_MS, true);
    this.#continue();
  }

  #continue(): void {
    if (!this.idle) this.#schedule();
    else {
      // Everything queued has been read: a short page's far blocks come back to be linked now.
      this.#longPage.readDone((found) => this.#keep(found));
      if (!this.idle) this.#schedule();
    }
  }

  /** Moves what prompt work found to the front of the list, in order; returns how many. */
  #promptFirst(): number {
    const found = this.#found;
    const later = found.filter((entry) => !this.#promptFound.has(entry));
    if (later.length === 0) return found.length;
    const ready = found.length - later.length;
    let kept = 0;
    for (const entry of found) if (this.#promptFound.has(entry)) found[kept++] = entry;
    for (const entry of later) found[kept++] = entry;
    return ready;
  }

  /** Idle batches wait for the frame after the last one: two batches in one frame would cost it both renderings. */
  #idleWrapDue(): boolean {
    const waited = performance.now() - this.#oldestFound;
    return (!this.#finding() || waited > this.#wrapAfterMs()) && !this.#renderCost.pending(performance.now());
  }

  /** How long found numbers wait to be wrapped together: longer where each wrap costs the page a long layout. */
  #wrapAfterMs(): number {
    return Math.min(MAX_WRAP_AFTER_MS, Math.max(WRAP_AFTER_MS, this.#renderCost.lastMs / RENDER_SHARE));
  }

  /** The batch size for idle work, from the rendering the last batch cost once it has been measured. */
  #adaptBatch(): number {
    const cost = this.#renderCost;
    if (cost.measured !== this.#adaptedTo && this.#lastBatch > 0) {
      this.#adaptedTo = cost.measured;
      if (cost.lastMs > RENDER_TARGET_MS) this.#batchLimit = Math.max(MIN_BATCH, Math.floor((this.#lastBatch * RENDER_TARGET_MS) / cost.lastMs));
      else if (cost.lastMs < RENDER_TARGET_MS * 0.75 && this.#lastBatch >= this.#batchLimit) this.#batchLimit = Math.ceil(this.#batchLimit * 1.5);
    }
    return this.#batchLimit;
  }

  #keep(found: FoundNumbers | undefined): void {
    if (!found) return;
    if (this.#found.length === 0) this.#oldestFound = performance.now();
    this.#found.push(found);
    if (this.#walkUrgency === 'prompt') this.#promptFound.add(found);
  }

  /** Applies what was found; `prompt` when the page just added or changed it (see NumberHighlights.mark). */
  #wrap(deadline: number, prompt: boolean): void {
    this.aroundWrap.before();
    let done = 0;
    // Blocks whose DOM we changed: marking changes none, and does not count towards the batch's size.
    let wrapped = 0;
    const tables = new Map<Element, boolean>();
    const limit = prompt ? Infinity : this.#adaptBatch();
    // Work the page just caused is linked wherever it is: it joins the page's own rendering. What idle work found
    // waits for an idle batch, which reads where it is.
    const ready = prompt ? this.#promptFirst() : this.#longPage.parkFar(this.#found, tables, limit, (performance.now() + deadline) / 2);
    while (done < ready && wrapped < limit && (done === 0 || performance.now() < deadline)) {
      const found = this.#found[done] as FoundNumbers;
      done++;
      if (applyFound(found, this.#policy, tables, prompt) === 'changed') wrapped++;
    }
    this.#found.splice(0, done);
    this.#oldestFound = performance.now();
    if (wrapped === 0) return;
    if (!prompt) this.#lastBatch = wrapped;
    this.aroundWrap.after();
    this.#renderCost.probe();
  }
}
