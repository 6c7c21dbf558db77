/**
 * The generated business pages' part of `npm run eval:detect` (src/core/__fixtures__/business-pages): one fresh
 * seed (or --seed=N) and the regression seeds, each scored per category, with the misses and false links.
 */
import { generatePages } from '../src/core/__fixtures__/business-pages/pages';
import { freshSeed } from '../src/core/__fixtures__/business-pages/random';
import { scorePages, verdicts } from '../src/core/__fixtures__/business-pages/score';
import { EVAL_PAGES, REGRESSION_SEEDS } from '../src/core/__fixtures__/business-pages/seeds';
import type { Detector } from '../src/core/detect/detect';

const fmt = (n: number) => n.toFixed(3);

/** Scores one seed; prints its table (and, with `details`, up to `maxFindings` misses and false links). Returns whether it met the targets. */
function scoreSeed(detect: Detector, seed: number, pages: number, details: boolean, maxFindings: number): boolean {
  const score = scorePages(generatePages(seed, pages), detect);
  const { perCategory, overall } = verdicts(score);
  console.log(`\nBusiness pages, seed ${seed} (${pages} pages):\n`);
  console.log('| category | items | TP | FP | FN | hard negatives | precision | recall | met |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const v of perCategory) {
    const t = score.byCategory.get(v.category);
    if (!t) continue;
    console.log(`| ${v.category} | ${t.items} | ${t.tp} | ${t.fp} | ${t.fn} | ${t.hard} | ${fmt(v.precision)} | ${fmt(v.recall)} | ${v.ok ? 'yes' : 'NO'} |`);
  }
  const hard = [...score.byCategory.values()].reduce((n, t) => n + t.hard, 0);
  console.log(`| **overall** | | | | | ${hard} | ${fmt(overall.precision)} | ${fmt(overall.recall)} | ${overall.ok ? 'yes' : 'NO'} |`);
  if (details && score.findings.length) {
    console.log(`\nMisses and false links, seed ${seed} (${score.findings.length}):`);
    for (const f of score.findings.slice(0, maxFindings)) {
      console.log(`  [${f.category}] ${f.page.region} ${f.page.lang}: ${f.what} in ${JSON.stringify(f.block.text)}${f.block.before === undefined ? '' : ` (label cell ${JSON.stringify(f.block.before)})`}`);
    }
  }
  return overall.ok && perCategory.every((v) => v.ok);
}

/** Runs the fresh seed and the regression seeds; returns the failures for the targets line. */
export function evalBusinessPages(detect: Detector, args: Map<string, string>): string[] {
  const seed = args.has('seed') ? Number(args.get('seed')) : freshSeed();
  const pages = args.has('pages') ? Number(args.get('pages')) : EVAL_PAGES;
  const failures: string[] = [];
  if (!scoreSeed(detect, seed, pages, true, 80)) failures.push(`business pages seed ${seed}`);
  for (const regression of REGRESSION_SEEDS) {
    if (!scoreSeed(detect, regression, pages, false, 0)) failures.push(`business pages regression seed ${regression}`);
  }
  return failures;
}
