/**
 * When our slices run. Work the page just caused (content it added or changed) is `prompt`: its first slice runs
 * in a microtask (link-queue.ts), the rest in the next tasks. The first scan of a page, and big rescans, are
 * `idle` and wait for idle time.
 */
export type Urgency = 'prompt' | 'idle';

export function schedule(urgency: Urgency, task: () => void): void {
  if (urgency === 'idle' && typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 200 });
  else setTimeout(task, 0);
}

/** Slices of work never run longer than this, so the page never sees a long task from us. */
export const SLICE_MS = 8;

/**
 * An idle batch of wrapping runs in a task of its own, for at most this long: the browser renders it right after,
 * so the two together must stay well under a long task (with RENDER_TARGET_MS, under 50 ms).
 */
export const WRAP_MS = 12;

/**
 * Wrapping changes the DOM and so costs the page a style and layout pass, a long one on a huge table. Found
 * numbers are therefore wrapped in batches, not slice by slice: when the scan has finished, or when the oldest
 * has waited this long.
 */
export const WRAP_AFTER_MS = 250;

/**
 * Where the rendering after a wrap is slow (render-cost.ts), batches wait longer, so that rendering takes at
 * most this share of the time (a layout of L ms → a batch every L / RENDER_SHARE ms), up to MAX_WRAP_AFTER_MS.
 */
export const RENDER_SHARE = 0.05;
export const MAX_WRAP_AFTER_MS = 3000;

/**
 * The rendering one batch of links may cost the page. Rendering grows with the blocks changed (BENCHMARKS.md),
 * so a batch that cost more is followed by smaller ones, and one that cost less than three quarters of this by
 * bigger ones, half as big again (link-queue.ts): each batch costs a rendering pass, so fewer is cheaper.
 */
export const RENDER_TARGET_MS = 30;
/** Blocks in the first batch of links, before any rendering has been measured, and the fewest in any batch. */
export const FIRST_BATCH = 100;
export const MIN_BATCH = 16;
