import type { FuzzEdit, FuzzNode, FuzzPage } from './model';

/**
 * What the fuzz scripts install in the fixture page as `window.__fuzz` (page-build.ts, page-checks.ts,
 * page-edit.ts, page-run.ts: each is sent to the page whole by `page.evaluate`, so each is self-contained).
 */
export interface BuiltPage {
  /** The top-level nodes, built but not yet in a document (moved out when appended to the page's container). */
  readonly fragment: DocumentFragment;
  /** Every shadow root attached, open and closed. */
  readonly roots: ShadowRoot[];
  /** Content held back, appended to `parent` step by step after the page has been linked once. */
  readonly late: { readonly parent: ParentNode; readonly nodes: Node[] }[];
  /** The text of the page's container and of each root before any linking, late content included. */
  readonly texts: Texts;
  /** The page's own text nodes and elements, in the order built (what FuzzEdit indexes pick from). */
  readonly textNodes: readonly Text[];
  readonly elements: readonly Element[];
  /**
   * The template blocks (`data-fz-template`), in the order built: each with the references the page keeps to its
   * parts (the text nodes built inside it, then those its edits insert) and, once the page is in its document,
   * the parent it was put in (its number is expected only while it stays there).
   */
  readonly templates: TemplateRefs[];
}

export interface TemplateRefs {
  readonly block: Element;
  readonly parts: Text[];
  home?: Node | null;
}

/** What the page-side checks are given from Node (installChecks' argument). */
export interface CheckData {
  /** Every country calling code (they form a prefix code: one of them starts each E.164 number). */
  readonly callingCodes: readonly string[];
  /** The US area codes template numbers are written with (vocabulary.ts): a number with one of them is valid. */
  readonly areas: readonly string[];
}

export interface Texts {
  readonly body: string;
  readonly roots: readonly string[];
}

export interface CheckResult {
  readonly failures: string[];
  readonly links: number;
  readonly expected: number;
  readonly expectedLinked: number;
  readonly never: number;
}

export interface PageResult extends CheckResult {
  readonly seed: number;
  /** The whole page; of which waiting for the linker (flush, late steps) and for the rescan. */
  readonly ms: number;
  readonly linkMs: number;
  readonly rescanMs: number;
}

export interface FuzzApi {
  build(doc: Document, nodes: readonly FuzzNode[]): BuiltPage;
  /**
   * Independent checks of the linked page, built into `container` (see page-checks.ts): its text against
   * `texts` (by default the text it was built with); the planted blocks only when `planted`.
   */
  check(container: Element, built: BuiltPage, options?: { readonly texts?: Texts; readonly planted?: boolean }): CheckResult;
  /** Applies some of a page's edits to one copy of it; returns for each edit whether it threw (the same on every copy). */
  edit(built: BuiltPage, edits: readonly FuzzEdit[]): boolean[];
  /** The exact DOM: every node, its attributes and text, open shadow roots inline; then the closed roots. */
  snapshot(container: Element, built: BuiltPage): string;
  /** Waits until the fixture page's own sentinel number is linked (the content script is running). */
  ready(): Promise<void>;
  /** Runs the pages in turn; stops after one whose linker stopped answering within `deadlineMs`. */
  run(pages: readonly FuzzPage[], deadlineMs?: number): Promise<PageResult[]>;
  /** Called by fuzz-frame.html while it is parsed: builds the pending page into the frame. */
  buildFrame(doc: Document, script: Element | null): void;
  pending?: { readonly page: FuzzPage; built?: BuiltPage; error?: string };
}

export type FuzzWindow = { __fuzz?: Partial<FuzzApi> };
