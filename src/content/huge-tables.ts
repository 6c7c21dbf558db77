/**
 * Tables with at least this many rows get highlights, not links (highlights.ts). Any DOM change in a table makes
 * the browser lay out the whole table again, which grows with its rows (BENCHMARKS.md): every batch of links there
 * would cost the page a long task of rendering.
 */
export const HIGHLIGHT_TABLE_ROWS = 3000;

/**
 * The table (or a table around it) of HIGHLIGHT_TABLE_ROWS rows or more that `node` is in, if any. Only in the
 * document's own tree: links.css's `::highlight` rule does not reach into shadow trees, which keep links.
 */
export function hugeTableOf(node: Node, known: Map<Element, boolean>): HTMLTableElement | undefined {
  // `closest` stays in the node's own tree, so the tree is checked once per table, not once per node: in Firefox
  // each DOM call from a content script crosses a wrapper, and this runs for every block found in a table.
  for (let table = node.parentElement?.closest('table'); table; table = table.parentElement?.closest('table')) {
    let huge = known.get(table);
    if (huge === undefined) known.set(table, (huge = table.getRootNode() === table.ownerDocument && table.rows.length >= HIGHLIGHT_TABLE_ROWS));
    if (huge) return table;
  }
  return undefined;
}
