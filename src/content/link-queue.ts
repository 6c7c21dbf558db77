import { type LinkContext, linkifySegment } from './linkify';
import { type Segment, segmentsIn } from './segments';
import { SLICE_MS, whenIdle } from './scheduler';

/**
 * Subtrees waiting to be linked. Adding only queues; walking and wrapping run later in idle slices of at most
 * SLICE_MS, resuming mid-walk where the last slice stopped. A root whose ancestor is queued (and not yet being
 * walked) is dropped, since the ancestor's walk covers it. `afterSlice` runs after each slice's DOM changes.
 */
export class LinkQueue {
  readonly #roots: Node[] = [];
  readonly #queued = new Set<Node>();
  #walk: { root: Node; segments: Generator<Segment | null> } | undefined;
  #scheduled = false;
  #stopped = false;

  constructor(
    private readonly context: LinkContext,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
    private readonly afterSlice: () => void,
  ) {}

  add(node: Node): void {
    if (this.#stopped || this.#queued.has(node)) return;
    this.#queued.add(node);
    this.#roots.push(node);
    this.#schedule();
  }

  /** Drops everything queued and stops scheduling (linking turned off, or the script is being replaced). */
  stop(): void {
    this.#stopped = true;
    this.#roots.length = 0;
    this.#queued.clear();
    this.#walk = undefined;
  }

  restart(): void {
    this.#stopped = false;
  }

  get idle(): boolean {
    return this.#roots.length === 0 && this.#walk === undefined;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    whenIdle(() => this.#runSlice());
  }

  #hasQueuedAncestor(node: Node): boolean {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) {
      if (this.#queued.has(parent)) return true;
    }
    return false;
  }

  #nextWalk(): boolean {
    for (let root = this.#roots.shift(); root; root = this.#roots.shift()) {
      if (!root.isConnected || this.#hasQueuedAncestor(root)) {
        this.#queued.delete(root);
        continue;
      }
      // From here on, nodes added under this root are queued on their own: the walk may already be past them.
      this.#queued.delete(root);
      this.#walk = { root, segments: segmentsIn(root, this.onShadowRoot) };
      return true;
    }
    return false;
  }

  #runSlice(): void {
    this.#scheduled = false;
    if (this.#stopped) return;
    const deadline = performance.now() + SLICE_MS;
    while (performance.now() < deadline) {
      if (!this.#walk && !this.#nextWalk()) break;
      const walk = this.#walk;
      if (!walk) break;
      const step = walk.segments.next();
      if (step.done) {
        this.#walk = undefined;
      } else if (step.value) {
        linkifySegment(step.value, this.context);
      }
    }
    this.afterSlice();
    if (!this.idle) this.#schedule();
  }
}
