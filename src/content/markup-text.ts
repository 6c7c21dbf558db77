/**
 * What a block's markup (scanned by markup-scan.ts) shows the walk: its segments' texts joined as segments.ts joins
 * text nodes, the cell each text is in, and an element's text content. Pure string work over `getHTML()` output.
 */
import { LABELLED_TAGS } from './label-cells';
import { contentOf, type MarkupKind, type MarkupTree } from './markup-scan';

const ENTITY = /&(amp|lt|gt|nbsp|quot);/g;
const CHARS: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', quot: '"' };
const decode = (text: string): string => (text.includes('&') ? text.replace(ENTITY, (_, name: string) => CHARS[name] as string) : text);

/** What a block's markup shows: its segments' texts, or that the scanner cannot read it as the walk would. */
export interface MarkupText {
  readonly texts: string[];
  /**
   * For each text, the table cell or `<dd>` its first character is in: an element's index, NO_CELL where there is
   * none, OUTER_CELL where it is the block itself or around it (its label is outside the markup).
   */
  readonly cells: number[];
  /** It holds something only the walk can read (one of our links, raw text shown, a non-HTML element). */
  readonly opaque: boolean;
  /** Its custom elements, by index (any of them may be a shadow host). */
  readonly custom: number[];
}

/**
 * The texts of the segments in a block's inner markup (`html`, scanned as `tree`), joined as the walk joins text
 * nodes: across inline elements and comments, ended by any other element.
 */
export const NO_CELL = -1;
export const OUTER_CELL = -2;

export function markupText(html: string, tree: MarkupTree, outerCell: boolean): MarkupText {
  const texts: string[] = [];
  const cells: number[] = [];
  const custom: number[] = [];
  let pending = '';
  let pendingCell = NO_CELL;
  const take = () => {
    if (pending !== '') {
      texts.push(decode(pending));
      cells.push(pendingCell);
    }
    pending = '';
  };
  // Elements whose end closes a segment: the non-inline ones we are inside; and the nearest cell around.
  const closes: boolean[] = [];
  const around: number[] = [outerCell ? OUTER_CELL : NO_CELL];
  let next = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const stop = lt < 0 ? html.length : lt;
    if (stop > i) {
      if (pending === '') pendingCell = around[around.length - 1] as number;
      pending += html.slice(i, stop);
    }
    if (lt < 0) break;
    const after = html.charCodeAt(lt + 1);
    if (after === 0x2f /* / */) {
      if (closes.pop()) take();
      around.pop();
      i = html.indexOf('>', lt) + 1;
      continue;
    }
    if (after === 0x21 /* ! */) {
      i = html.indexOf('-->', lt) + 3;
      continue;
    }
    if (after === 0x3f /* ? */) {
      i = html.indexOf('>', lt) + 1;
      continue;
    }
    const element = next++;
    const kind = tree.kinds[element] as MarkupKind;
    if (kind === 'opaque') return { texts, cells, opaque: true, custom };
    if (kind === 'custom') custom.push(element);
    if (kind !== 'inline') take();
    if (kind === 'skip' || kind === 'break' || (tree.ends[element] as number) === (tree.opens[element] as number)) {
      // Not entered: the walk reads nothing below a skipped element, a line break or a void element (raw text and
      // a template's content are all in skipped ones).
      i = tree.ends[element] as number;
      next = (tree.lasts[element] as number) + 1;
      continue;
    }
    closes.push(kind !== 'inline');
    around.push(LABELLED_TAGS.has((tree.names[element] as string).toUpperCase()) ? element : (around[around.length - 1] as number));
    i = tree.opens[element] as number;
  }
  take();
  return { texts, cells, opaque: false, custom };
}

/** The element before `index` under the same parent, or -1. */
export function previousSibling(tree: MarkupTree, index: number): number {
  const parent = tree.parents[index] as number;
  for (let k = index - 1; k > parent; k = tree.parents[k] as number) if (tree.parents[k] === parent) return k;
  return -1;
}

/** An element's `textContent`, from its markup: every text in it (raw text too), no comment, no template content. */
export function markupTextContent(html: string, tree: MarkupTree, index: number): string {
  const end = (tree.ends[index] as number) - (tree.names[index] as string).length - 3;
  let out = '';
  let next = index + 1;
  for (let i = tree.opens[index] as number; i < end;) {
    const lt = html.indexOf('<', i);
    const stop = lt < 0 || lt > end ? end : lt;
    if (stop > i) out += decode(html.slice(i, stop));
    if (stop === end) break;
    const after = html.charCodeAt(lt + 1);
    if (after === 0x2f /* / */ || after === 0x3f /* ? */) i = html.indexOf('>', lt) + 1;
    else if (after === 0x21 /* ! */) i = html.indexOf('-->', lt) + 3;
    else {
      const element = next++;
      const name = tree.names[element] as string;
      const content = contentOf(name);
      if (content === 'raw') out += html.slice(tree.opens[element], (tree.ends[element] as number) - name.length - 3);
      if (content === 'raw' || content === 'template') {
        i = tree.ends[element] as number;
        next = (tree.lasts[element] as number) + 1;
      } else i = tree.opens[element] as number;
    }
  }
  return out;
}
