import { mayContainPhone, type PhoneMatch } from '../core/find-phones';
import { type MarkupTree, scanMarkup } from './markup-scan';
import { markupText, type MarkupText, markupTextContent, NO_CELL, OUTER_CELL, previousSibling } from './markup-text';
import { INLINE_TAGS } from './inline-tags';
import { LABELLED_TAGS, labelsCellTag } from './label-cells';
import { HOSTS_EVENT } from './page-world-events';
import { shadowRootOf } from './shadow-roots';
import { isSkippedNamed, mayHoldEditable } from './skip-zones';

/**
 * Before a large subtree is walked, its text is read from its markup (markup-scan.ts), and the blocks in which the
 * detector finds no number are left out of the walk. On a page of figures with no phone number (a ledger, a log)
 * that spares nearly every DOM read, which in Firefox cross the content script's wrapper one by one. A block is
 * left out only when nothing the walk would read there can be a number:
 *
 * - the detector is asked with the strongest phone label in front of each block (STRONGEST_PHONE_LABEL), where the walk
 *   reads the page's own label cell: a label only ever turns digits into a number or into an identifier, and the
 *   screen reads them as a number (detect.ts; detect.property.test.ts checks it);
 * - blocks holding one of our links, raw text or a custom element that is a shadow host are walked as before;
 * - no subtree holding an editable element or a shadow host is screened (the page-world script answers for
 *   hosts, closed ones and declarative ones included, whose roots the markup does not show);
 * - each block's markup is read at once, and the block is held by reference: a later change to one is seen by
 *   the observer and read again like any other change.
 *
 * The screen goes down the tree to blocks of a few dozen elements (a row, a card, a paragraph) and reads each
 * one's markup; what lies between them (text beside blocks, inline elements) is left to the walk. Where most
 * blocks turn out to hold numbers (an article, a contact list), it stops: the walk would read most anyway.
 *
 * Numbers the screen found where the label before the block played no part are kept for the walk, which then
 * does not read that text twice.
 */
export interface Screen {
  /** Blocks with no number in them, or whose numbers wait for the reader (parked-blocks.ts): not entered. */
  readonly clean: ReadonlySet<Element>;
  /** Blocks from which on their parent holds no number: neither they nor anything after them there is entered. */
  readonly cleanOnward: ReadonlySet<Element>;
  /** The numbers of a segment text, where they do not depend on the text before its block. */
  readonly known: ReadonlyMap<string, readonly PhoneMatch[]>;
}

/**
 * The detector as the screen asks it: with the label the walk would read before the text (`label` is called only if
 * the detector reads it), or where that is not known, the strongest phone label; and whether it read the label.
 */
export type ScreenFind = (text: string, label: () => string | undefined) => { readonly matches: readonly PhoneMatch[]; readonly readBefore: boolean };

/**
 * Offered a block with numbers, all read exactly from its markup: true when it is far from the viewport on a long
 * page and was parked (parked-blocks.ts), to be read by the walk when the reader comes near it.
 */
export type ScreenPark = (block: Element, matches: readonly PhoneMatch[]) => boolean;

/** Subtrees screened and blocks left out of their walks, in this document: the test build reports them (test-seam.ts). */
export const screenCounts = { screened: 0, clean: 0 };

/** Fewer elements than this are walked at once: reading their markup would save nothing. */
const MIN_ELEMENTS = 32;
/**
 * A root with more elements than this is walked, not screened: whether it holds a shadow host or an editable element
 * is asked for the whole subtree in one step, and on a table of 20,000 rows that step alone stalled the page.
 */
const MAX_ELEMENTS = 40_000;
/** A block with at most this many elements is screened as one; a larger one is gone into. */
const UNIT_ELEMENTS = 64;
/**
 * How deep the screen goes: below, the walk reads on. Each collection it asks for stays live in the page until
 * collected (Firefox tells it of every change below its element), and a chain of thousands of nested elements
 * would make each of our later changes there tell thousands of them.
 */
const MAX_DEPTH = 100;
/** Elements met between checks of the time budget. */
const ELEMENTS_PER_STEP = 8;
/** After this many blocks, the screen stops where more than a quarter held numbers (see screenOf). */
const TRIAL_UNITS = 16;
const MOST_WITH_NUMBERS = 0.25;
/**
 * The most markup (estimated from the blocks read so far) and elements read in one piece when the blocks left at a
 * level are read together (readRest): its serializing and scanning are one step, which must stay short.
 */
const REST_MAX_CHARS = 640_000;
const REST_MAX_ELEMENTS = 40_000;
/** Texts of the rest checked between yields. */
const TEXTS_PER_STEP = 32;

