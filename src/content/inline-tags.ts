/**
 * Elements that flow inline by default, for the walk (segments.ts) and the screen (screen.ts): any other element
 * (or an unknown/custom one) ends a segment. Not SLOT: it shows the host's children, text the walk of this tree
 * never reads, so text on either side of it is not one.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL', 'MARK', 'NOBR',
  'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);
