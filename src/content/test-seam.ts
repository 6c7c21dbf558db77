import type { PageLinker } from './page-linker';

/**
 * Test build only (`__TEST_BUILD__`; the shipped build drops the call and this module): lets an e2e page ask
 * the content script to walk the page again and to say when linking has caught up, through DOM events, the
 * one channel shared by the page's world and ours.
 *
 * - `c2z-test:flush` on `document`: answered with `c2z-test:idle` once every change so far is linked.
 * - `c2z-test:rescan` on `document`: walks the whole page again, then answers with `c2z-test:idle`.
 */
export function installContentTestSeam(linker: PageLinker): void {
  const answerWhenIdle = () => {
    void linker.whenIdle().then(() => document.dispatchEvent(new CustomEvent('c2z-test:idle')));
  };
  document.addEventListener('c2z-test:flush', answerWhenIdle);
  document.addEventListener('c2z-test:rescan', () => {
    linker.rescan();
    answerWhenIdle();
  });
}
