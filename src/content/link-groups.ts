/**
 * Bookkeeping that keeps linking safe for frameworks. When a number in a page's text node is linked, that node
 * (the "owner") stays in place holding the text before the number, and the nodes we insert after it (the link,
 * the rest of the text) form its group. A framework that later writes to the owner, moves it or removes it
 * still finds it; the group is then repaired so the page shows exactly the text the framework meant.
 *
 * A number split across text nodes (`({a}) {b}-{c}` in a template) has one link per node, each in its own
 * owner's group: those links are one *unit*. Touching any part releases the whole unit, so no link is ever
 * left dialling digits its number no longer shows.
 */

const groups = new WeakMap<Text, Set<ChildNode>>();
const owners = new WeakMap<Node, Text>();
/** The text each owner was left holding when its group last changed: any other text was written by the page. */
const leftWith = new WeakMap<Text, string>();

/** The links of one number (one per text node it spans). */
export interface NumberUnit {
  readonly links: Set<Element>;
}
const units = new WeakMap<Node, NumberUnit>();

/** The page's original text node that `node` (one of our inserted nodes) was split from. */
export function ownerOf(node: Node): Text | undefined {
  return owners.get(node);
}

export function hasGroup(text: Text): boolean {
  return groups.has(text);
}

export function unitOf(link: Node): NumberUnit | undefined {
  return units.get(link);
}

export function newUnit(): NumberUnit {
  return { links: new Set() };
}

export function addToUnit(unit: NumberUnit, link: Element): void {
  unit.links.add(link);
  units.set(link, unit);
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

/**
 * The owner of a text node of ours that the page changed: the text inside one of our links, or text we split
 * off. Undefined for the page's own nodes.
 */
export function ownerOfOurText(text: Text): Text | undefined {
  const parent = text.parentNode;
  return owners.get(text) ?? (parent ? owners.get(parent) : undefined);
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

/** Our nodes still follow the owner as we left them: nothing removed, moved or put in between. */
function groupInPlace(owner: Text, group: ReadonlySet<ChildNode>): boolean {
  let count = 0;
  for (let node = owner.nextSibling; node && group.has(node); node = node.nextSibling) count++;
  return count === group.size;
}

/**
 * Takes the links out of a group the page has rearranged (it removed or moved one of our nodes): merging our
 * text back into the owner would put it in the wrong place, so each link gives its text to the spot it is in.
 */
function defuseGroup(owner: Text, group: ReadonlySet<ChildNode>): void {
  groups.delete(owner);
  for (const node of group) {
    if (node instanceof Element && node.parentNode) node.replaceWith(...node.childNodes);
  }
}

/** What the page did to owners, in the changes being handled. */
export interface Touched {
  /** Owners the page took out: they take their whole text with them wherever they go. */
  readonly removed?: ReadonlySet<Text>;
  /** Owners whose text the page wrote (even with the value they had): that text is all of it now. */
  readonly rewritten?: ReadonlySet<Text>;
}

/**
 * Releases every number that has a link in the groups of `touched`, and every number sharing an owner with
 * those (transitively): each owner gets its text back as one node, or, if the page rewrote it, keeps the page's
 * text. Returns the owners released, whose blocks must be read again.
 */
export function releaseNumbers(touched: Iterable<Text>, { removed, rewritten }: Touched = {}): Text[] {
  const released = new Set<Text>();
  const pending = [...touched];
  for (let owner = pending.pop(); owner; owner = pending.pop()) {
    if (released.has(owner)) continue;
    const group = groups.get(owner);
    if (!group) continue;
    released.add(owner);
    for (const node of group) {
      for (const link of units.get(node)?.links ?? []) {
        const other = owners.get(link);
        if (other && !released.has(other)) pending.push(other);
      }
    }
  }
  for (const owner of released) {
    const group = groups.get(owner);
    if (!group) continue;
    if (rewritten?.has(owner)) dropGroup(owner);
    else if (removed?.has(owner) || owner.data !== leftWith.get(owner) || groupInPlace(owner, group)) unwrapGroup(owner);
    else defuseGroup(owner, group);
  }
  return [...released];
}

/**
 * Units with a link among `links` (ours, in nodes the page removed or moved) that the change split: part of the
 * number went and part stayed, or it no longer sits in the page whole. Their owners, to release.
 */
export function ownersOfSplitUnits(removedRoot: Node, links: Iterable<Element>): Text[] {
  const found: Text[] = [];
  const seen = new Set<NumberUnit>();
  for (const link of links) {
    const unit = units.get(link);
    if (!unit || seen.has(unit)) continue;
    seen.add(unit);
    const whole = [...unit.links].every((each) => each === removedRoot || removedRoot.contains(each));
    if (whole) continue;
    for (const each of unit.links) {
      const owner = owners.get(each);
      if (owner) found.push(owner);
    }
  }
  return found;
}

/** Releases these numbers (and any sharing an owner with them): see releaseNumbers. */
export function releaseUnits(stale: Iterable<NumberUnit>): Text[] {
  const touched: Text[] = [];
  for (const unit of stale) {
    for (const link of unit.links) {
      const owner = owners.get(link);
      if (owner) touched.push(owner);
    }
  }
  return releaseNumbers(touched);
}
