import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HotText } from './hot-text';

describe('HotText', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the first writes of a second at once, then once at the end of that second', () => {
    const reads: [string, boolean][] = [];
    const text = { id: 'ticker' } as unknown as Text;
    const hot = new HotText((node, later) => reads.push([(node as unknown as { id: string }).id, later]));
    // 60 writes in one second, as a ticker makes them.
    for (let i = 0; i < 60; i++) {
      hot.changed(text, i * 16);
      vi.advanceTimersByTime(i === 0 ? 0 : 16);
    }
    vi.advanceTimersByTime(1000);
    expect(reads).toEqual([['ticker', false], ['ticker', false], ['ticker', false], ['ticker', true]]);
  });

  it('keeps each text node apart, and a quiet node is read at once again', () => {
    const reads: boolean[] = [];
    const a = {} as Text;
    const b = {} as Text;
    const hot = new HotText((_node, later) => reads.push(later));
    for (let i = 0; i < 5; i++) hot.changed(a, i);
    hot.changed(b, 5);
    expect(reads).toEqual([false, false, false, false]);
    vi.advanceTimersByTime(1000);
    expect(reads).toEqual([false, false, false, false, true]);
    hot.changed(a, 5000);
    expect(reads.at(-1)).toBe(false);
  });
});
