/**
 * Runs in the page's own world at document_start (manifest: world MAIN), and answers two questions the content
 * script cannot answer from its isolated world.
 *
 * Shadow roots. Attaching a shadow root makes no DOM
 * mutation a content script could observe, and roots attached before our content script runs (document_idle)
 * or after it walked their host (a custom element defined later, attachShadow on an element already there)
 * would go unread. So this wraps `attachShadow` to dispatch SHADOW_ROOT_EVENT on the host, and answers
 * SHADOW_HELLO_EVENT by dispatching it again for every host still in the page. The event neither bubbles nor
 * is composed: it reaches listeners in the host's own tree (the document's, or the shadow root it sits in, where
 * the content script listens too), and nothing leaves a closed root.
 */
import { HOSTS_EVENT, OWNED_EVENT, SHADOW_HELLO_EVENT, SHADOW_ROOT_EVENT } from './page-world-events';

const attach = Element.prototype.attachShadow;
const dispatch = EventTarget.prototype.dispatchEvent;
const Custom = CustomEvent;
const Ref = WeakRef;
const hosts: WeakRef<Element>[] = [];
let pruneAt = 1024;

function announce(host: Element): void {
  try {
    dispatch.call(host, new Custom(SHADOW_ROOT_EVENT));
  } catch {
    // A page listener that throws must not make attachShadow throw.
  }
}

const wrapped = {
  // A method, like the native one: no prototype, same name and length.
  attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    hosts.push(new Ref(this));
    // Hosts the page let go of are dropped now and then, so the list follows the page's live hosts.
    if (hosts.length > pruneAt) {
      const live = hosts.filter((ref) => ref.deref() !== undefined);
      hosts.splice(0, hosts.length, ...live);
      pruneAt = Math.max(1024, live.length * 2);
    }
    announce(this);
    return root;
  },
}.attachShadow;
Object.defineProperty(Element.prototype, 'attachShadow', { value: wrapped, writable: true, configurable: true, enumerable: true });

/**
 * Whether a shadow host is under `root`: one a script attached a root to (open or closed), or an element with an
 * open root the parser attached (declarative).
 */
function holdsHost(root: Element): boolean {
  for (const ref of hosts) {
    const host = ref.deref();
    if (host && root.contains(host)) return true;
  }
  // Every element is asked: reading a property costs less than matching a selector list against each.
  const all = root.getElementsByTagName('*');
  for (let i = 0, element; (element = all[i]); i++) if (element.shadowRoot) return true;
  return false;
}
document.addEventListener(HOSTS_EVENT, (event) => {
  if (event.target instanceof Element && !holdsHost(event.target)) event.preventDefault();
}, true);

document.addEventListener(SHADOW_HELLO_EVENT, () => {
  for (const ref of hosts.slice()) {
    const host = ref.deref();
    if (host?.isConnected) announce(host);
  }
}, true);

/**
 * Ownership (hydration-gate.ts): has the page's framework taken this element over? Expandos are visible here
 * only, in the page's world. The body and the root element are not asked: other scripts keep data there.
 */
const ownKeys = Reflect.ownKeys;
/**
 * Keys a framework sets on a root before it hydrates what is under it: React's hydrateRoot marks its container at
 * once and hydrates the tree in later tasks (each element then gets a fiber of its own).
 */
const BEFORE_HYDRATION = /^(?:__reactContainer\$|_reactListening)/;
const madeOwn = (target: object): boolean => ownKeys(target).some((key) => typeof key !== 'string' || !BEFORE_HYDRATION.test(key));
function owned(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && madeOwn(child)) return true;
  }
  const top = document.body;
  for (let element: Element | null = node instanceof Element ? node : node.parentElement; element && element !== top && element !== document.documentElement; element = element.parentElement) {
    if (madeOwn(element)) return true;
  }
  return false;
}
document.addEventListener(OWNED_EVENT, (event) => {
  if (event.target instanceof Node && owned(event.target)) event.preventDefault();
}, true);
