import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINK_CLASS, MARKS_ATTR, NUMBER_ATTR, OVER_ATTR } from './link-markup';
import { HIGHLIGHT_NAME } from './highlights';

const css = readFileSync(new URL('./links.css', import.meta.url), 'utf8');
const selectors = [...css.matchAll(/^([^\s/*@}][^{]*)\{/gm)].map((match) => (match[1] ?? '').trim());

describe('links.css', () => {
  it('styles our links by the class and attribute link-markup.ts gives them', () => {
    const link = `a.${LINK_CLASS}.${LINK_CLASS}[${NUMBER_ATTR}]`;
    expect(selectors).toContain(link);
    expect(selectors).toContain(`${link}:focus-visible`);
    expect(selectors).toContain(`[${OVER_ATTR}]`);
    expect(selectors).toContain(`[${MARKS_ATTR}]::highlight(${HIGHLIGHT_NAME})`);
  });

  it('paints our highlight with no attribute only in Firefox, which styles it only where its ranges paint', () => {
    // Top-level rules are read by `selectors`; this one sits in a block only Firefox reads.
    const firefoxOnly = /@supports \(-moz-appearance: none\) \{\s*::highlight\(([\w-]+)\) \{/.exec(css);
    expect(firefoxOnly?.[1]).toBe(HIGHLIGHT_NAME);
    expect([...css.matchAll(/::highlight\(/g)]).toHaveLength(2);
  });

  it('scopes every rule to an element of ours: a rule for any element costs every page a slower style pass', () => {
    // The element matched (the last part of the selector) carries our class or attribute: an ancestor's would still
    // bring the rule to every element under it.
    for (const list of selectors) {
      for (const selector of list.split(',')) {
        const subject = selector.trim().split(/[\s>+~]+/).at(-1) ?? '';
        expect(subject, selector).toMatch(/^[a-z]*(?:\.c2z-[\w-]+|\[data-c2z-[\w-]+\])/);
      }
    }
  });

  it('names no other class or data attribute of ours', () => {
    const ours = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/(?:\.|\[)c2z[\w-]*|data-c2z[\w-]*/g) ?? [];
    expect(new Set(ours)).toEqual(new Set([`.${LINK_CLASS}`, NUMBER_ATTR, OVER_ATTR, MARKS_ATTR]));
  });
});
