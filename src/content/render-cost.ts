/**
 * What the browser's rendering cost after our last DOM changes: from the start of the next frame (its
 * animation-frame callbacks) to the first task after it, which covers that frame's style, layout and paint.
 * On most pages a few milliseconds; on a 20,000-row table every change re-lays out the whole table (~75 ms
 * measured here, even for one cell), so the linker wraps less often there (link-queue.ts).
 */
export class RenderCost {
  #lastMs = 0;
  #probing = false;

  get lastMs(): number {
    return this.#lastMs;
  }

  /** Measures the next frame (no-op while a measurement is running, or where frames never come). */
  probe(): void {
    if (this.#probing || typeof requestAnimationFrame !== 'function') return;
    this.#probing = true;
    requestAnimationFrame(() => {
      const start = performance.now();
      setTimeout(() => {
        this.#lastMs = performance.now() - start;
        this.#probing = false;
      }, 0);
    });
  }
}
