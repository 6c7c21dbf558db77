import { candidateTextNodes, type LinkContext, linkifyTextNode } from './linkify';
import { isInSkipZone } from './skip-zones';

// Work runs in slices of at most this long so the page never sees a long task from us.
const SLICE_MS = 8;

type IdleScheduler = (callback: () => void) => void;

const scheduleIdle: IdleScheduler =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 100 })
    : (callback) => setTimeout(callback, 0);

/**
 * Subtrees waiting to be linked. Adding only queues; the walking and wrapping run later in short idle slices.
 * `afterSlice` runs after each slice's DOM changes (the observer drops its own records there).
 */
export class LinkQueue {
  readonly #roots: Node[] = [];
  readonly #texts: Text[] = [];
  #scheduled = false;

  constructor(
    private readonly context: LinkContext,
    private readonly afterSlice: () => void,
  ) {}

  add(node: Node): void {
    this.#roots.push(node);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    scheduleIdle(() => this.#runSlice());
  }

  #runSlice(): void {
    this.#scheduled = false;
    const deadline = performance.now() + SLICE_MS;
    while (performance.now() < deadline) {
      const text = this.#texts.pop();
      if (text) {
        // The page may have moved or removed the node since it was queued.
        if (text.isConnected && !isInSkipZone(text)) linkifyTextNode(text, this.context);
        continue;
      }
      const root = this.#roots.shift();
      if (!root) break;
      if (root.isConnected) this.#texts.push(...candidateTextNodes(root).reverse());
    }
    this.afterSlice();
    if (this.#roots.length > 0 || this.#texts.length > 0) this.#schedule();
  }
}