/**
 * An element the screen meets going down, by its upper-case tag: undefined where the walk must read it (our
 * links, skipped elements, line breaks, inline elements: text flows across them).
 */
function blockTag(element: Element): string | undefined {
  const tagName = element.tagName;
  const tag = tagName.toUpperCase();
  return tag === 'A' || tag === 'BR' || INLINE_TAGS.has(tag) || isSkippedNamed(element, tagName, tag, false) ? undefined : tag;
}


/** Whether a custom element of the block (by its index in the block's markup) hosts a shadow root. */
function hostsRoot(block: Element, indices: readonly number[], names: readonly string[]): boolean {
  if (indices.length === 0) return false;
  const all = block.getElementsByTagName('*');
  return indices.some((k) => shadowRootOf(all[k] as Element, names[k]) !== null);
}

/**
 * Screens `root`, yielding between steps for the caller's time budget; undefined where it cannot be screened.
 * `longText`: a text longer than this is read by the walk in chunks, and is left to it.
 */
export function* screenOf(root: Element, find: ScreenFind, longText: number, park?: ScreenPark): Generator<null, Screen | undefined, unknown> {
  // Counted only as far as the limits (a live collection reads up to the index asked): a deep chain is not
  // counted whole at every level.
  const elements = root.getElementsByTagName('*');
  if (typeof root.getHTML !== 'function' || !elements[MIN_ELEMENTS - 1] || elements[MAX_ELEMENTS] || mayHoldEditable(root)) return undefined;
  // The page-world script cancels the event when no shadow host is under `root`; unanswered, we walk.
  if (root.dispatchEvent(new CustomEvent(HOSTS_EVENT, { cancelable: true }))) return undefined;
  const clean = new Set<Element>();
  const cleanOnward = new Set<Element>();
  const known = new Map<string, readonly PhoneMatch[]>();
  // The elements gone into, and how many of them (with the root's own ancestors) are table cells or <dd>s.
  const above: Element[] = [];
  const cellsAbove: number[] = [root.closest('td, th, dd') ? 1 : 0];
  let visited = 0;
  let units = 0;
  let withNumbers = 0;
  // Blocks read that were not clean (with numbers, parked, or left to the walk); the markup read so far.
  let numbered = 0;
  const sizes = { chars: 0, elements: 0 };
  let restTried = false;
  // The next element after `next` is none: up to the next sibling of the nearest element gone into that has one.
  const climb = (next: Element | null): Element | null => {
    while (!next && above.length > 0) {
      next = (above.pop() as Element).nextElementSibling;
      cellsAbove.pop();
    }
    return next;
  };
  let element: Element | null = root.firstElementChild;
  while (element) {
    if (++visited % ELEMENTS_PER_STEP === 0) yield null;
    // Nothing but clean blocks so far (a ledger, a log): the rest of this level is read in one piece, and if it
    // holds no number either, the walk skips it from its first block on.
    if (!restTried && units >= TRIAL_UNITS && numbered === 0) {
      restTried = true;
      const parent = above[above.length - 1] ?? root;
      if (yield* readRest(parent, (cellsAbove[cellsAbove.length - 1] as number) > 0, sizes, find, longText)) {
        // Before the first block, the walk reads on (a block ends its segment: what follows is read apart).
        let first: Element | null = element;
        while (first && blockTag(first) === undefined) first = first.nextElementSibling;
        if (first) cleanOnward.add(first);
        element = climb(null);
        continue;
      }
    }
    let down: Element | null = null;
    const tag = blockTag(element);
    if (tag !== undefined) {
      const all = element.getElementsByTagName('*');
      const inCell = (cellsAbove[cellsAbove.length - 1] as number) > 0 || LABELLED_TAGS.has(tag);
      if (all[UNIT_ELEMENTS]) down = above.length < MAX_DEPTH ? element.firstElementChild : null;
      else {
        units++;
        const read = screenBlock(element, all.length, inCell, find, longText, known, sizes);
        if (read !== 'clean') numbered++;
        if (read === 'clean' || (read !== 'walk' && park?.(element, read))) clean.add(element);
        // Where numbers are common near the viewport (an article, a contact list) the walk reads most blocks
        // anyway, and the screen would only put off the first links. Blocks parked far away are not read twice.
        else if (++withNumbers > units * MOST_WITH_NUMBERS && units >= TRIAL_UNITS) break;
      }
      if (down) cellsAbove.push((cellsAbove[cellsAbove.length - 1] as number) + (LABELLED_TAGS.has(tag) ? 1 : 0));
    }
    if (down) {
      above.push(element);
      element = down;
      continue;
    }
    element = climb(element.nextElementSibling);
  }
  screenCounts.screened++;
  screenCounts.clean += clean.size + cleanOnward.size;
  return { clean, cleanOnward, known };
}

