import type { BackgroundToContent, BackgroundToContentReply } from '../messages';
import { linkedNumbers } from './page-numbers';
import { showCallNotice, showNotice } from './notice';
import type { PageState } from './page-state';

/**
 * The page's answer to each request of the background or popup (checked with isBackgroundToContent first). The
 * one listener (boot.ts) decides which frame answers.
 */
export function answerRequest(message: BackgroundToContent, state: PageState): BackgroundToContentReply {
  switch (message.type) {
    case 'show-notice':
      showNotice(message.text);
      return true;
    case 'open-call':
      // The page's own navigation, as a link click would start: the page stays if no handler takes the URL.
      window.location.assign(message.url);
      showCallNotice();
      return true;
    case 'page-info':
      return { hostname: state.hostname, region: state.region(), linking: state.linking(), numbers: linkedNumbers(document, state.marks, state.parked) };
    case 'get-selection':
      return { text: getSelection()?.toString() ?? '', region: state.region() };
    default:
      return message satisfies never;
  }
}
