import { BackOff } from './back-off';
import type { NumberHighlights } from './highlights';
import { HotText } from './hot-text';
import { releaseLeftovers } from './leftovers';
import { updateLinkHref } from './link-element';
import { LinkTitles } from './link-titles';
import { LinkGroups, type NumberUnit } from './link-groups';
import { callLinksIn } from './link-markup';
import { HydrationGate } from './hydration-gate';
import { LinkQueue } from './link-queue';
import type { ParkedBlocks } from './parked-blocks';
import { LABELLED_TAGS, labelsCell, type LinkContext } from './linkify';
import { SLICE_MS, type Urgency } from './scheduler';
import { type RootObserver, watchPageChanges } from './page-changes';
import { blockOf, flowsWithText, isInlineElement } from './segments';
import { SHADOW_HELLO_EVENT, SHADOW_ROOT_EVENT } from './page-world-events';
import { reportedRoot } from './shadow-roots';
import { isInSkipZone, isSkippedElement } from './skip-zones';

/** A neighbour that makes a change in the middle of a run of text: text with something in it, or inline content. */
function splitsText(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === Node.TEXT_NODE) return true;
  return node instanceof Element && flowsWithText(node);
}

/**
 * Links the numbers of one document and keeps them linked: the document and every open shadow root in it get
 * an observer; new and changed text is queued and linked in idle slices; settings changes re-point or remove
 * the links.
 */