/** The label the walk reads before a text (linkify.ts labelBefore), where the markup holds it; else undefined. */
function labelFrom(html: string, tree: MarkupTree, cell: number): string | undefined {
  if (cell === NO_CELL) return '';
  if (cell === OUTER_CELL) return undefined;
  const previous = previousSibling(tree, cell);
  // The cell's siblings are all in the markup: the block's children, or children of an element in it.
  if (previous < 0) return '';
  return labelsCellTag((tree.names[previous] as string).toUpperCase(), (tree.names[cell] as string).toUpperCase()) ? markupTextContent(html, tree, previous).slice(-60) : '';
}

/**
 * Reads one block's markup: 'clean' when no number can be in it; 'walk' when the walk must read it to know (markup
 * the scanner does not follow, a shadow root, a long text, a number whose label the markup does not hold);
 * otherwise its numbers, each found as the walk would find it. Those go to `known` too, so the walk does not
 * read their texts again.
 */
function screenBlock(block: Element, count: number, outerCell: boolean, find: ScreenFind, longText: number, known: Map<string, readonly PhoneMatch[]>, sizes: Sizes): 'clean' | 'walk' | readonly PhoneMatch[] {
  const markup = readMarkup(block, count, outerCell);
  if (!markup) return 'walk';
  sizes.chars += markup.html.length;
  sizes.elements += count + 1;
  const { html, tree, read } = markup;
  if ((block.localName.includes('-') && shadowRootOf(block)) || hostsRoot(block, read.custom, tree.names)) return 'walk';
  let exact = true;
  const found: [string, readonly PhoneMatch[]][] = [];
  read.texts.forEach((text, i) => {
    if (text.length > longText) exact = false;
    else if (mayContainPhone(text)) {
      // Most texts of figures hold no candidate near their start: their label is never read.
      let label: string | undefined;
      const { matches, readBefore } = find(text, () => (label = labelFrom(html, tree, read.cells[i] as number)));
      if (matches.length === 0) return;
      if (label !== undefined || !readBefore) found.push([text, matches]);
      else exact = false;
    }
  });
  for (const [text, matches] of found) known.set(text, matches);
  if (found.length === 0) return exact ? 'clean' : 'walk';
  return exact ? found.flatMap(([, matches]) => matches) : 'walk';
}

/**
 * `element`'s markup (serialized, never parsed: only read), scanned, and the texts the walk would read in it;
 * undefined where the scanner cannot follow it, shows a different count of elements than the DOM's `count`
 * (children given to a void element), or meets something only the walk reads.
 */
function readMarkup(element: Element, count: number, outerCell: boolean): { html: string; tree: MarkupTree; read: MarkupText } | undefined {
  const html = element.getHTML();
  const tree = scanMarkup(html, count);
  if (!tree) return undefined;
  const read = markupText(html, tree, outerCell);
  return read.opaque ? undefined : { html, tree, read };
}

/** How much markup the screen has read, and of how many elements: what a larger read is estimated from. */
interface Sizes {
  chars: number;
  elements: number;
}

/**
 * Reads `parent`'s whole markup as one block: true when nothing in it can be a number, read as screenBlock reads a
 * block (the label the markup holds, or the strongest one). False, having set nothing aside, when it is too large
 * to read in one step, when the scanner cannot follow it, when it holds an element only the walk can read (a
 * custom element may be a host) or a text the walk reads in chunks, or at the first number.
 */
function* readRest(parent: Element, outerCell: boolean, sizes: Sizes, find: ScreenFind, longText: number): Generator<null, boolean, unknown> {
  const count = parent.getElementsByTagName('*').length;
  if (count > REST_MAX_ELEMENTS || sizes.elements === 0 || ((count + 1) * sizes.chars) / sizes.elements > REST_MAX_CHARS) return false;
  const markup = readMarkup(parent, count, outerCell);
  if (!markup || markup.read.custom.length > 0) return false;
  const { html, tree, read } = markup;
  for (let i = 0; i < read.texts.length; i++) {
    if (i % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield null;
    const text = read.texts[i] as string;
    if (text.length > longText) return false;
    if (mayContainPhone(text) && find(text, () => labelFrom(html, tree, read.cells[i] as number)).matches.length > 0) return false;
  }
  return true;
}
