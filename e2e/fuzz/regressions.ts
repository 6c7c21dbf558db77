import type { FuzzEdit, FuzzElement, FuzzNode, FuzzPage } from './model';

/**
 * Pages the fuzz run once failed on, shrunk (FUZZ_SHRINK=1) and tidied by hand: run on every `npm test` through
 * the same checks as generated pages, so a fixed bug stays fixed. Each also plants a number that must be linked,
 * so it cannot pass by the extension doing nothing.
 */

const text = (value: string): FuzzNode => ({ kind: 'text', text: value });
const el = (tag: string, children: FuzzNode[], extra: Partial<FuzzElement> = {}): FuzzElement => ({ kind: 'element', tag, children, ...extra });
const planted = (e164: string, words: string): FuzzElement => el('p', [text(words)], { attrs: [['data-fz-expect', e164]] });

function page(seed: number, nodes: FuzzNode[], lang = 'en-US', mode: FuzzPage['mode'] = 'body', edits: FuzzEdit[] = []): FuzzPage {
  const expected = JSON.stringify(nodes).split('data-fz-expect').length - 1;
  return { seed, mode, lang, nodes, features: ['regression'], expected, edits };
}

/**
 * A number rendered from template parts, as frameworks render `Desk: ({a}) {b}-{c} room 1204`: one text node per
 * part (generate.ts, `template`), `number` being the parts between `prefix` and `suffix`.
 */
