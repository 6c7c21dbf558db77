/**
 * Reads a subtree's serialized markup (`getHTML()`, never parsed) the way the walk reads its DOM (segments.ts): which
 * elements it holds, in document order, and how the walk treats each (markup-text.ts reads their text). Pure string work: one property read
 * crosses into the page instead of several per node (in Firefox every DOM read of a content script crosses a
 * wrapper). The serializer's output is regular (every attribute quoted, `<` and `&` escaped in text, an end tag
 * for every element that is not void), so a scanner can follow it exactly; anything it does not expect makes it
 * give up, and the caller walks the DOM as usual. See screen.ts for how the result is used.
 */
import { LINK_CLASS } from './link-markup';
import { INLINE_TAGS } from './inline-tags';
import { SKIP_TAGS } from './skip-zones';

/** How the walk treats an element by its name (segments.ts walkKind), as far as markup can tell. */
export type MarkupKind = 'inline' | 'block' | 'break' | 'skip' | 'custom' | 'opaque';

/**
 * Elements in document order: the order of `root.getElementsByTagName('*')`. Offsets and indices are kept in
 * views of one typed array sized once from the DOM's count: no growing arrays for the garbage collector to copy
 * on the one read of a whole ledger, and one allocation for a row's.
 */
export interface MarkupTree {
  readonly count: number;
  /** Each element's name as serialized. */
  readonly names: readonly string[];
  /** Offset of the element's `<`. */
  readonly starts: Int32Array;
  /** Offset just past the element's start tag. */
  readonly opens: Int32Array;
  /** Offset just past its end tag (past the start tag for a void or raw-text element read as one). */
  readonly ends: Int32Array;
  /** Index of its parent element, -1 at the top. */
  readonly parents: Int32Array;
  /** Index of its last descendant (its own index when it has none counted). */
  readonly lasts: Int32Array;
  /** How the walk treats it. */
  readonly kinds: readonly MarkupKind[];
}

// Serialized without children or end tag.
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Children serialized as raw text, up to the end tag.
const RAW = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const OUR_CLASS = new RegExp(`\\sclass="(?:[^"]*\\s)?${LINK_CLASS}(?:\\s[^"]*)?"`);

/** What a name tells the scanner: how its content is serialized, and how the walk treats the element. */
interface NameFacts {
  readonly content: 'void' | 'raw' | 'template' | 'markup';
  readonly kind: MarkupKind;
}
/** Facts by name: a page uses few names, and most elements of a block share them. Bounded for odd pages. */
const FACTS = new Map<string, NameFacts>();
const MAX_FACTS = 512;

function factsOf(name: string): NameFacts {
  let facts = FACTS.get(name);
  if (facts) return facts;
  const lower = name.toLowerCase();
  const content = VOID.has(lower) ? 'void' : RAW.has(lower) ? 'raw' : lower === 'template' ? 'template' : 'markup';
  facts = { content, kind: kindOf(name) };
  if (FACTS.size < MAX_FACTS) FACTS.set(name, facts);
  return facts;
}

/** markupKind by name alone (an `a` is told apart by its class when scanned). */
function kindOf(name: string): MarkupKind {
  const tag = name.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag === 'SVG' || tag === 'MATH') return 'skip';
  if (tag === 'BR') return 'break';
  // Their text is raw; the walk reads it, the scanner does not.
  if (tag === 'XMP' || tag === 'NOEMBED' || tag === 'NOFRAMES' || tag === 'PLAINTEXT') return 'opaque';
  // An element outside HTML (its name is not upper-cased in the DOM) is skipped by the walk; markup cannot tell.
  if (name !== name.toLowerCase()) return 'opaque';
  if (tag.includes('-')) return 'custom';
  return INLINE_TAGS.has(tag) ? 'inline' : 'block';
}

/** The offset past the `>` ending the start tag that begins at `from` (quoted values skipped), or -1. */
function startTagEnd(html: string, from: number): number {
  let quoted = false;
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (code === 0x22 /* " */) quoted = !quoted;
    else if (code === 0x3e /* > */ && !quoted) return i + 1;
  }
  return -1;
}

