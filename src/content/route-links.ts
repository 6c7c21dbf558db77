import { buildCallUrl } from '../core/call-url';
import { anchorOf, linkTarget, recordCall } from './call-link';
import { confirmInstead } from './hover-card';
import type { ScriptLifecycle } from './lifecycle';
import { callerIdFor } from './link-element';
import { isOurLink } from './link-markup';
import type { PageState } from './page-state';

/**
 * The one delegated click listener for call links (what a click on a link does is decided here and nowhere else):
 * - our links: a click a page script made (`isTrusted` false, e.g. `link.click()`) is cancelled, so a page cannot
 *   dial through them; the user's own click goes ahead and is added to the recent calls;
 * - the page's own `tel:`/`callto:` links, when the scheme is zoomphonecall and routing is on: the user's plain
 *   click opens the zoomphonecall URL the core builds from the link's validated number instead of the system
 *   handler. Modified clicks, other buttons and clicks the page already cancelled are left alone.
 */
export function routeLinks(state: PageState, lifecycle: ScriptLifecycle): void {
  window.addEventListener('click', (event) => {
    const link = anchorOf(event);
    if (!link) return;
    const ours = isOurLink(link);
    if (!event.isTrusted) {
      if (ours) event.preventDefault();
      return;
    }
    // Cut off from the extension (see lifecycle.ts): the click does what the link says, and the script stops.
    if (!lifecycle.check()) return;
    const target = linkTarget(link, state);
    if (!target || event.button !== 0 || event.defaultPrevented) return;
    if (ours) return confirmInstead(event, link, target) || recordCall(state, target);
    const settings = state.settings();
    if (!settings.routeExistingLinks || settings.scheme !== 'zoomphonecall' || !state.linking()) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (confirmInstead(event, link, target)) return;
    event.preventDefault();
    window.location.assign(buildCallUrl(target, 'zoomphonecall', callerIdFor(settings, target)));
    recordCall(state, target);
  }, { capture: true, signal: lifecycle.signal });
}