const template = (e164: string, prefix: string, number: string[], suffix: string): FuzzElement =>
  el('p', [prefix, ...number, suffix].filter((part) => part !== '').map(text), {
    attrs: [['data-fz-expect', e164], ['data-fz-template', ''], ['data-fz-prefix', prefix], ['data-fz-suffix', suffix]],
  });

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
  {
    // Seeds 20250685 and 20251428 (frames, de-DE): the detector returns +49220697230320481 for these digits
    // (valid for libphonenumber's German metadata, but 17 digits: not E.164), building the link throws
    // ("refusing to build a call URL for a malformed number"), and the page's linking stops for good.
    what: 'digits the German metadata reads as a 17-digit number neither throw nor stop the linking',
    page: page(20250685, [planted('+4930901820', 'Telefon: 030 901820'), el('p', [text('Akte 22069/72303/20481')])], 'de-DE', 'frame'),
  },
  {
    // 13 of the 1,000 default pages (e.g. seed 20251151): after "+1 646 555 0187" is linked, a rescan reads
    // the text before the link on its own, where "20161/82526" reads as a US number it did not read as part
    // of the longer run. Linking twice must change nothing.
    what: 'a rescan reads the text next to a link as the first pass read it',
    page: page(20251151, [planted('+12125550100', 'Call 212-555-0100 now'), el('p', [text('46535/20161/82526 +1 646 555 0187')])]),
  },
  {
    // Seeds 20251448 and 20250814: the page moved a text node we had split and set its value in the same task.
    // The observer saw the removal first and appended the number's old text to the page's new value.
    // link-groups.ts now drops, rather than puts back, our text when the owner holds text the page wrote.
    what: 'a text node the page moves and rewrites in one task reads as the page wrote it',
    page: page(20251448, [planted('+12125550100', 'Call 212-555-0100 now'), el('div', [text('Desk: ')])], 'en-US', 'body', [
      { kind: 'move-text', text: 0, into: 1 },
      { kind: 'set-text', text: 0, value: 'Call 646-555-0199 today', sameTask: true },
    ]),
  },
  {
    // Open (seeds 20250930 and others): a text node the page rewrites is re-read alone, so a number its old
    // text labelled ("ticket number is …") or split is not read until a rescan, which then links it.
    what: 'text the page rewrites is read with its block, as a rescan reads it',
    page: page(20250930, [planted('+12125550100', 'Call 212-555-0100 now'), el('p', [text('Your tick'), el('b', [text('e')]), text('t number is 6465550131.')])], 'en-US', 'body', [
      { kind: 'set-text', text: 2, value: ' 62471 ' },
    ]),
  },
  {
    // Open (seeds 20251323, 20251432): a page moved a paragraph holding our link into a <pre>; the link stays
    // there, inside a skip zone.
    what: 'links the page moves into a skip zone are released',
    page: page(20251432, [planted('+12125550100', 'Call 212-555-0100 now'), el('p', [text('Desk: 212-555-0199')]), el('pre', [])], 'en-US', 'body', [
      { kind: 'move-element', element: 1, into: 2 },
    ]),
  },
  {
    // Issue 19, its minimal reproduction: the app changes one part of a number rendered from template parts;
    // only that part's link was dropped, the others kept the old href, and the new number was never linked. The
    // page showed (212) 555-0192 and its underlined text dialled +12125550190.
    what: 'a number whose template part the app changes is relinked whole to the number it shows',
    page: page(19_0001, [template('+12125550190', 'Desk: ', ['(', '212', ') ', '555', '-', '0190'], ' room 1204')], 'en-US', 'body', [
      { kind: 'part-set', template: 0, part: 6, value: '0192' },
    ]),
  },
  {
    // Issue 19, the same through a change of the area code and then of the whole number's order.
    what: 'a template number whose parts are rewritten, removed and reordered never keeps a link to the number it showed before',
    page: page(19_0002, [template('+16175550121', 'Call ', ['+1 ', '617', ' ', '555', ' ', '0121'], ''), el('div', [text('Fax: ')])], 'en-US', 'body', [
      { kind: 'part-set', template: 0, part: 2, value: '415' },
      { kind: 'part-reorder', template: 0, part: 6, before: 4 },
      { kind: 'part-remove', template: 0, part: 5 },
      { kind: 'part-move', template: 0, part: 2, into: 1 },
      { kind: 'part-insert', template: 0, part: 6, value: '0150' },
    ]),
  },
  {
    // Issue 19, shrunk from seed 1021 (FUZZ_SHRINK=1): the app inserts a part before the line's part, in the
    // middle of the number; the links before it kept the old number: "919-555-" dialled +19195550164 while the
    // page showed 919-555-x0164.
    what: 'a part the app inserts inside a number releases the number\'s links',
    page: page(1021, [template('+19195550164', 'Call ', ['919', '-', '555', '-', '0164'], '')], 'en-US', 'body', [
      { kind: 'part-insert', template: 0, part: 5, value: 'x' },
    ]),
  },
  {
    // Seed 3872798815 (both browsers): the page appended "x Hello ID :" to a table nested at the end of a header
    // cell, which made the whole cell's text, the label of the cell after it, end in an ID label. Only the cell
    // after the changed block was read again, not the cell after the block's ancestor, so the number there kept
    // its link until a rescan. page-linker.ts now reads again the cell after every ancestor of a change.
    what: 'text appended to a table nested in a label cell relabels the cell after it',
    page: page(3872798815, [
      planted('+12125550100', 'Call 212-555-0100 now'),
      el('table', [el('tr', [el('th', [el('table', [el('tr', [el('th', [text('Desk')])])])]), el('td', [text('+34 91 123 45 67')])])]),
    ], 'en-US', 'body', [{ kind: 'append-text', into: 6, value: ' ID :' }]),
  },
  {
    // The same rule for blocks among blocks in a label cell, which split no text: "ID:" moved from the first
    // row's label cell to the second's, then removed, changes the label of the cell after each as text does.
    what: 'a block moved between label cells or removed from one relabels the cells after them',
    page: page(3872798816, [
      planted('+12125550100', 'Call 212-555-0100 now'),
      el('table', [
        el('tr', [el('th', [el('div', [text('Desk')]), el('div', [text(' ID:')])]), el('td', [text('+34 91 123 45 67')])]),
        el('tr', [el('th', [el('div', [text('Fax')])]), el('td', [text('+34 91 123 45 68')])]),
      ]),
    ], 'en-US', 'body', [
      { kind: 'move-element', element: 5, into: 8 },
      { kind: 'remove-element', element: 5 },
    ]),
  },
  {
    // Seed 4006606056: a shadow tree moved its empty <slot> into the middle of a number split across inline
    // elements; the walk read a slot as inline, so the number's links stayed one unit on both sides of what the
    // slot shows (the host's children, never read with this tree). A slot now ends the text like a block.
    what: 'a slot moved into a number split across inline elements splits it',
    page: page(4006606056, [
      planted('+12125550100', 'Call 212-555-0100 now'),
      el('div', [el('abbr', [])], {
        shadow: {
          mode: 'open',
          late: false,
          children: [
            el('address', [text('Tel. '), el('u', [el('ins', [text('+33\u00a05\u00a05')])]), el('wbr', []), el('em', [el('small', [el('s', [text('6\u00a00')])])]), text('0\u00a066\u00a000')]),
            el('slot', []),
          ],
        },
      }),
    ], 'en-US', 'body', [{ kind: 'move-element', element: 9, into: 4 }]),
  },
  {
    // Seed 854254211: the page moved a shadow host (a block) into a template's parts; the product rightly left
    // "305.555." and "0178" unlinked on their two lines, and the check read the block's text as one number.
    what: 'a block moved in among a template\'s parts splits its number: it is not expected linked',
    page: page(854254211, [
      planted('+12125550100', 'Call 212-555-0100 now'),
      el('section', [text('Mobile — '), el('span', [text('305'), text('.'), text('555'), text('.')]), text('0178')], {
        attrs: [['data-fz-template', ''], ['data-fz-prefix', 'Mobile — '], ['data-fz-suffix', '']],
      }),
      el('div', [], { shadow: { mode: 'open', late: false, children: [el('p', [])] } }),
    ], 'en-US', 'body', [{ kind: 'move-element', element: 3, into: 2 }]),
  },
];

/**
 * Seeds of generated pages (generate.ts as it is now) that once failed: run every time, like the pages above.
 * A change to the generator changes the page a seed gives, so a seed that failed is best also kept shrunk, above.
 */
export const REGRESSION_SEEDS: readonly { readonly what: string; readonly seed: number }[] = [
  // Issue 19 (session of the href invariant): each kept a link to a number its text no longer showed.
  { what: 'a template part set to other valid digits (issue 19)', seed: 1021 },
  { what: 'a template separator rewritten (issue 19)', seed: 1000 },
  { what: 'template parts reordered in one task (issue 19)', seed: 1001 },
  { what: 'a template part inserted, then another set (issue 19)', seed: 1008 },
  { what: 'a page text node holding part of a split number rewritten (issue 19)', seed: 1043 },
  { what: 'an element holding part of a split number moved (issue 19)', seed: 1116 },
];
