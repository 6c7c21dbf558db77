/**
 * What the browser's rendering cost after our last DOM changes: from the start of the next frame (its
 * animation-frame callbacks) to the first task after it, which covers that frame's style, layout and paint.
 * Small on most pages; on a huge table every change re-lays out the whole table, even for one cell, so the
 * linker wraps less often there (link-queue.ts; figures in BENCHMARKS.md).
 */
export class RenderCost {
  #lastMs = 0;
  #measured = 0;
  #probing = false;
  #probedAt = 0;

  get lastMs(): number {
    return this.#lastMs;
  }

  /** How many frames have been measured: a new value means lastMs is new. */
  get measured(): number {
    return this.#measured;
  }

  /**
   * True while the frame after our last change has not been rendered yet (for at most PENDING_MS: a hidden tab
   * renders no frames), so the next batch of changes waits for it instead of adding to its rendering.
   */
  pending(now: number): boolean {
    return this.#probing && now - this.#probedAt < PENDING_MS;
  }

  /** Measures the next frame (no-op while a measurement is running, or where frames never come). */
  probe(): void {
    if (this.#probing || typeof requestAnimationFrame !== 'function') return;
    this.#probing = true;
    this.#probedAt = performance.now();
    requestAnimationFrame(() => {
      const start = performance.now();
      setTimeout(() => {
        this.#lastMs = performance.now() - start;
        this.#measured++;
        this.#probing = false;
      }, 0);
    });
  }
}

const PENDING_MS = 100;
