import { OWNED_EVENT } from './page-world-events';

/**
 * Server-rendered markup that a framework hydrates later must be left exactly as the server sent it: hydration
 * walks the DOM expecting its own nodes, and our links make React re-render the whole root (error #418), Vue lose
 * text for good and Preact drop parts of it. Until the page has hydrated, numbers there are marked with
 * highlights (highlights.ts), which change no DOM, and become links once the page's framework owns their block
 * (page-world.ts tells) or the page has settled. See docs/linkifier.md, "Hydration".
 *
 * A hold starts when the document carries a server renderer's markers, and whenever the page adds an external
 * script (how a late bundle arrives: its code runs tasks after the insertion, after our observer has put the
 * page's text back). It ends when no script the hold waits for is loading and the page has made no change for
 * SETTLE_MS, or after MAX_HOLD_MS whatever happens.
 */

/** Ids server renderers give the root they hydrate, or the data they hydrate it with. */
const SSR_IDS = ['__next', '__nuxt', '___gatsby', '__NEXT_DATA__', '__NUXT_DATA__'];
/** Attributes server renderers leave on the root they hydrate and on the elements near it. */
const SSR_ATTRIBUTES = ['data-server-rendered', 'data-reactroot', 'ng-server-context', 'ngh', 'data-sveltekit-hydrate', 'data-hk'];
/**
 * How many elements, from the top of the document down, are looked at for those attributes: a framework's root
 * sits near the top, and matching them against every element of a huge table is a long task at start-up.
 */
const ELEMENTS_LOOKED_AT = 2000;
/**
 * Comments server renderers put between parts they hydrate: React's text separators and Suspense boundaries,
 * Vue's and Svelte's fragment and block markers, Lit's parts.
 */
const SSR_COMMENT = /^(?: |\$|\/\$|\$\?|\$!|\[|\]|!|\?lit\$\d*\$|\/?lit-part.*|lit-node \d+)?$/;
/** How many comments are looked at for a marker before the page is taken as not server-rendered. */
const COMMENTS_LOOKED_AT = 200;

export const SETTLE_MS = 400;
export const MAX_HOLD_MS = 10_000;
const CHECK_EVERY_MS = 100;
/** How many script insertions may start a hold: a hydrating bundle comes once, ad rotators keep coming. */
const SCRIPT_HOLDS = 4;

/** Whether the document carries markers of server-rendered markup that a framework hydrates. */
export function hasServerRenderMarkers(doc: Document): boolean {
  if (SSR_IDS.some((id) => doc.getElementById(id)) || doc.querySelector('astro-island[ssr]')) return true;
  if (hasRendererAttribute(doc.documentElement)) return true;
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  for (let i = 0, comment = walker.nextNode(); comment && i < COMMENTS_LOOKED_AT; i++, comment = walker.nextNode()) {
    if (SSR_COMMENT.test((comment as Comment).data)) return true;
  }
  return false;
}

/** Whether one of the first ELEMENTS_LOOKED_AT elements under `top`, breadth first, carries a renderer's attribute. */
function hasRendererAttribute(top: Element | null): boolean {
  const queue: Element[] = top ? [top] : [];
  for (let i = 0; i < queue.length && i < ELEMENTS_LOOKED_AT; i++) {
    const element = queue[i] as Element;
    // Most elements have no attributes at all: one call answers for them.
    if (element.hasAttributes() && SSR_ATTRIBUTES.some((name) => element.hasAttribute(name))) return true;
    for (let child = element.firstElementChild; child && queue.length < ELEMENTS_LOOKED_AT; child = child.nextElementSibling) queue.push(child);
  }
  return false;
}

/** A script whose code has yet to run once it loads: an external classic or module script. */
export function isLoadingScript(node: Node): node is HTMLScriptElement {
  if (node.nodeName !== 'SCRIPT') return false;
  const script = node as HTMLScriptElement;
  const type = script.type.trim().toLowerCase();
  return script.src !== '' && (type === '' || type === 'module' || type.endsWith('javascript'));
}

export class HydrationGate {
  #holdSince: number | undefined;
  #lastChange = 0;
  readonly #loading = new Set<HTMLScriptElement>();
  readonly #held = new Set<Node>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #scriptHolds = SCRIPT_HOLDS;

  constructor(
    private readonly doc: Document,
    /** Blocks held while the gate was closed, to link now. */
    private readonly release: (blocks: readonly Node[]) => void,
  ) {}

  /** At start: a server-rendered page may not have hydrated yet. */
  start(): void {
    if (hasServerRenderMarkers(this.doc)) this.#hold();
  }

  stop(): void {
    this.#holdSince = undefined;
    this.#held.clear();
    this.#loading.clear();
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  get holding(): boolean {
    return this.#holdSince !== undefined;
  }

  /** The page changed its DOM: it has not settled yet. */
  pageChanged(): void {
    if (this.#holdSince !== undefined) this.#lastChange = performance.now();
  }

  /**
   * The page added a script that will run once loaded. True when this starts (or extends) a hold: the caller
   * then puts back the text under links in blocks no framework owns yet.
   */
  scriptAdded(script: HTMLScriptElement): boolean {
    if (this.#scriptHolds === 0 || script.getRootNode() !== this.doc) return false;
    this.#scriptHolds--;
    this.#loading.add(script);
    const done = () => {
      this.#loading.delete(script);
      this.#lastChange = performance.now();
    };
    script.addEventListener('load', done, { once: true });
    script.addEventListener('error', done, { once: true });
    this.#hold();
    return true;
  }

  /**
   * Whether `node`'s block may be wrapped in links now; if not, it is kept and handed back when the hold ends
   * (or its block becomes the framework's). Shadow trees are not held: server renderers hydrate the document.
   */
  mayWrap(block: Node): boolean {
    if (this.#holdSince === undefined || block.getRootNode() !== this.doc || this.owned(block)) return true;
    this.#held.add(block);
    return false;
  }

  /** Whether a script of the page has made this block (or an ancestor) its own: hydrated, or rendered by it. */
  owned(node: Node): boolean {
    const target = node instanceof Element ? node : node.parentElement;
    return target !== null && !target.dispatchEvent(new CustomEvent(OWNED_EVENT, { cancelable: true }));
  }

  #hold(): void {
    const now = performance.now();
    this.#holdSince ??= now;
    this.#lastChange = now;
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#check();
    }, CHECK_EVERY_MS);
  }

  #check(): void {
    const since = this.#holdSince;
    if (since === undefined) return;
    const now = performance.now();
    // Scripts that left the page without loading wait for nothing.
    for (const script of this.#loading) if (!script.isConnected) this.#loading.delete(script);
    const settled = this.#loading.size === 0 && now - this.#lastChange >= SETTLE_MS;
    if (settled || now - since >= MAX_HOLD_MS) {
      this.#holdSince = undefined;
      const blocks = [...this.#held];
      this.#held.clear();
      this.release(blocks);
      return;
    }
    // Blocks the framework has taken over in the meantime need not wait for the rest.
    const owned = [...this.#held].filter((block) => block.isConnected && this.owned(block));
    for (const block of owned) this.#held.delete(block);
    if (owned.length > 0) this.release(owned);
    this.#schedule();
  }
}
