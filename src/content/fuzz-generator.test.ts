/**
 * The DOM fuzz generator (e2e/fuzz/generate.ts) is pure, so it is tested here, where vitest looks: the same seed
 * gives the same page, the pages cover every feature the fuzz run promises, and the blocks it marks are what it
 * says they are for the detector — a planted number is found whole, a near-number block holds nothing.
 */
import { describe, expect, it } from 'vitest';
import { generatePage, TEMPLATE_FORMS, TEMPLATE_PREFIXES, TEMPLATE_SUFFIXES } from '../../e2e/fuzz/generate';
import { US_AREAS } from '../../e2e/fuzz/vocabulary';
import type { FuzzElement, FuzzNode } from '../../e2e/fuzz/model';
import { findPhones } from '../core/find-phones';
import type { Region } from '../core/region';

const SEEDS = Array.from({ length: 400 }, (_, i) => 7_000 + i * 7919);

const REGION_OF: Record<string, Region> = { 'en-US': 'US', 'en-GB': 'GB', 'de-DE': 'DE', 'fr-FR': 'FR' };

/** Every element, with the element before it among its siblings (a value cell's label cell). */
function elements(nodes: readonly FuzzNode[], out: { element: FuzzElement; previous?: FuzzElement }[] = []): { element: FuzzElement; previous?: FuzzElement }[] {
  let previous: FuzzElement | undefined;
  for (const node of nodes) {
    if (node.kind !== 'element') continue;
    out.push({ element: node, previous });
    previous = node;
    elements(node.children, out);
    if (node.shadow) elements(node.shadow.children, out);
    if (node.content) elements(node.content, out);
  }
  return out;
}

const marked = (nodes: readonly FuzzNode[], name: string) => elements(nodes).filter(({ element }) => element.attrs?.some(([attr]) => attr === name));

const textOf = (nodes: readonly FuzzNode[]): string => nodes.map((n) => (n.kind === 'text' ? n.text : n.kind === 'element' ? textOf(n.children) : '')).join('');

// README: inline elements join text; blocks, <br>, skip zones and links end it.
const INLINE = new Set(['span', 'b', 'i', 'em', 'strong', 'small', 'mark', 'u', 'sub', 'sup', 'abbr', 'cite', 'q', 's', 'time', 'data', 'var', 'bdi', 'label', 'font', 'del', 'ins', 'dfn', 'tt', 'nobr', 'wbr']);
const SKIP = new Set(['a', 'button', 'code', 'kbd', 'samp', 'pre']);

/** The runs of text a reader of the README's rules would see in a block. */
function runs(nodes: readonly FuzzNode[]): string[] {
  const out: string[] = [''];
  const walk = (list: readonly FuzzNode[]) => {
    for (const node of list) {
      if (node.kind === 'text') out[out.length - 1] += node.text;
      else if (node.kind === 'element' && INLINE.has(node.tag)) walk(node.children);
      else if (node.kind === 'element') {
        out.push('');
        if (!SKIP.has(node.tag)) walk(node.children);
        out.push('');
      }
    }
  };
  walk(nodes);
  return out.filter((run) => run !== '');
}

