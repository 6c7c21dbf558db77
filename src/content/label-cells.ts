/** Blocks whose label may be the element before them: a table cell, a `<dd>` (linkify.ts labelBefore). */
export const LABELLED_TAGS: ReadonlySet<string> = new Set(['TD', 'TH', 'DD']);

/**
 * The whole text of the element tagged `previous` is the label of the one tagged `cell`, its next sibling: any
 * element before a table cell, a term before its <dd>. Upper-case tags. One rule for the walk's read, the
 * screen's read from markup (screen.ts) and what a change makes the linker read again.
 */
export function labelsCellTag(previous: string, cell: string): boolean {
  return LABELLED_TAGS.has(cell) && (cell !== 'DD' || previous === 'DT');
}
