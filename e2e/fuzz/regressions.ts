import type { FuzzElement, FuzzNode, FuzzPage } from './model';

/**
 * Pages the fuzz run once failed on, shrunk (FUZZ_SHRINK=1) and tidied by hand: run on every `npm test` through
 * the same checks as generated pages, so a fixed bug stays fixed. Each also plants a number that must be linked,
 * so it cannot pass by the extension doing nothing.
 */

const text = (value: string): FuzzNode => ({ kind: 'text', text: value });
const el = (tag: string, children: FuzzNode[], extra: Partial<FuzzElement> = {}): FuzzElement => ({ kind: 'element', tag, children, ...extra });
const planted = (e164: string, words: string): FuzzElement => el('p', [text(words)], { attrs: [['data-fz-expect', e164]] });

function page(seed: number, nodes: FuzzNode[], lang = 'en-US', mode: FuzzPage['mode'] = 'body'): FuzzPage {
  const expected = JSON.stringify(nodes).split('data-fz-expect').length - 1;
  return { seed, mode, lang, nodes, features: ['regression'], expected };
}

/** An editable host with an open shadow root. */
const editableHost = (words: string): FuzzElement =>
  el('blockquote', [], { attrs: [['contenteditable', 'true']], shadow: { mode: 'open', late: false, children: [el('p', [text(words)])] } });

export const REGRESSIONS: readonly { readonly what: string; readonly page: FuzzPage }[] = [
  {
    // Seed 20250958: the shadow root of an editable host was linked when the walk met the host inside a block,
    // and not when the host was itself the root walked (added later), so a rescan linked what the first pass
    // had left. segments.ts now skips the shadow root of a skipped host on both paths.
    what: 'the shadow root of an editable host is skipped whether the host is met in a walk or added later',
    page: page(20250958, [
      planted('+12125550100', 'Call 212-555-0100 now'),
      el('div', [editableHost('Met in the walk: (646) 555-0175')]),
      el('tt', [editableHost('Added later: (646) 555-0176')], { late: true }),
    ]),
  },
];
