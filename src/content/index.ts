import browser from 'webextension-polyfill';
import { displayDialable } from '../platform/display-number';
import type { Dialable } from '../core/dialable';
import { inferPageRegion } from '../core/region';
import { effectiveRegion } from '../core/region-choice';
import type { Settings } from '../core/settings';
import { isLinkingAllowed } from '../core/site-list';
import { type BackgroundToContentReply, isBackgroundToContent } from '../messages';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { installCallFeatures } from './call-features';
import { NumberHighlights } from './highlights';
import { checkOnReturn, ScriptLifecycle } from './lifecycle';
import { PageLinker } from './page-linker';
import { answerRequest } from './page-requests';
import type { PageState } from './page-state';
import { TestPageLinker } from './test-seam';

/** The site this document belongs to; an about:blank frame belongs to the page that made it. */
function siteHostname(): string {
  if (location.hostname) return location.hostname;
  try {
    return window.parent.location.hostname;
  } catch {
    return '';
  }
}

/** What the entry (boot.ts) needs from the started script: the answer to each message it hears. */
export interface Started {
  answer(message: unknown): BackgroundToContentReply | undefined;
}

/** "Call … with Zoom", from the locale's message with a placeholder, filled per number without another lookup. */
function callLabels(): (target: Dialable) => string {
  const SLOT = '\uE000';
  let template: string | undefined;
  return (target) => {
    template ??= browser.i18n.getMessage('linkTitle', SLOT) || SLOT;
    return template.replace(SLOT, displayDialable(target));
  };
}

async function main(lifecycle: ScriptLifecycle): Promise<Started> {
  const hostname = siteHostname();
  const pageRegion = inferPageRegion({ hostname, htmlLang: document.documentElement.getAttribute('lang') });
  const regionFor = (s: Settings) => effectiveRegion(s, navigator.languages, pageRegion);

  let settings = await loadSettings();
  let region = regionFor(settings);
  const marks = NumberHighlights.for(document);
  const context = {
    region: () => region,
    // Read before each change the linker makes to the page: a moment to check the extension is still there.
    settings: () => {
      lifecycle.check();
      return settings;
    },
    label: callLabels(),
  };
  const linker = __TEST_BUILD__ ? new TestPageLinker(document, context, marks) : new PageLinker(document, context, marks);
  lifecycle.onStop(() => linker.stop());
  let linking = isLinkingAllowed(settings, hostname);
  if (linking) linker.start();

  lifecycle.onStop(watchSettings((next) => {
    const wasLinking = linking;
    const oldRegion = region;
    settings = next;
    region = regionFor(next);
    linking = isLinkingAllowed(next, hostname);
    // Off for this site: the page's own text comes back exactly as it was.
    if (!linking) {
      if (wasLinking) linker.stop();
    } else if (!wasLinking) linker.start();
    // Numbers read differently in another region: link the page again.
    else if (region !== oldRegion) linker.relink();
    else linker.refreshLinks();
  }));

  const state: PageState = { hostname, settings: () => settings, region: () => region, linking: () => linking, marks, parked: linker.parked };
  installCallFeatures(state, lifecycle);
  checkOnReturn(lifecycle);
  return { answer: (message) => (!lifecycle.signal.aborted && isBackgroundToContent(message) ? answerRequest(message, state) : undefined) };
}

const lifecycle = new ScriptLifecycle();
/** Loaded by boot.ts when the page may need us; resolves once linking has started (undefined if we were cut off). */
export const started: Promise<Started | undefined> = main(lifecycle).catch((error: unknown) => {
  // Loading the settings throws when the extension went away meanwhile: nothing to run then (check stops the
  // script). Anything else is a bug, and stays loud.
  if (lifecycle.check()) throw error;
  return undefined;
});
