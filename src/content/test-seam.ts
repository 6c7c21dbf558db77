import { PageLinker } from './page-linker';
import { screenCounts } from './screen';

/** How often the seam looks whether the queue has drained, while it waits for it. */
const POLL_MS = 5;

/**
 * Test build only (`__TEST_BUILD__`; the shipped build drops this module): the linker with the hooks the e2e
 * suite uses, through DOM events, the one channel shared by the page's world and ours.
 *
 * - `c2z-test:flush` on `document`: answered with `c2z-test:idle` once every change so far is linked.
 * - `c2z-test:rescan` on `document`: walks the whole page again, then answers with `c2z-test:idle`.
 *
 * Before it answers, the root element's `data-c2z-test-screen` says "subtrees screened, blocks left out" (screen.ts).
 */
export class TestPageLinker extends PageLinker {
  constructor(...args: ConstructorParameters<typeof PageLinker>) {
    super(...args);
    this.doc.addEventListener('c2z-test:flush', () => this.#answerWhenIdle());
    this.doc.addEventListener('c2z-test:rescan', () => {
      // Linking is idempotent: this changes nothing already linked.
      this.queue.add(this.doc.body ?? this.doc.documentElement, 'prompt');
      this.#answerWhenIdle();
    });
  }

  /**
   * Once every change made so far has been linked: first lets pending mutation records reach the observers
   * (their callbacks run before the next task), then waits for the queue to drain.
   */
  #answerWhenIdle(): void {
    const check = () => {
      if (this.queue.idle) {
        this.doc.documentElement.setAttribute('data-c2z-test-screen', `${screenCounts.screened} ${screenCounts.clean}`);
        this.doc.dispatchEvent(new CustomEvent('c2z-test:idle'));
      }
      else setTimeout(check, POLL_MS);
    };
    setTimeout(check, 0);
  }
}
