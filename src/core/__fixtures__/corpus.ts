/**
 * Reads the labelled detection corpus. Snippet files hold one block of page text per line,
 * `text => +E164[;ext=N], …` or `text => -` for none, under `@category` and `@region` directives.
 * Page files hold a whole page, one block per line, with `@category`, `@region` and `@expect` in the header.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Region } from '../region';

export interface CorpusCase {
  readonly id: string;
  readonly category: string;
  readonly region: Region;
  /** The blocks of text, each handed to the detector on its own (one for a snippet, many for a page). */
  readonly blocks: readonly string[];
  /** Expected numbers as `+E164` or `+E164;ext=N`, in any order. */
  readonly expect: readonly string[];
}

/** A category is negative when none of its cases expects a number. */
export const isNegativeCategory = (category: string): boolean => category.startsWith('neg-');

function parseExpect(list: string): string[] {
  const trimmed = list.trim();
  return trimmed === '-' ? [] : trimmed.split(',').map((item) => item.trim());
}

export function parseSnippets(source: string, file: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  let category = '';
  let region = '' as Region;
  source.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [, name, value = ''] = /^@(\w+)\s+(.+)$/.exec(line) ?? [];
    if (name) {
      if (name === 'category') category = value.trim();
      else if (name === 'region') region = value.trim() as Region;
      else throw new Error(`${file}:${index + 1}: unknown directive ${line}`);
      return;
    }
    const at = line.lastIndexOf(' => ');
    if (at < 0 || !category || !region) throw new Error(`${file}:${index + 1}: not a labelled snippet: ${line}`);
    cases.push({ id: `${file}:${index + 1}`, category, region, blocks: [line.slice(0, at)], expect: parseExpect(line.slice(at + 4)) });
  });
  return cases;
}

export function parsePage(source: string, file: string): CorpusCase {
  let category = '';
  let region = '' as Region;
  let expect: string[] = [];
  const blocks: string[] = [];
  for (const line of source.split('\n')) {
    const [, name, value = ''] = /^@(\w+)\s+(.+)$/.exec(line) ?? [];
    if (name === 'category') category = value.trim();
    else if (name === 'region') region = value.trim() as Region;
    else if (name === 'expect') expect = parseExpect(value);
    else if (line.trim() !== '') blocks.push(line);
  }
  if (!category || !region) throw new Error(`${file}: a page needs @category and @region`);
  return { id: file, category, region, blocks, expect };
}

/** Every case of the corpus under `dir` (the `__fixtures__` folder). */
export function loadCorpus(dir: string): CorpusCase[] {
  const read = (sub: string) => readdirSync(join(dir, sub)).filter((name) => name.endsWith('.txt')).sort();
  return [
    ...read('snippets').flatMap((name) => parseSnippets(readFileSync(join(dir, 'snippets', name), 'utf8'), `snippets/${name}`)),
    ...read('pages').map((name) => parsePage(readFileSync(join(dir, 'pages', name), 'utf8'), `pages/${name}`)),
  ];
}
