/**
 * Bookkeeping that keeps linking safe for frameworks. When a number in a page's text node is linked, that node
 * (the "owner") stays in place holding the text before the number, and the nodes we insert after it (the link,
 * the rest of the text) form its group. A framework that later writes to the owner, moves it or removes it
 * still finds it; the group is then repaired so the page shows exactly the text the framework meant.
 *
 * A number split across text nodes (`({a}) {b}-{c}` in a template) has one link per node, each in its own
 * owner's group: those links are one *unit*. Touching any part releases the whole unit, so no link is ever
 * left dialling digits its number no longer shows.
 *
 * The state belongs to one linker (page-linker.ts), which hands it to the code that links, observes and repairs.
 */

/** The links of one number (one per text node it spans). */
export interface NumberUnit {
  readonly links: Set<Element>;
}

/** What the page did to owners, in the changes being handled. */
export interface Touched {
  /** Owners the page took out: they take their whole text with them wherever they go. */
  readonly removed?: ReadonlySet<Text>;
  /** Owners whose text the page wrote (even with the value they had): that text is all of it now. */
  readonly rewritten?: ReadonlySet<Text>;
}

function inDocumentOrder(nodes: Iterable<ChildNode>): ChildNode[] {
  return [...nodes].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The link groups and number units of one linker (one document and its shadow roots). */
export class LinkGroups {
  readonly #groups = new WeakMap<Text, Set<ChildNode>>();
  readonly #owners = new WeakMap<Node, Text>();
  /** The text each owner was left holding when its group last changed: any other text was written by the page. */
  readonly #leftWith = new WeakMap<Text, string>();
  readonly #units = new WeakMap<Node, NumberUnit>();

  /** The page's original text node that `node` (one of our inserted nodes) was split from. */
  ownerOf(node: Node): Text | undefined {
    return this.#owners.get(node);
  }

  hasGroup(text: Text): boolean {
    return this.#groups.has(text);
  }

  unitOf(link: Node): NumberUnit | undefined {
    return this.#units.get(link);
  }

  /** Adds a link to its number's unit (a new unit: `{ links: new Set() }`). */
  addToUnit(unit: NumberUnit, link: Element): void {
    unit.links.add(link);
    this.#units.set(link, unit);
  }

  addToGroup(owner: Text, nodes: readonly ChildNode[]): void {
    let group = this.#groups.get(owner);
    if (!group) this.#groups.set(owner, (group = new Set()));
    for (const node of nodes) {
      group.add(node);
      this.#owners.set(node, owner);
    }
    this.#leftWith.set(owner, owner.data);
  }

  /**
   * The owner of a text node of ours that the page changed: the text inside one of our links, or text we split
   * off. Undefined for the page's own nodes.
   */
  ownerOfOurText(text: Text): Text | undefined {
    const parent = text.parentNode;
    return this.#owners.get(text) ?? (parent ? this.#owners.get(parent) : undefined);
  }

  /** The owner's text was rewritten (it now holds the whole new text): our nodes hold stale text, so remove them. */
  dropGroup(owner: Text): void {
    const group = this.#groups.get(owner);
    if (!group) return;
    this.#groups.delete(owner);
    for (const node of group) node.remove();
  }

  /**
   * Puts the owner's whole text back into it and removes our nodes: used when the owner is taken out of the
   * page (the framework may re-insert it and must find its full text) and when linking is turned off. If the
   * page has meanwhile written the owner's text (moved it and set its value in one task: the observer sees the
   * removal first), that text is the whole text and ours is stale: it is dropped, not appended.
   */
  unwrapGroup(owner: Text): void {
    const group = this.#groups.get(owner);
    if (!group) return;
    if (owner.data !== this.#leftWith.get(owner)) {
      this.dropGroup(owner);
      return;
    }
    this.#groups.delete(owner);
    const attached = inDocumentOrder([...group].filter((node) => node.parentNode !== null));
    const tail = attached.map((node) => node.textContent ?? '').join('');
    if (tail) owner.data += tail;
    for (const node of attached) node.remove();
  }

  /** Our nodes still follow the owner as we left them: nothing removed, moved or put in between. */
  #groupInPlace(owner: Text, group: ReadonlySet<ChildNode>): boolean {
    let count = 0;
    for (let node = owner.nextSibling; node && group.has(node); node = node.nextSibling) count++;
    return count === group.size;
  }

  /**
   * Takes the links out of a group the page has rearranged (it removed or moved one of our nodes): merging our
   * text back into the owner would put it in the wrong place, so each link gives its text to the spot it is in.
   */
  #defuseGroup(owner: Text, group: ReadonlySet<ChildNode>): void {
    this.#groups.delete(owner);
    for (const node of group) {
      if (node instanceof Element && node.parentNode) node.replaceWith(...node.childNodes);
    }
  }

  /**
   * Releases every number that has a link in the groups of `touched`, and every number sharing an owner with
   * those (transitively): each owner gets its text back as one node, or, if the page rewrote it, keeps the page's
   * text. Returns the owners released, whose blocks must be read again.
   */
  releaseNumbers(touched: Iterable<Text>, { removed, rewritten }: Touched = {}): Text[] {
    const released = new Set<Text>();
    const pending = [...touched];
    for (let owner = pending.pop(); owner; owner = pending.pop()) {
      if (released.has(owner)) continue;
      const group = this.#groups.get(owner);
      if (!group) continue;
      released.add(owner);
      for (const node of group) {
        for (const link of this.#units.get(node)?.links ?? []) {
          const other = this.#owners.get(link);
          if (other && !released.has(other)) pending.push(other);
        }
      }
    }
    for (const owner of released) {
      const group = this.#groups.get(owner);
      if (!group) continue;
      if (rewritten?.has(owner)) this.dropGroup(owner);
      else if (removed?.has(owner) || owner.data !== this.#leftWith.get(owner) || this.#groupInPlace(owner, group)) this.unwrapGroup(owner);
      else this.#defuseGroup(owner, group);
    }
    return [...released];
  }

  /**
   * Units with a link among `links` (ours, in nodes the page removed or moved) that the change split: part of the
   * number went and part stayed, or it no longer sits in the page whole. Their owners, to release.
   */
  ownersOfSplitUnits(removedRoot: Node, links: Iterable<Element>): Text[] {
    const found: Text[] = [];
    const seen = new Set<NumberUnit>();
    for (const link of links) {
      const unit = this.#units.get(link);
      if (!unit || seen.has(unit)) continue;
      seen.add(unit);
      const whole = [...unit.links].every((each) => each === removedRoot || removedRoot.contains(each));
      if (whole) continue;
      for (const each of unit.links) {
        const owner = this.#owners.get(each);
        if (owner) found.push(owner);
      }
    }
    return found;
  }

  /** Releases these numbers (and any sharing an owner with them): see releaseNumbers. */
  releaseUnits(stale: Iterable<NumberUnit>): Text[] {
    const touched: Text[] = [];
    for (const unit of stale) {
      for (const link of unit.links) {
        const owner = this.#owners.get(link);
        if (owner) touched.push(owner);
      }
    }
    return this.releaseNumbers(touched);
  }
}
