/** A generated document, as plain data: built into a real page by page-build.ts, printed by describe.ts. */
export type FuzzNode = FuzzText | FuzzComment | FuzzElement;

export interface FuzzText {
  readonly kind: 'text';
  readonly text: string;
}

export interface FuzzComment {
  readonly kind: 'comment';
  readonly text: string;
}

export interface FuzzElement {
  readonly kind: 'element';
  readonly tag: string;
  /** Elements outside HTML: SVG and MathML. */
  readonly ns?: 'svg' | 'math';
  readonly attrs?: readonly (readonly [string, string])[];
  readonly children: readonly FuzzNode[];
  /** A shadow root attached before the element enters the page; `late`: its content arrives after linking. */
  readonly shadow?: { readonly mode: 'open' | 'closed'; readonly children: readonly FuzzNode[]; readonly late: boolean };
  /** The children are appended only after the page has been linked once (content that loads later). */
  readonly late?: boolean;
  /** A <template>'s content. */
  readonly content?: readonly FuzzNode[];
}

export interface FuzzPage {
  /** The seed this page was generated from: FUZZ_SEED=<seed> FUZZ_PAGES=1 regenerates exactly this page. */
  readonly seed: number;
  /** `body`: built into the open fixture page; `frame`: present in a new frame before its content script starts. */
  readonly mode: 'body' | 'frame';
  /** `<html lang>`, which sets the region national numbers are read for. */
  readonly lang: string;
  readonly nodes: readonly FuzzNode[];
  /** What this page exercises (for the coverage test and the run's summary). */
  readonly features: readonly string[];
  /** How many `data-fz-expect` blocks it holds. */
  readonly expected: number;
  /** Changes the page makes to its own nodes once they are linked (may be none). */
  readonly edits: readonly FuzzEdit[];
}

/**
 * A change a page makes to nodes it created, as a framework does: set a text node's whole value, remove or
 * move it, insert text before it, append text, remove or move an element. `text`, `element` and `into` are
 * any numbers: they pick the page's text nodes and elements (in the order built) modulo their count.
 *
 * The `part-*` edits change a template block (`data-fz-template`: a number rendered from template parts, several
 * adjacent text nodes, as React, Preact, Vue and Lit render `({a}) {b}-{c}`) through the references the page kept
 * to its parts (the text nodes built inside the block, in build order, then the parts it inserted): `template`
 * and `part` pick them modulo their count. `part-set` sets one part's whole value, `part-remove` removes it,
 * `part-move` appends it to one of the page's elements, `part-insert` inserts a new part before it (the new
 * part joins the list), `part-reorder` moves it before another part of the same template.
 *
 * Edits are made one step at a time, the linker idle in between; `sameTask` joins an edit to the step of the
 * edit before it (made in the same task, with no idle between).
 */
export type FuzzEdit = (
  | { readonly kind: 'set-text'; readonly text: number; readonly value: string }
  | { readonly kind: 'remove-text'; readonly text: number }
  | { readonly kind: 'move-text'; readonly text: number; readonly into: number }
  | { readonly kind: 'insert-before'; readonly text: number; readonly value: string }
  | { readonly kind: 'append-text'; readonly into: number; readonly value: string }
  | { readonly kind: 'remove-element'; readonly element: number }
  | { readonly kind: 'move-element'; readonly element: number; readonly into: number }
  | { readonly kind: 'part-set'; readonly template: number; readonly part: number; readonly value: string }
  | { readonly kind: 'part-remove'; readonly template: number; readonly part: number }
  | { readonly kind: 'part-move'; readonly template: number; readonly part: number; readonly into: number }
  | { readonly kind: 'part-insert'; readonly template: number; readonly part: number; readonly value: string }
  | { readonly kind: 'part-reorder'; readonly template: number; readonly part: number; readonly before: number }
) & { readonly sameTask?: boolean };

export type FuzzEditKind = FuzzEdit['kind'];
