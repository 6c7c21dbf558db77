import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINK_CLASS, NUMBER_ATTR, OVER_ATTR } from './link-markup';

const css = readFileSync(new URL('./links.css', import.meta.url), 'utf8');
const selectors = [...css.matchAll(/^([^\s/*@}][^{]*)\{/gm)].map((match) => (match[1] ?? '').trim());

describe('links.css', () => {
  it('styles our links by the class and attribute link-markup.ts gives them', () => {
    const link = `a.${LINK_CLASS}.${LINK_CLASS}[${NUMBER_ATTR}]`;
    expect(selectors).toContain(link);
    expect(selectors).toContain(`${link}:focus-visible`);
    expect(selectors).toContain(`[${OVER_ATTR}]`);
  });

  it('names no other class or data attribute of ours', () => {
    const ours = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/(?:\.|\[)c2z[\w-]*|data-c2z[\w-]*/g) ?? [];
    expect(new Set(ours)).toEqual(new Set([`.${LINK_CLASS}`, NUMBER_ATTR, OVER_ATTR]));
  });
});
