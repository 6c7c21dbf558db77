/**
 * The naive reference linker, the bench's yardstick (issue 24): libphonenumber-js `findNumbers` on every text
 * node of the page in one pass, then on every text the page adds or changes, seen by one MutationObserver;
 * each match wrapped in `<a href="tel:…">`. No slicing, no prefilter, no framework care.
 */
import { findNumbers } from 'libphonenumber-js';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'A', 'TEMPLATE', 'CODE', 'PRE']);

function linkText(node: Text): void {
  const parent = node.parentElement;
  if (!parent || parent.closest('a, script, style, noscript, textarea, template') || parent.isContentEditable) return;
  const matches = findNumbers(node.data, { defaultCountry: 'US', v2: true });
  // From the last to the first, so earlier offsets stay valid as the node is split.
  for (let i = matches.length - 1; i >= 0; i--) {
    const match = matches[i];
    if (!match) continue;
    const rest = node.splitText(match.endsAt);
    const number = node.splitText(match.startsAt);
    const link = document.createElement('a');
    link.className = 'naive-link';
    link.href = `tel:${match.number.number}`;
    rest.before(link);
    link.append(number);
  }
}

function linkTree(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) {
    linkText(root as Text);
    return;
  }
  if (root instanceof Element && SKIP.has(root.tagName)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && SKIP.has(node.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) linkText(text);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'characterData') linkTree(record.target);
    else record.addedNodes.forEach((node) => { if (node.isConnected) linkTree(node); });
  }
  // Our own wrapping is not new content.
  observer.takeRecords();
});
linkTree(document.body);
observer.observe(document.body, { childList: true, subtree: true, characterData: true });
