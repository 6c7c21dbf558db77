import { describe, expect, it } from 'vitest';
import { type Extent, runInReach } from './viewport-reach';

/** Blocks 100 px tall, 100 px apart, from the top of the page. */
const blocks = (count: number): Extent[] => Array.from({ length: count }, (_, k) => ({ top: k * 200, bottom: k * 200 + 100 }));
const run = (extents: Extent[], from: number, to: number, atLeast: number) =>
  runInReach(extents.length, (k) => extents[k] as Extent, from, to, Math.max(...extents.map((e) => e.bottom - e.top)), atLeast);

describe('runInReach', () => {
  it('takes the blocks in reach, and none when none is', () => {
    expect(run(blocks(50), 1000, 1450, 1)).toEqual([5, 7]);
    expect(run(blocks(50), 1110, 1190, 1)).toBeUndefined();
    expect(run(blocks(50), 20_000, 30_000, 1)).toBeUndefined();
  });

  it('grows the run with neighbours on both sides, within the list', () => {
    expect(run(blocks(50), 1000, 1050, 5)).toEqual([3, 7]);
    expect(run(blocks(50), 0, 50, 5)).toEqual([0, 4]);
    expect(run(blocks(50), 9800, 9850, 5)).toEqual([45, 49]);
    expect(run(blocks(3), 200, 250, 100)).toEqual([0, 2]);
  });

  it('finds a tall block that starts above the reach and reaches into it', () => {
    const extents = [{ top: 0, bottom: 5000 }, ...blocks(50).map((e) => ({ top: e.top + 6000, bottom: e.bottom + 6000 }))];
    expect(run(extents, 4000, 4500, 1)).toEqual([0, 0]);
  });
});
