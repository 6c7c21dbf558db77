/**
 * Scores a detector on generated pages, per category. A link counts as right only when it covers exactly the
 * number (or the number with both of the brackets around it) and reads the expected E.164 and extension.
 * A negative is "hard" when libphonenumber-js's own findNumbers (max metadata, VALID) links it in its block.
 */
import { findNumbers, type CountryCode, type NumberFound } from 'libphonenumber-js/core';
import type { Detector } from '../../detect/detect';
import { phoneMetadata } from '../../phone-lib';
import type { Block, Item } from './block';
import type { Page } from './pages';
import { keyOf } from './phone-numbers';

export interface Tally { items: number; tp: number; fp: number; fn: number; hard: number }
export interface Finding { readonly page: Page; readonly block: Block; readonly category: string; readonly what: string }
export interface Score { readonly byCategory: Map<string, Tally>; readonly findings: Finding[] }

const isNegative = (category: string) => category.startsWith('neg-');
const PAIRS: Record<string, string> = { '(': ')', '[': ']' };

/** Does the link [start, end) cover exactly the item, or the item with both brackets around it? */
function coversExactly(text: string, item: Item, start: number, end: number): boolean {
  if (start === item.start && end === item.end) return true;
  const open = text[item.start - 1] ?? '';
  return start === item.start - 1 && end === item.end + 1 && PAIRS[open] !== undefined && text[item.end] === PAIRS[open];
}

const overlaps = (item: Item, start: number, end: number) => item.start < end && start < item.end;

type FindV2 = (text: string, options: { defaultCountry: CountryCode; v2: true; leniency: 'VALID' }, metadata: object) => NumberFound[];

/** `countHard`: also run libphonenumber-js's own matcher on every block, to count the hard negatives (slower). */
export function scorePages(pages: readonly Page[], detect: Detector, countHard = true): Score {
  const byCategory = new Map<string, Tally>();
  const findings: Finding[] = [];
  const tally = (category: string) => {
    let t = byCategory.get(category);
    if (!t) byCategory.set(category, (t = { items: 0, tp: 0, fp: 0, fn: 0, hard: 0 }));
    return t;
  };
  for (const page of pages) {
    for (const block of page.blocks) {
      const { text, items } = block;
      for (const item of items) tally(item.category).items++;
      const plain = countHard ? (findNumbers as unknown as FindV2)(text, { defaultCountry: page.region as CountryCode, v2: true, leniency: 'VALID' }, phoneMetadata()) : [];
      for (const item of items) {
        if (!item.expect && plain.some((m) => overlaps(item, m.startsAt, m.endsAt))) tally(item.category).hard++;
      }
      const matched = new Set<Item>();
      for (const m of detect(text, page.region, block.before === undefined ? {} : { before: block.before })) {
        const key = keyOf(m.e164, m.ext);
        const hit = items.find((item) => item.expect === key && !matched.has(item) && coversExactly(text, item, m.start, m.end));
        if (hit) {
          matched.add(hit);
          tally(hit.category).tp++;
          continue;
        }
        const owner = items.find((item) => overlaps(item, m.start, m.end));
        const category = owner?.category ?? 'other';
        tally(category).fp++;
        findings.push({ page, block, category, what: `false link ${JSON.stringify(text.slice(m.start, m.end))} -> ${key}` });
      }
      for (const item of items) {
        if (item.expect && !matched.has(item)) {
          tally(item.category).fn++;
          findings.push({ page, block, category: item.category, what: `missed ${JSON.stringify(text.slice(item.start, item.end))} = ${item.expect}` });
        }
      }
    }
  }
  return { byCategory, findings };
}

export interface Verdict { readonly category: string; readonly precision: number; readonly recall: number; readonly ok: boolean }

/**
 * Per category: a positive category's precision and recall; a negative category's precision is the share of its
 * hard negatives left unlinked (1 - false links / hard negatives; any false link where none is hard counts fully).
 * Overall precision counts every false link against every right one.
 */
export function verdicts(score: Score, minPrecision = 0.99, minRecall = 0.98): { perCategory: Verdict[]; overall: Verdict } {
  const perCategory: Verdict[] = [];
  let tp = 0, fp = 0, fn = 0;
  for (const [category, t] of [...score.byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    tp += t.tp; fp += t.fp; fn += t.fn;
    const precision = isNegative(category) || category === 'other' ? (t.fp === 0 ? 1 : Math.max(0, 1 - t.fp / Math.max(t.hard, t.fp))) : t.tp / Math.max(1, t.tp + t.fp);
    const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
    perCategory.push({ category, precision, recall, ok: precision >= minPrecision && recall >= minRecall });
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { perCategory, overall: { category: 'overall', precision, recall, ok: precision >= minPrecision && recall >= minRecall } };
}
