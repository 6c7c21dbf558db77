import type { Dialable } from '../core/dialable';
import { ourLinkOf } from './call-link';
import { dialableOf } from './link-element';

/** Where a link's title may first be shown: a pointer over it, or focus on it (a screen reader reads it then). */
const TITLE_EVENTS = ['pointerover', 'focusin'] as const;

/**
 * Gives a call link its title ("Call … with Zoom", in the user's language) when the pointer or focus first
 * reaches it: formatting every number when it is linked cost more than finding it, for titles few are ever shown.
 * One capture listener per root the linker observes (the document and its shadow roots).
 */
export class LinkTitles {
  constructor(private readonly label: (target: Dialable) => string) {}

  listen(root: Document | ShadowRoot): void {
    for (const type of TITLE_EVENTS) root.addEventListener(type, this.#onEvent, { capture: true, passive: true });
  }

  unlisten(root: Document | ShadowRoot): void {
    for (const type of TITLE_EVENTS) root.removeEventListener(type, this.#onEvent, true);
  }

  readonly #onEvent = (event: Event): void => {
    const link = ourLinkOf(event);
    const target = link && !link.hasAttribute('title') ? dialableOf(link) : undefined;
    if (!link || !target) return;
    try {
      link.title = this.label(target);
    } catch {
      // Cut off from the extension (reloaded or updated under this page): its links still call, untitled.
    }
  };
}
