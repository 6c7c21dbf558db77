/**
 * Watches a document (or shadow root) for text that arrives or changes later. The callback only hands nodes on;
 * it does no work of its own, so a page that mutates constantly pays almost nothing here.
 */
export function observeMutations(root: Node, onNode: (node: Node) => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') onNode(record.target);
      else record.addedNodes.forEach(onNode);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return observer;
}
