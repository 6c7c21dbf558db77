import type { FuzzElement, FuzzNode, FuzzPage } from './model';

/**
 * Shrinks a failing generated page to a small one that still fails (FUZZ_SHRINK=1): greedy passes that drop
 * edits, remove runs of siblings (halves first, then smaller runs), unwrap elements, drop shadow roots and late
 * flags, and trim text, keeping each change after which `stillFails` holds, until no change helps or `budget` tries ran.
 */
export async function shrinkPage(page: FuzzPage, stillFails: (candidate: FuzzPage) => Promise<boolean>, budget = 300): Promise<FuzzPage> {
  let current = page;
  let tries = 0;
  const attempt = async (candidate: FuzzPage): Promise<boolean> => {
    if (tries >= budget) return false;
    tries++;
    if (!(await stillFails(candidate))) return false;
    current = candidate;
    return true;
  };

  for (let progress = true; progress && tries < budget; ) {
    progress = false;
    for (let i = 0; i < current.edits.length; i++) {
      if (await attempt({ ...current, edits: current.edits.filter((_, j) => j !== i) })) {
        progress = true;
        i--;
      }
    }
    // Each edit is found again from the current page, since the previous one changed the tree.
    for (let index = 0; index < countEdits(current.nodes); index++) {
      for (const candidate of editsAt(current, index)) {
        if (await attempt(candidate)) {
          progress = true;
          index--; // the same place holds something new now
          break;
        }
      }
    }
  }
  return current;
}

/** A list of siblings somewhere in the tree, with a function that rebuilds the page with that list replaced. */
interface SiblingList {
  readonly nodes: readonly FuzzNode[];
  readonly replace: (nodes: readonly FuzzNode[]) => readonly FuzzNode[];
}

function siblingLists(nodes: readonly FuzzNode[], rebuild: (nodes: readonly FuzzNode[]) => readonly FuzzNode[] = (n) => n): SiblingList[] {
  const lists: SiblingList[] = [{ nodes, replace: rebuild }];
  nodes.forEach((node, i) => {
    if (node.kind !== 'element') return;
    const withElement = (element: FuzzElement) => rebuild(nodes.map((n, j) => (j === i ? element : n)));
    lists.push(...siblingLists(node.children, (children) => withElement({ ...node, children })));
    const shadow = node.shadow;
    if (shadow) lists.push(...siblingLists(shadow.children, (children) => withElement({ ...node, shadow: { ...shadow, children } })));
    if (node.content) lists.push(...siblingLists(node.content, (content) => withElement({ ...node, content })));
  });
  return lists;
}

function countEdits(nodes: readonly FuzzNode[]): number {
  return siblingLists(nodes).length;
}

/** The candidate simplifications of the `index`-th sibling list, biggest first. */
function* editsAt(page: FuzzPage, index: number): Generator<FuzzPage> {
  const list = siblingLists(page.nodes)[index];
  if (!list) return;
  const withList = (nodes: readonly FuzzNode[]): FuzzPage => ({ ...page, nodes: list.replace(nodes) });
  const { nodes } = list;
  for (let size = Math.max(1, Math.floor(nodes.length / 2)); size >= 1; size = size === 1 ? 0 : Math.max(1, Math.floor(size / 2))) {
    for (let start = 0; start + size <= nodes.length; start += size) yield withList([...nodes.slice(0, start), ...nodes.slice(start + size)]);
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as FuzzNode;
    const replaceAt = (replacement: readonly FuzzNode[]) => withList([...nodes.slice(0, i), ...replacement, ...nodes.slice(i + 1)]);
    if (node.kind === 'element') {
      if (node.shadow) yield replaceAt([{ ...node, shadow: undefined }]);
      if (node.late || node.shadow?.late) yield replaceAt([{ ...node, late: false, ...(node.shadow ? { shadow: { ...node.shadow, late: false } } : {}) }]);
      if (node.attrs?.length) yield replaceAt([{ ...node, attrs: [] }]);
      yield replaceAt(node.children);
    } else if (node.kind === 'text') {
      const words = node.text.split(/(?<= )/);
      for (let w = 0; w < words.length && words.length > 1; w++) yield replaceAt([{ ...node, text: [...words.slice(0, w), ...words.slice(w + 1)].join('') }]);
    }
  }
}
