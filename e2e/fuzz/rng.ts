/** Helpers over a seeded source of numbers in [0, 1) (bench/random.ts), so every choice follows the seed. */
export class Rng {
  constructor(private readonly next: () => number) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** One of the values, with probability proportional to its weight (weights of 0 are never picked). */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let at = this.next() * total;
    for (const [value, weight] of choices) {
      if (weight > 0 && at < weight) return value;
      at -= weight;
    }
    const last = choices.filter(([, weight]) => weight > 0).at(-1);
    if (!last) throw new Error('no choice has a weight');
    return last[0];
  }
}
