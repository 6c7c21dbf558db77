import browser, { type Runtime } from 'webextension-polyfill';
import { isContentToBackground, isPopupToBackground } from '../messages';
import { setFrameCount } from './badge';
import { placeCall } from './calls';
import { showLinkTarget } from './menu-items';

const POPUP_PAGE = 'src/popup/index.html';

/** A message from one of our extension pages (the popup); content scripts report the page's URL instead. */
function fromPopup(sender: Runtime.MessageSender): boolean {
  const popup = browser.runtime.getURL(POPUP_PAGE);
  return sender.url === popup || (sender.url?.startsWith(`${popup}?`) ?? false);
}

/**
 * Messages from our own contexts only (`sender.id`): a content script's report acts on the tab it came from
 * (`sender.tab`), never on a tab the message names; only the popup may ask for a call, and only for a number
 * that validates, which the core then builds the URL for.
 */
export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isPopupToBackground(message) && fromPopup(sender)) {
      return placeCall(message.tabId, message.target, { sms: message.sms }).then(() => true);
    }
    const tabId = sender.tab?.id;
    if (!isContentToBackground(message) || tabId === undefined || fromPopup(sender)) return undefined;
    if (message.type === 'context-target') return showLinkTarget(message.target).then(() => true);
    return setFrameCount(tabId, sender.frameId ?? 0, message.count).then(() => true);
  });
}
