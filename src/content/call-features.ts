import browser from 'webextension-polyfill';
import type { Region } from '../core/region';
import type { Settings } from '../core/settings';
import { isBackgroundToContent, type PageInfo, type SelectionInfo } from '../messages';
import { watchContextTarget } from './context-target';
import { handleHighlights } from './highlight-events';
import type { NumberHighlights } from './highlights';
import type { ScriptLifecycle } from './lifecycle';
import { installHoverCard } from './hover-card';
import { linkedNumbers, reportNumberCount } from './page-numbers';
import { recordCall, routeLinks } from './route-links';

/** What the calling features read from the content script's state, always current. */
export interface PageState {
  readonly hostname: string;
  settings(): Settings;
  region(): Region;
  linking(): boolean;
  /** The numbers marked, not linked, in huge tables; undefined where the browser cannot highlight. */
  readonly marks: NumberHighlights | undefined;
}

/**
 * The page side of calling: answers the popup and background about this page (its numbers, region, selection),
 * reports the right-clicked call link and the badge count, and handles clicks on call links and marked numbers.
 */
export function installCallFeatures(state: PageState, lifecycle: ScriptLifecycle): (message: unknown) => Promise<unknown> | undefined {
  const answer = (message: unknown) => {
    if (!isBackgroundToContent(message)) return undefined;
    if (message.type === 'page-info') {
      const info: PageInfo = { hostname: state.hostname, region: state.region(), linking: state.linking(), numbers: linkedNumbers(document, state.marks) };
      return Promise.resolve(info);
    }
    if (message.type !== 'get-selection') return undefined;
    const text = getSelection()?.toString() ?? '';
    // Only a frame holding a selection answers, so the answer comes from where the user selected.
    if (text.trim() === '') return undefined;
    const info: SelectionInfo = { text, region: state.region() };
    return Promise.resolve(info);
  };
  browser.runtime.onMessage.addListener(answer);
  lifecycle.onStop(() => browser.runtime.onMessage.removeListener(answer));
  watchContextTarget(state, lifecycle);
  installHoverCard(state, lifecycle, recordCall);
  routeLinks(state, lifecycle);
  if (state.marks) handleHighlights(state.marks, state, lifecycle);
  reportNumberCount(document, lifecycle, state.marks);
  return answer;
}
