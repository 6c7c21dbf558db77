/**
 * Generated business pages: a region, a page language and blocks of text with positives and negatives placed as
 * real pages place them (sentences, label: value lines, table rows whose label is the cell before, dense lines of
 * figures joined by spaces, commas, semicolons and dashes). The same seed gives the same pages.
 */
import type { Region } from '../../region';
import { type Block, BlockBuilder } from './block';
import { type Context, date, idLabel, idValue, NEGATIVES, negativePhrase } from './negatives';
import { sampleNumber } from './phone-numbers';
import { addNumber, bracketed, foreignNational, labelCell, labelled, pair, split, withExtension, writtenNumber } from './positives';
import { createRandom, type Random } from './random';
import { type Lang, REGIONS } from './regions';

export interface Page {
  readonly region: Region;
  readonly lang: Lang;
  readonly url: string;
  readonly blocks: readonly Block[];
}

const JOINTS = [' ', ', ', '; ', ' – ', ' - ', ' · ', ' / ', '  ', ' | '];
const NEUTRAL_WORDS: Record<string, readonly string[]> = {
  en: ['qty', 'total', 'count', 'stock', 'units', 'views', 'size'],
  de: ['Menge', 'Summe', 'Anzahl', 'Bestand', 'Stück', 'Aufrufe'],
  fr: ['quantité', 'total', 'stock', 'vues', 'effectif'],
};

/** A valid national number of a region whose pages always write the trunk prefix, written without it. */
function withoutTrunk(c: Context): string | undefined {
  const info = REGIONS.find((r) => r.region === c.region);
  if (!info?.writesTrunk) return undefined;
  const number = sampleNumber(c.region, c.random);
  // Only numbers whose national form carries the prefix (not "1800 123 456").
  if (!/^\(?0/.test(number.formatNational())) return undefined;
  const national = number.formatNational().replace(/^\(?0\)?\s?/, '').replace(/[()]/g, '');
  if (national.replace(/\D/g, '') !== number.nationalNumber) return undefined;
  return c.random.chance(0.4) ? number.nationalNumber : national;
}

function noTrunkBlock(c: Context): Block | undefined {
  const digits = withoutTrunk(c);
  if (!digits) return undefined;
  const words = NEUTRAL_WORDS[c.lang] ?? NEUTRAL_WORDS.en ?? [];
  const b = new BlockBuilder();
  switch (c.random.int(0, 3)) {
    case 0: return b.text(`job `).negative(digits, 'neg-no-trunk').text(` finished in 00:${c.random.int(10, 59)}:${c.random.int(10, 59)}`).build();
    case 1: return b.text(`rx `).negative(digits, 'neg-no-trunk').text(' bytes').build();
    case 2: return b.negative(digits, 'neg-no-trunk').build(c.random.pick(words));
    default: return b.text(`${c.random.pick(words)} `).negative(digits, 'neg-no-trunk').build();
  }
}

/** Several negative phrases of any kind on one line. */
function denseMix(c: Context): Block {
  const b = new BlockBuilder();
  const categories = Object.keys(NEGATIVES);
  for (let n = c.random.int(3, 6); n > 0; n--) {
    b.negative(negativePhrase(c.random.pick(categories), c), 'neg-dense-mix');
    if (n > 1) b.text(c.random.pick(JOINTS));
  }
  return b.build();
}

/** One negative phrase, alone or with a phrase before and after it. */
function negativeBlock(c: Context, category: string): Block {
  const b = new BlockBuilder();
  if (c.random.chance(0.3)) b.text(`${date(c.random, c.lang)}${c.random.pick(JOINTS)}`);
  b.negative(negativePhrase(category, c), category);
  if (c.random.chance(0.3)) b.text(c.random.pick(['.', ' ok', ' (paid)', ` ${c.random.pick(['✓', '→', '—'])} `]));
  return b.build();
}

/** A table row as blocks: each cell is read with the cell before it as its label. */
function tableRow(c: Context): Block[] {
  const cells: Block[] = [];
  let before: string | undefined;
  const push = (block: Block) => {
    cells.push(before === undefined ? block : { ...block, before });
    before = block.text;
  };
  if (c.random.chance(0.4)) {
    push(new BlockBuilder().text(idLabel(c)).build());
    push(new BlockBuilder().negative(idValue(c), 'neg-id-labelled').build());
    return cells;
  }
  const kinds = ['neg-calendar', 'neg-id-unlabelled', 'neg-finance', 'neg-postal', 'neg-tax-id', 'neg-card'];
  for (let n = c.random.int(3, 5); n > 0; n--) {
    if (c.random.chance(0.15)) {
      const { text, number } = writtenNumber(c);
      push(addNumber(new BlockBuilder(), text, number.number, 'pos-table').build());
    } else push(negativeBlock(c, c.random.pick(kinds)));
  }
  return cells;
}

/** A contact line: a number among identifiers and dates ("Order SO-2024-000481 · Tel. 030 901820 · 12.03.2024"). */
function contactLine(c: Context): Block {
  const b = new BlockBuilder();
  const { text, number } = writtenNumber(c);
  const at = c.random.int(0, 2);
  for (let i = 0; i < 3; i++) {
    if (i > 0) b.text(c.random.pick([' · ', ', ', '; ', ' – ', ' | ']));
    if (i === at) addNumber(b.text(`${c.random.pick(['Tel.', 'Tel:', 'Phone', 'Tél.', 'Fon'])} `), text, number.number, 'pos-contact-line');
    else b.negative(negativePhrase(c.random.pick(['neg-id-labelled', 'neg-calendar', 'neg-postal', 'neg-id-unlabelled', 'neg-tax-id']), c), 'neg-dense-mix');
  }
  return b.build();
}

type Maker = (c: Context) => Block | Block[] | undefined;

const MAKERS: readonly Maker[] = [
  labelled, labelled, labelled, withExtension, pair, labelCell, split, bracketed, contactLine,
  foreignNational, foreignNational, noTrunkBlock, noTrunkBlock, denseMix, denseMix, tableRow, tableRow,
  ...Object.keys(NEGATIVES).map((category): Maker => (c) => negativeBlock(c, category)),
];

/** The page made from `seed`. */
export function generatePage(seed: number): Page {
  const random: Random = createRandom(seed);
  const info = random.pick(REGIONS);
  const lang = random.pick(info.langs);
  const c: Context = { random, region: info.region, lang };
  const blocks: Block[] = [];
  for (let n = random.int(12, 20); n > 0; n--) {
    const made = random.pick(MAKERS)(c);
    if (made) blocks.push(...(Array.isArray(made) ? made : [made]));
  }
  return { region: info.region, lang, url: `https://example.${info.tld}/`, blocks };
}

/** `count` pages from a run seed: page i is made from a seed derived from both. */
export function generatePages(seed: number, count: number): Page[] {
  return Array.from({ length: count }, (_, i) => generatePage((Math.imul(seed, 0x9e3779b1) + i * 0x85ebca6b) >>> 0));
}
