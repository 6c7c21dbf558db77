import browser from 'webextension-polyfill';
import type { ContentToBackground } from '../messages';

/**
 * What happens to this script when the extension is reloaded or updated while its page stays open.
 *
 * - Chrome keeps this script running, cut off: `runtime.id` turns undefined, every runtime and storage call
 *   throws "Extension context invalidated" (synchronously), `storage.onChanged` never fires again, and no new
 *   script comes (Chrome injects content scripts into open tabs only through the `scripting` permission). No
 *   event says so, so the script checks at its own moments of activity (`check`) and then stops: listeners off,
 *   observers off, the queue dropped, and every link unwrapped (the page's text exactly as it was). Links left in
 *   place would go stale: nothing would repair them when a framework rewrites its text.
 * - Firefox destroys this script's sandbox (its observers and listeners stop, with no error) and injects the new
 *   version into the open page, which finds the old links (leftovers.ts).
 */
export class ScriptLifecycle {
  readonly #controller = new AbortController();
  readonly #stops: (() => void)[] = [];
  #stopQueued = false;

  /** Aborted when the script stops: listeners added with it come off. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Runs `stop` (once) when the script stops; the teardowns run in the order they were added. */
  onStop(stop: () => void): void {
    this.#stops.push(stop);
  }

  /**
   * True while the extension is there. Once it is gone, stops the script in a task of its own, after what is
   * running now: a click on one of our links still opens its call, a batch of wrapping completes, and the
   * linker's observer has repaired its groups, so the unwrap restores the page's current text.
   */
  check(): boolean {
    if (this.signal.aborted) return false;
    if (extensionAlive()) return true;
    if (!this.#stopQueued) {
      this.#stopQueued = true;
      setTimeout(() => this.stop(), 0);
    }
    return false;
  }

  stop(): void {
    if (this.signal.aborted) return;
    this.#controller.abort();
    for (const stop of this.#stops) {
      try {
        stop();
      } catch {
        // An orphaned API (e.g. removing a runtime listener) may throw; the other teardowns must still run.
      }
    }
  }
}

function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}

/**
 * Checks the connection when the user comes back to the page (its tab shown again, or the page restored from
 * the back-forward cache): the moment a stale page would be seen. Not on window focus: focus comes between the
 * press and the click of a click on a link, and the link must still be there for the click.
 */
export function checkOnReturn(lifecycle: ScriptLifecycle): void {
  const check = () => void lifecycle.check();
  document.addEventListener('visibilitychange', check, { signal: lifecycle.signal });
  window.addEventListener('pageshow', check, { signal: lifecycle.signal });
}

/** Sends to the background, and says nothing when it cannot: once cut off, a send throws instead of rejecting. */
export function sendToBackground(lifecycle: ScriptLifecycle, message: ContentToBackground): void {
  if (!lifecycle.check()) return;
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    lifecycle.check();
  }
}
