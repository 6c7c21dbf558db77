/** A small seeded random source (mulberry32), so a failing generated page can be made again from its seed. */
export interface Random {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A string of `n` random ASCII digits, the first one from `first` when given. */
  digits(n: number, first?: string): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    seed,
    next,
    int,
    pick,
    chance: (p) => next() < p,
    digits(n, first = '0123456789') {
      let out = n > 0 ? pick([...first]) : '';
      for (let i = 1; i < n; i++) out += String(int(0, 9));
      return out;
    },
  };
}

/** A fresh seed for a run that is not given one. */
export const freshSeed = (): number => Math.floor(Math.random() * 2 ** 31);
