import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isNegativeCategory, loadCorpus } from '../__fixtures__/corpus';
import { findPhones } from '../find-phones';

// The targets of issue #3, checked on every unit run; `npm run eval:detect` prints the detail.
const corpus = loadCorpus(fileURLToPath(new URL('../__fixtures__', import.meta.url)));
const key = (m: { e164: string; ext?: string }) => (m.ext ? `${m.e164};ext=${m.ext}` : m.e164);

describe('labelled corpus', () => {
  it('is large and covers positives and negatives', () => {
    expect(corpus.length).toBeGreaterThan(500);
    expect(corpus.filter((c) => isNegativeCategory(c.category)).length).toBeGreaterThan(250);
  });

  it('meets precision >= 0.99 and recall >= 0.97 with no false positive in a negative category', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const negativeFalsePositives: string[] = [];
    for (const c of corpus) {
      const missed = [...c.expect];
      for (const found of c.blocks.flatMap((block) => findPhones(block, c.region).map(key))) {
        const at = missed.indexOf(found);
        if (at >= 0) {
          missed.splice(at, 1);
          tp++;
        } else {
          fp++;
          if (isNegativeCategory(c.category)) negativeFalsePositives.push(`${c.id}: ${found}`);
        }
      }
      fn += missed.length;
    }
    expect(negativeFalsePositives).toEqual([]);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.99);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.97);
  });
});