describe('fuzz page generator', () => {
  it('gives the same page for the same seed, and different pages for different seeds', () => {
    for (const seed of SEEDS.slice(0, 50)) expect(generatePage(seed)).toEqual(generatePage(seed));
    const distinct = new Set(SEEDS.slice(0, 50).map((seed) => JSON.stringify(generatePage(seed).nodes)));
    expect(distinct.size).toBe(50);
  });

  it('covers every feature of the fuzz run over a few hundred seeds', () => {
    const seen = new Set(SEEDS.flatMap((seed) => generatePage(seed).features));
    const required = [
      ...['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'contenteditable', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'a', 'button'].map((zone) => `skip:${zone}`),
      'shadow-open', 'shadow-closed', 'shadow-nested', 'shadow-late', 'shadow-in-skip', 'shadow-editable-host',
      'inline', 'block', 'list', 'table', 'label-cell', 'nesting-deep', 'late', 'comment', 'empty-text', 'br', 'contenteditable-false',
      'split-inline', 'split-text-nodes', 'split-br', 'split-block', 'split-skip',
      'number:US', 'number:GB', 'number:DE', 'number:FR', 'number:intl', 'planted-national', 'planted-intl', 'national-other-region',
      'near:date', 'near:price', 'near:id', 'near:zip', 'near:ip', 'near:isbn', 'near:card', 'near:coordinates', 'near:range', 'near:labelled-cell',
      'ws:nbsp', 'ws:thin', 'ws:narrow-nbsp', 'ws:newline', 'ws:tab', 'ws:double', 'ws:zwsp',
      'digits:arabic-indic', 'digits:persian', 'digits:fullwidth', 'digits:devanagari', 'digits:astral',
      'rtl', 'emoji', 'mode:body', 'mode:frame', 'region:US', 'region:GB', 'region:DE', 'region:FR',
      ...['set-text', 'remove-text', 'move-text', 'insert-before', 'append-text', 'remove-element', 'move-element'].map((kind) => `edit:${kind}`),
      'template', ...TEMPLATE_FORMS.map((form) => `template:${form.name}`), 'template-whole', 'template-inline', 'template-markers', 'template-empty-part',
      ...['part-set', 'part-remove', 'part-move', 'part-insert', 'part-reorder'].map((kind) => `edit:${kind}`),
      ...['valid', 'digits', 'length', 'empty', 'words', 'literal'].map((how) => `part-set:${how}`), 'edit-same-task',
    ];
    expect(required.filter((feature) => !seen.has(feature))).toEqual([]);
  });

  it('counts its planted numbers, and each is found whole, as the number it is planted as', () => {
    let planted = 0;
    for (const seed of SEEDS) {
      const page = generatePage(seed);
      const blocks = marked(page.nodes, 'data-fz-expect').map(({ element }) => element);
      expect(blocks.length).toBe(page.expected);
      for (const block of blocks) {
        const e164 = block.attrs?.find(([name]) => name === 'data-fz-expect')?.[1];
        const text = textOf(block.children);
        const found = findPhones(text, REGION_OF[page.lang] as Region);
        // A template's suffix may hold digits of its own: its number is the text between its prefix and suffix.
        const attr = (name: string) => block.attrs?.find(([key]) => key === name)?.[1] ?? '';
        const number = text.slice(attr('data-fz-prefix').length, text.length - attr('data-fz-suffix').length);
        expect({ seed, text, found: found.map((m) => [m.e164, text.slice(m.start, m.end).replace(/\D/g, '')]) }).toEqual({ seed, text, found: [[e164, number.replace(/\D/g, '')]] });
        planted++;
      }
    }
    expect(planted).toBeGreaterThan(500);
  });

  it('plants template numbers, whose text the page-side check reads as a number whenever it is a prefix, a valid number in a template form and a suffix', () => {
    let templates = 0;
    for (const seed of SEEDS) templates += generatePage(seed).features.includes('template') ? 1 : 0;
    expect(templates).toBeGreaterThan(100);
    // The premise of page-checks.ts's templateNumber: on a US page every such text is read as that number, whole
    // (the part-set edits write other areas and lines), and nothing else in it; on other pages the '+1' forms are.
    for (const [region, forms] of [['US', TEMPLATE_FORMS], ['GB', TEMPLATE_FORMS.filter((f) => f.intl)], ['DE', TEMPLATE_FORMS.filter((f) => f.intl)]] as const) {
      for (const form of forms) {
        for (const [i, area] of US_AREAS.entries()) {
          const line = `01${String((i * 37) % 100).padStart(2, '0')}`;
          const [l0, l1, l2, l3] = form.literals;
          const number = `${l0}${area}${l1}555${l2}${line}${l3}`;
          for (const prefix of TEMPLATE_PREFIXES) {
            for (const suffix of TEMPLATE_SUFFIXES) {
              const text = `${prefix}${number}${suffix}`;
              const found = findPhones(text, region).map((m) => [m.e164, text.slice(m.start, m.end).replace(/\D/g, '')]);
              expect({ region, text, found }).toEqual({ region, text, found: [[`+1${area}555${line}`, number.replace(/\D/g, '')]] });
            }
          }
        }
      }
    }
  });

  it('marks as never-linked only blocks whose runs of text (with a value cell\'s label) hold no number', () => {
    let blocks = 0;
    for (const seed of SEEDS) {
      const page = generatePage(seed);
      for (const { element, previous } of marked(page.nodes, 'data-fz-never')) {
        // A value cell is read with its label cell before it (linkify.ts).
        const before = element.tag === 'td' && previous ? textOf(previous.children) : '';
        for (const run of runs(element.children)) expect({ seed, run, found: findPhones(run, REGION_OF[page.lang] as Region, { before }) }).toEqual({ seed, run, found: [] });
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(500);
  });
});
