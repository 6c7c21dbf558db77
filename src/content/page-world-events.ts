/**
 * The messages between our page-world script (page-world.ts) and the content script. They carry nothing.
 * SHADOW_ROOT_EVENT is dispatched on an element that has been given a shadow root: "look at this host".
 * SHADOW_HELLO_EVENT, dispatched on the document by the content script, asks the hook to send SHADOW_ROOT_EVENT
 * again for every host still in the page (roots attached before the content script ran). A page can send
 * either; all it gets is hosts looked at.
 */
export const SHADOW_ROOT_EVENT = 'c2z-shadow-root';
export const SHADOW_HELLO_EVENT = 'c2z-shadow-hello';

/**
 * Dispatched (cancelable) by the content script on an element: the page-world script cancels it when a script
 * of the page has made that element, an ancestor or a text in it its own (a framework's expando properties:
 * React's fibers, Vue's and Preact's root vnodes, Svelte's text symbols). One bit, read from dispatchEvent's
 * result; a page that lies only moves when its own numbers become links.
 */
export const OWNED_EVENT = 'c2z-owned';

/**
 * Dispatched (cancelable) by the content script on an element before it reads the element's text from its markup
 * (screen.ts): the page-world script cancels it when no shadow host is under the element, none it saw attached
 * and no element with an open root (declarative ones included). Unanswered, the content script walks the DOM as
 * usual; a page that lies only hides its own numbers.
 */
export const HOSTS_EVENT = 'c2z-hosts';