export class PageLinker {
  readonly #roots = new Map<Document | ShadowRoot, RootObserver>();
  /** Our links' groups and units in this document (link-groups.ts): changed by linking, repairs and unlinking. */
  readonly #groups = new LinkGroups();
  /** Protected for the e2e seam (test-seam.ts), which asks whether the queue is idle and queues a rescan. */
  protected readonly queue: LinkQueue;
  readonly #backOff = new BackOff();
  // Titles are made on demand (link-titles.ts), in the language of the context's label.
  readonly #titles = new LinkTitles((target) => this.context.label(target));
  // Server-rendered markup a framework may still hydrate is marked, not wrapped, until it has (hydration-gate.ts).
  readonly #gate: HydrationGate;
  // Rewritten text is read again with its block: its old text may have labelled or split a number next to it.
  readonly #hotText = new HotText((text, later) => {
    if (text.isConnected) this.#queueBlock(text, later ? 'idle' : 'prompt');
  });

  constructor(
    protected readonly doc: Document,
    private readonly context: LinkContext,
    /** The numbers marked, not wrapped, in huge tables (highlights.ts); undefined where the browser cannot. */
    private readonly marks?: NumberHighlights,
  ) {
    this.#gate = new HydrationGate(doc, (blocks) => {
      for (const block of blocks) if (block.isConnected) this.queue.add(block, 'prompt');
    });
    const policy = { context, groups: this.#groups, backOff: this.#backOff, marks, gate: this.#gate };
    this.queue = new LinkQueue(policy, (root) => this.#addShadowRoot(root), {
      before: () => this.#flushPageRecords(),
      after: () => this.#discardOwnRecords(),
    });
    // Links an earlier copy of this script left (Firefox, after an update) are linked again, by this copy.
    releaseLeftovers(doc, this.#groups);
  }

  /** Numbers found far from the viewport on a long page, linked as the reader comes near (parked-blocks.ts). */
  get parked(): ParkedBlocks {
    return this.queue.parked;
  }

  start(): void {
    this.queue.restart();
    this.#gate.start();
    this.#observe(this.doc);
    // Roots the page attached before we listened, closed ones on any element included (page-world.ts).
    this.doc.dispatchEvent(new CustomEvent(SHADOW_HELLO_EVENT));
    // What is on screen goes first. Hit-testing needs the page laid out: at start-up that is the layout the
    // browser is about to do for its first paint anyway; later (after our wraps) it would be an extra one.
    const visible = this.#visibleBlocks();
    this.queue.add(this.doc.body ?? this.doc.documentElement, 'idle');
    // Read in a task of their own, not in this one's microtasks: the first read also compiles the detector, which
    // would make one long task of this start-up.
    setTimeout(() => {
      for (const block of visible) if (block.isConnected) this.queue.add(block, 'prompt');
    }, 0);
  }

  /** Stops observing and puts back the page's text exactly as it was (linking turned off for this page). */
  stop(): void {
    this.queue.stop();
    this.#gate.stop();
    for (const [root, observer] of this.#roots) {
      observer.disconnect();
      root.removeEventListener(SHADOW_ROOT_EVENT, this.#onShadowRoot, true);
      this.#titles.unlisten(root);
    }
    this.unlinkAll();
    this.#roots.clear();
  }

  /** Re-points every link at the URL for the current settings (scheme, caller ID). */
  refreshLinks(): void {
    const settings = this.context.settings();
    for (const root of this.#allRoots()) for (const link of callLinksIn(root)) updateLinkHref(link, settings);
  }

  /** Removes every link and links the page again (the region changed, so the numbers read differently). */
  relink(): void {
    this.stop();
    this.start();
  }

  unlinkAll(): void {
    this.marks?.clear();
    for (const root of this.#allRoots()) {
      for (const link of callLinksIn(root)) {
        const owner = this.#groups.ownerOf(link);
        if (owner) this.#groups.unwrapGroup(owner);
      }
    }
    this.#discardOwnRecords();
  }

  #allRoots(): (Document | ShadowRoot)[] {
    return this.#roots.size > 0 ? [...this.#roots.keys()] : [this.doc];
  }

  /**
   * The page attached a shadow root after we walked its host (page-world.ts): a custom element defined late,
   * attachShadow on an element already there. Heard in the host's own tree: each root we observe listens too.
   */
  readonly #onShadowRoot = (event: Event): void => {
    const host = event.target;
    const root = reportedRoot(host);
    if (!root || !(host instanceof Element) || isSkippedElement(host) || isInSkipZone(host)) return;
    this.#addShadowRoot(root);
    // Its own children are now shown through its slots: read them again as such.
    if (host.firstChild) this.queue.add(host, 'prompt');
  };

  #observe(root: Document | ShadowRoot): void {
    if (this.#roots.has(root)) return;
    root.addEventListener(SHADOW_ROOT_EVENT, this.#onShadowRoot, true);
    this.#titles.listen(root);
    this.#roots.set(root, watchPageChanges(root, this.#groups, {
      added: (node) => {
        this.#gate.pageChanged();
        this.marks?.layoutChanged();
        this.queue.parked.layoutChanged();
        if (node instanceof Element && this.#roots.size > 1) this.#releaseShadowsInSkipZone(node);
        this.#queueAdded(node);
      },
      scriptAdded: (script) => {
        if (this.#gate.scriptAdded(script)) this.#releaseUnowned();
      },
      changed: (text) => {
        this.#gate.pageChanged();
        this.marks?.forget([text]);
        this.marks?.layoutChanged();
        this.queue.parked.layoutChanged();
        this.#hotText.changed(text, performance.now());
      },
      released: (owner) => this.#queueBlock(owner, 'prompt'),
      rescan: (node) => this.queue.add(node, 'idle'),
      // Text taken out, or anything taken out of the middle of a run of text: the text around reads differently
      // now. A row or block taken from among blocks changes no other block's text (only the label of a cell
      // after it); a huge table losing a row is not read again.
      removedFrom: (parent, nodes, before, after) => {
        this.#gate.pageChanged();
        this.marks?.forgetRemoved(nodes);
        this.marks?.layoutChanged();
        this.queue.parked.layoutChanged();
        if (splitsText(before) || splitsText(after) || [...nodes].some(splitsText)) this.#queueBlock(parent, 'prompt');
        else this.#queueLabelled(parent, 'prompt');
        // The cell after a removed one is labelled by another cell now.
        if (after instanceof Element && LABELLED_TAGS.has(after.tagName)) this.queue.add(after, 'prompt');
      },
      undone: (parent, linkParent) => this.#backOff.undone(blockOf(parent), blockOf(linkParent), performance.now()),
    }));
  }

  /**
   * A script is about to load that may hydrate the page: the page's text goes back under every link in a block
   * no framework owns yet, before the script can run (it loads in a later task), and those numbers are marked
   * until the hold ends.
   */
  #releaseUnowned(): void {
    const byBlock = new Map<Node, NumberUnit[]>();
    for (const link of callLinksIn(this.doc)) {
      const unit = this.#groups.unitOf(link);
      if (!unit) continue;
      const block = blockOf(link.parentNode ?? link);
      const units = byBlock.get(block);
      if (units) units.push(unit);
      else byBlock.set(block, [unit]);
    }
    for (const [block, units] of byBlock) {
      if (this.#gate.owned(block)) continue;
      this.#groups.releaseUnits(units);
      this.queue.add(block, 'prompt');
    }
  }

  /**
   * The page moved content into a skip zone (a list into a button, a card into an editor): links in the shadow
   * roots of hosts inside it come out too (page-changes.ts releases those in its own tree).
   */
  #releaseShadowsInSkipZone(node: Element): void {
    let skipped: boolean | undefined;
    for (const root of this.#roots.keys()) {
      if (!(root instanceof ShadowRoot)) continue;
      let inside = false;
      for (let host: Element | undefined = root.host; host && !inside; host = (host.getRootNode() as Partial<ShadowRoot>).host) inside = node.contains(host);
      if (!inside) continue;
      skipped ??= isSkippedElement(node) || isInSkipZone(node);
      if (!skipped) return;
      const units = [...callLinksIn(root)].map((link) => this.#groups.unitOf(link)).filter((unit): unit is NumberUnit => unit !== undefined);
      this.#groups.releaseUnits(units);
    }
  }

  /** Reads `node`'s block again, and the cells whose label it is part of (below). */
  #queueBlock(node: Node, urgency: Urgency): void {
    this.queue.add(blockOf(node), urgency);
    this.#queueLabelled(node, urgency);
  }

  /**
   * The text of `node` changed (or it was added, or lost some of its content): reads again every cell whose label
   * (linkify.ts, labelBefore: the whole text of the element before a cell or term) holds it. That element may be
   * any ancestor of the change, not only its block: text appended to a table nested in a label cell is the end
   * of that cell's text.
   */
  #queueLabelled(node: Node, urgency: Urgency): void {
    for (let element = node instanceof Element ? node : node.parentElement; element; element = element.parentElement) {
      const next = element.nextElementSibling;
      if (next && labelsCell(element, next)) this.queue.add(next, urgency);
    }
  }

  #addShadowRoot(root: ShadowRoot): void {
    if (this.#roots.has(root)) return;
    // Links an earlier copy of this script left in this root (Firefox, after an update) are linked again by us.
    releaseLeftovers(root, this.#groups);
    this.#observe(root);
    this.queue.add(root, 'prompt');
  }

  /**
   * The observer's hot path: no ancestor walks here. Skip zones are checked once, when the root is walked
   * (segmentsIn); a node inside one has that zone (or a skipped ancestor) as its block.
   */
  #queueAdded(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE || (node instanceof Element && isInlineElement(node))) {
      // Added text may complete a number split across inline elements: read its whole block again.
      this.#queueBlock(node, 'prompt');
    } else if (node instanceof Element) {
      this.queue.add(node, 'prompt');
      // A block, break or skip zone added inside a run of text splits it: the text around it reads differently
      // now. So does one added into an inline element, whatever its siblings. (Rows appended to a table, items to
      // a list, split nothing: their neighbours are elements, their parent a block.)
      const parent = node.parentNode;
      if (parent && (splitsText(node.previousSibling) || splitsText(node.nextSibling) || splitsText(parent))) this.#queueBlock(parent, 'prompt');
      // Its text joins the label of a cell after it or after an ancestor; or it is a new label for the next cell.
      else this.#queueLabelled(node, 'prompt');
    }
  }

  /** The blocks under a few points of the viewport: linked first, so what the user sees is ready soonest. */
  #visibleBlocks(): Set<Node> {
    const blocks = new Set<Node>();
    const view = this.doc.defaultView;
    if (!view || view.innerHeight === 0) return blocks;
    // Within a slice's time: in a table of thousands of rows one hit test can take most of a slice.
    const deadline = performance.now() + SLICE_MS;
    for (const fy of [0.15, 0.35, 0.55, 0.75, 0.95]) {
      for (const fx of [0.25, 0.5, 0.75]) {
        if (performance.now() > deadline) return blocks;
        const element = this.doc.elementFromPoint(view.innerWidth * fx, view.innerHeight * fy);
        if (!element || element === this.doc.body || element === this.doc.documentElement) continue;
        // A point between blocks hits their container: reading all of it now would reach far past the screen.
        const block = blockOf(element);
        if (!(block instanceof Element) || block.getBoundingClientRect().height <= 2 * view.innerHeight) blocks.add(block);
      }
    }
    return blocks;
  }

  #flushPageRecords(): void {
    for (const observer of this.#roots.values()) observer.flush();
  }

  #discardOwnRecords(): void {
    for (const observer of this.#roots.values()) observer.discard();
  }
}
