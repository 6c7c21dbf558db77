import { parseCallHref } from '../core/dial-input';
import type { Dialable } from '../core/dialable';
import { addRecentCall } from '../platform/recent-calls';
import { dialableOf } from './link-element';
import { isOurLink } from './link-markup';
import { showCallNotice } from './notice';
import type { PageState } from './page-state';

/** The anchor an event happened in, across open shadow roots. */
export function anchorOf(event: Event): HTMLAnchorElement | undefined {
  return event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
}

/** The call link of ours an event happened in, across open shadow roots. */
export function ourLinkOf(event: Event): HTMLAnchorElement | undefined {
  return event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && isOurLink(node));
}

/** The number a call link dials: ours carry it in data attributes; a page's own tel:/callto: link in its href. */
export function linkTarget(link: HTMLAnchorElement, state: PageState): Dialable | undefined {
  if (isOurLink(link)) return dialableOf(link);
  return parseCallHref(link.getAttribute('href') ?? '', state.region());
}

/** Adds a call the user made from this page to the recent calls, when they keep them. */
export function recordCall(state: PageState, target: Dialable): void {
  showCallNotice();
  if (state.settings().keepRecentCalls) void addRecentCall({ target, sms: false, at: Date.now() }).catch(() => undefined);
}
