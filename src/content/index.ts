import browser from 'webextension-polyfill';
import { regionFromLanguages } from '../core/region';
import { isBackgroundToContent } from '../messages';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { callLinksIn, updateLinkHref } from './link-element';
import { LinkQueue } from './link-queue';
import { showNotice } from './notice';
import { observeMutations } from './observe';

async function main(): Promise<void> {
  let settings = await loadSettings();
  const context = { region: regionFromLanguages(navigator.languages), settings: () => settings };

  let observer: MutationObserver | undefined = undefined;
  // Our own DOM changes are taken off the observer's record list right after each slice, so they never come
  // back to us as "new content".
  const queue = new LinkQueue(context, () => observer?.takeRecords());
  observer = observeMutations(document, (node) => queue.add(node));
  queue.add(document.body ?? document.documentElement);

  watchSettings((next) => {
    settings = next;
    for (const link of callLinksIn(document)) updateLinkHref(link, next);
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundToContent(message)) return undefined;
    if (message.type === 'show-notice') showNotice(message.text);
    // The page's own navigation, as a link click would start: the page stays if no handler takes the URL.
    else window.location.assign(message.url);
    return Promise.resolve(true);
  });
}

void main();
