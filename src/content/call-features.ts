import { watchContextTarget } from './context-target';
import { handleHighlights } from './highlight-events';
import type { ScriptLifecycle } from './lifecycle';
import { installHoverCard } from './hover-card';
import { reportNumberCount } from './page-numbers';
import type { PageState } from './page-state';
import { routeLinks } from './route-links';

/**
 * The page side of calling, installed once the content script has started: the click on a call link
 * (route-links.ts), the right-clicked link for the menu's title (context-target.ts), clicks and the pointer on
 * marked numbers (highlight-events.ts), and the badge count. Requests from the background are answered by
 * page-requests.ts.
 */
export function installCallFeatures(state: PageState, lifecycle: ScriptLifecycle): void {
  watchContextTarget(state, lifecycle);
  installHoverCard(state, lifecycle);
  routeLinks(state, lifecycle);
  if (state.marks) handleHighlights(state.marks, state, lifecycle);
  reportNumberCount(document, lifecycle, state.marks, state.parked);
}
