/** Runs `task` when the page is idle (or after `timeoutMs` at the latest), in its own task. */
export function whenIdle(task: () => void, timeoutMs = 50): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, 0);
}

/** Slices of work never run longer than this, so the page never sees a long task from us. */
export const SLICE_MS = 8;
