/**
 * Text the page rewrites many times a second (a clock, a live counter, a ticker) is re-read at most once a
 * second: the first few writes in a second are read at once, later ones only schedule one read at the end of
 * the second, of whatever the text is then. A number that appears in such text is linked within a second;
 * a page that writes it every frame does not pay a detector run for each write.
 */
const WINDOW_MS = 1000;
/** Writes per window read at once. */
const PROMPT_WRITES = 3;

interface Heat {
  windowStart: number;
  writes: number;
  timer: ReturnType<typeof setTimeout> | 0;
}

export class HotText {
  readonly #heat = new WeakMap<Text, Heat>();

  constructor(private readonly read: (text: Text, later: boolean) => void) {}

  changed(text: Text, now: number): void {
    let heat = this.#heat.get(text);
    if (!heat || now - heat.windowStart > WINDOW_MS) {
      heat = { windowStart: now, writes: 0, timer: heat?.timer ?? 0 };
      this.#heat.set(text, heat);
    }
    heat.writes++;
    if (heat.writes <= PROMPT_WRITES) {
      this.read(text, false);
      return;
    }
    if (heat.timer) return;
    const pending = heat;
    pending.timer = setTimeout(() => {
      pending.timer = 0;
      this.read(text, true);
    }, Math.max(0, pending.windowStart + WINDOW_MS - now));
  }
}
