import browser from 'webextension-polyfill';
import { inferPageRegion } from '../core/region';
import { effectiveRegion } from '../core/region-choice';
import type { Settings } from '../core/settings';
import { isLinkingAllowed } from '../core/site-list';
import { isBackgroundToContent } from '../messages';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { installCallFeatures } from './call-features';
import { NumberHighlights } from './highlights';
import { checkOnReturn, releaseLeftovers, ScriptLifecycle } from './lifecycle';
import { showCallNotice, showNotice } from './notice';
import { PageLinker } from './page-linker';
import { installContentTestSeam } from './test-seam';

/** The site this document belongs to; an about:blank frame belongs to the page that made it. */
function siteHostname(): string {
  if (location.hostname) return location.hostname;
  try {
    return window.parent.location.hostname;
  } catch {
    return '';
  }
}

/** What the entry (boot.ts) needs from the started script: an answer to the message that made it load us. */
export interface Started {
  answer(message: unknown): Promise<unknown> | undefined;
  whenIdle(): Promise<void>;
}

async function main(lifecycle: ScriptLifecycle): Promise<Started> {
  const hostname = siteHostname();
  const pageRegion = inferPageRegion({ hostname, htmlLang: document.documentElement.getAttribute('lang') });
  const regionFor = (s: Settings) => effectiveRegion(s, navigator.languages, pageRegion);

  let settings = await loadSettings();
  let region = regionFor(settings);
  const marks = NumberHighlights.for(document);
  const linker = new PageLinker(document, {
    region: () => region,
    // Read before each change the linker makes to the page: a moment to check the extension is still there.
    settings: () => {
      lifecycle.check();
      return settings;
    },
  }, marks);
  lifecycle.onStop(() => linker.stop());
  // Links an earlier copy of this script left (Firefox, after an update) are linked again, by this copy.
  releaseLeftovers(document);
  let linking = isLinkingAllowed(settings, hostname);
  if (linking) linker.start();
  if (__TEST_BUILD__) installContentTestSeam(linker);

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

  const answer = (message: unknown) => {
    if (!isBackgroundToContent(message)) return undefined;
    if (message.type === 'show-notice') showNotice(message.text);
    // The page's own navigation, as a link click would start: the page stays if no handler takes the URL.
    else if (message.type === 'open-call') {
      window.location.assign(message.url);
      showCallNotice();
    }
    else return undefined; // answered by call-features.ts
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(answer);
  lifecycle.onStop(() => browser.runtime.onMessage.removeListener(answer));
  const answerFeatures = installCallFeatures({ hostname, settings: () => settings, region: () => region, linking: () => linking, marks }, lifecycle);
  checkOnReturn(lifecycle);
  return { answer: (message) => answer(message) ?? answerFeatures(message), whenIdle: () => linker.whenIdle() };
}

const lifecycle = new ScriptLifecycle();
/** Loaded by boot.ts when the page may need us; resolves once linking has started (undefined if we were cut off). */
export const started: Promise<Started | undefined> = main(lifecycle).catch((error: unknown) => {
  // Loading the settings throws when the extension went away meanwhile: nothing to run then (check stops the
  // script). Anything else is a bug, and stays loud.
  if (lifecycle.check()) throw error;
  return undefined;
});
