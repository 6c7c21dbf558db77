/**
 * Bookkeeping that keeps linking safe for frameworks. When a number in a page's text node is linked, that node
 * (the "owner") stays in place holding the text before the number, and the nodes we insert after it (the link,
 * the rest of the text) form its group. A framework that later writes to the owner, moves it or removes it
 * still finds it; the group is then repaired so the page shows exactly the text the framework meant.
 */

const groups = new WeakMap<Text, Set<ChildNode>>();
const owners = new WeakMap<Node, Text>();

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
 * page (the framework may re-insert it and must find its full text) and when linking is turned off.
 */
export function unwrapGroup(owner: Text): void {
  const group = groups.get(owner);
  if (!group) return;
  groups.delete(owner);
  const attached = inDocumentOrder([...group].filter((node) => node.parentNode !== null));
  const tail = attached.map((node) => node.textContent ?? '').join('');
  if (tail) owner.data += tail;
  for (const node of attached) node.remove();
}
