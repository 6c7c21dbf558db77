/**
 * The one message union between the extension's contexts, named by direction. Every receiver checks the shape
 * at run time (`is…`) before acting: a message is data from another context, not trusted input.
 */

/**
 * Background → content script:
 * - show a short notice in the page (e.g. "no phone number in the selection");
 * - open a call URL the background built, as the page's own navigation (see background/open-call.ts).
 */
export type BackgroundToContent =
  | { readonly type: 'show-notice'; readonly text: string }
  | { readonly type: 'open-call'; readonly url: string };

/** The only URLs a content script will open when asked: call URLs built by `buildCallUrl`. */
export const CALL_URL_PATTERN = /^(?:zoomphonecall:\/\/|zoomphonesms:\/\/|tel:|callto:)[+\d][\d;=?a-z+]*$/;

/**
 * Extension page → background, test builds only: lets the e2e suite invoke the context-menu handler, since a
 * real context-menu click cannot be driven headless. Not compiled into the shipped build.
 */
export type TestToBackground =
  | {
      readonly type: 'test:context-menu-click';
      // The click lands in the active tab of the last focused window, as a real right-click would.
      readonly info: { readonly menuItemId: string; readonly selectionText?: string; readonly frameId?: number };
    }
  | { readonly type: 'test:menus' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isBackgroundToContent(message: unknown): message is BackgroundToContent {
  if (!isRecord(message)) return false;
  if (message.type === 'show-notice') return typeof message.text === 'string';
  return message.type === 'open-call' && typeof message.url === 'string' && CALL_URL_PATTERN.test(message.url);
}

export function isTestToBackground(message: unknown): message is TestToBackground {
  if (!isRecord(message)) return false;
  if (message.type === 'test:menus') return true;
  return (
    message.type === 'test:context-menu-click' &&
    isRecord(message.info) &&
    typeof message.info.menuItemId === 'string'
  );
}
