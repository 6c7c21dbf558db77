/**
 * Bookkeeping that keeps linking safe for frameworks. When a number in a page's text node is linked, that node
 * (the "owner") stays in place holding the text before the number, and the nodes we insert after it (the link,
 * the rest of the text) form its group. A framework that later writes to the owner, moves it or removes it
 * still finds it; the group is then repaired so the page shows exactly the text the framework meant.
 */

const groups = new WeakMap<Text, Set<ChildNode>>();
const owners = new WeakMap<Node, Text>();
/** The text each owner was left holding when its group last changed: any other text was written by the page. */
const leftWith = new WeakMap<Text, string>();

/** The page's original text node that `node` (one of our inserted nodes) was split from. */
export function ownerOf(node: Node): Text | undefined {
  return owners.get(node);
}

export function hasGroup(text: Text): boolean {
  return groups.has(text);
}

export function addToGroup(owner: Text, nodes: readonly ChildNode[]): void {
  let group = groups.get(owner);
  if (!group) groups.set(owner, (group = new Set()));
  for (const node of nodes) {
    group.add(node);
    owners.set(node, owner);
  }
  leftWith.set(owner, owner.data);
}

function inDocumentOrder(nodes: Iterable<ChildNode>): ChildNode[] {
  return [...nodes].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The owner's text was rewritten (it now holds the whole new text): our nodes hold stale text, so remove them. */
export function dropGroup(owner: Text): void {
  const group = groups.get(owner);
  if (!group) return;
  groups.delete(owner);
  for (const node of group) node.remove();
}

/**
 * Puts the owner's whole text back into it and removes our nodes: used when the owner is taken out of the
 * page (the framework may re-insert it and must find its full text) and when linking is turned off. If the
 * page has meanwhile written the owner's text (moved it and set its value in one task: the observer sees the
 * removal first), that text is the whole text and ours is stale: it is dropped, not appended.
 */
export function unwrapGroup(owner: Text): void {
  const group = groups.get(owner);
  if (!group) return;
  if (owner.data !== leftWith.get(owner)) {
    dropGroup(owner);
    return;
  }
  groups.delete(owner);
  const attached = inDocumentOrder([...group].filter((node) => node.parentNode !== null));
  const tail = attached.map((node) => node.textContent ?? '').join('');
  if (tail) owner.data += tail;
  for (const node of attached) node.remove();
}