/** Where an element's name ends: at ASCII whitespace, `/` or `>` (what the serializer can write after it). */
function nameEnd(html: string, from: number): number {
  let i = from;
  for (; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (code === 0x20 || code === 0x3e /* > */ || code === 0x2f /* / */ || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) break;
  }
  return i;
}

/**
 * The element tree of `html`, which the DOM says holds `count` elements; undefined where the markup is not what the
 * serializer writes or holds another count.
 */
export function scanMarkup(html: string, count: number): MarkupTree | undefined {
  const names: string[] = [];
  const offsets = new Int32Array(5 * count);
  const starts = offsets.subarray(0, count);
  const opens = offsets.subarray(count, 2 * count);
  const ends = offsets.subarray(2 * count, 3 * count);
  const parents = offsets.subarray(3 * count, 4 * count);
  const lasts = offsets.subarray(4 * count);
  const kinds: MarkupKind[] = [];
  const stack: number[] = [];
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const gt = html.indexOf('>', lt);
      const top = stack.pop();
      if (gt < 0 || top === undefined) return undefined;
      const name = names[top] as string;
      if (gt !== lt + 2 + name.length || !html.startsWith(name, lt + 2)) return undefined;
      ends[top] = gt + 1;
      lasts[top] = names.length - 1;
      i = gt + 1;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (!html.startsWith('<!--', lt)) return undefined;
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) return undefined;
      i = close + 3;
      continue;
    }
    if (next === 0x3f /* ? */) {
      const gt = html.indexOf('>', lt);
      if (gt < 0) return undefined;
      i = gt + 1;
      continue;
    }
    const end = nameEnd(html, lt + 1);
    if (end === lt + 1 || end === html.length) return undefined;
    const name = html.slice(lt + 1, end);
    const open = startTagEnd(html, end);
    if (open < 0) return undefined;
    const index = names.length;
    if (index === count) return undefined;
    const facts = factsOf(name);
    names.push(name);
    starts[index] = lt;
    opens[index] = open;
    parents[index] = stack.length > 0 ? (stack[stack.length - 1] as number) : -1;
    lasts[index] = index;
    kinds.push(name === 'a' || name === 'A' ? (OUR_CLASS.test(html.slice(end, open)) ? 'opaque' : 'skip') : facts.kind);
    if (facts.content === 'void') {
      ends[index] = open;
      i = open;
    } else if (facts.content !== 'markup') {
      // Raw text has no markup in it; a template's content is not among the element's descendants in the DOM.
      const close = facts.content === 'template' ? templateEnd(html, open, name) : html.indexOf(`</${name}>`, open);
      if (close < 0) return undefined;
      i = close + name.length + 3;
      ends[index] = i;
    } else {
      ends[index] = -1;
      stack.push(index);
      i = open;
    }
  }
  if (stack.length > 0 || names.length !== count) return undefined;
  return { count, names, starts, opens, ends, parents, lasts, kinds };
}

/** The offset of the end tag closing the template whose content starts at `from` (templates may nest). */
function templateEnd(html: string, from: number, name: string): number {
  const opening = `<${name}`;
  const closing = `</${name}>`;
  let depth = 1;
  for (let i = from; ;) {
    const close = html.indexOf(closing, i);
    if (close < 0) return -1;
    let open = html.indexOf(opening, i);
    while (open >= 0 && open < close) {
      const after = html.charCodeAt(open + opening.length);
      // `<templates>` is another element.
      if (after === 0x3e || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x2f) depth++;
      open = html.indexOf(opening, open + 1);
    }
    if (--depth === 0) return close;
    i = close + closing.length;
  }
}

/** How an element's content is serialized, by its name (markup-text.ts reads raw text and skips template content). */
export function contentOf(name: string): NameFacts['content'] {
  return factsOf(name).content;
}
