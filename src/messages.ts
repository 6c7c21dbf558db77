/**
 * The one message union between the extension's contexts, named by direction. Every receiver checks the shape
 * at run time (`is…`) before acting: a message is data from another context, not trusted input. Receivers in the
 * background also check the sender (see background/messages-in.ts): only our own contexts are heard, and a
 * content script's messages act on the tab they came from, never on a tab named in the message.
 */
import { type Dialable, isWellFormed } from './core/dialable';

/**
 * Background or popup → content script:
 * - show a short notice in the page (e.g. "no phone number in the selection");
 * - open a call URL the background built, as the page's own navigation (see background/open-call.ts);
 * - `page-info`: answer with the page's site, region and linked numbers (`PageInfo`);
 * - `get-selection`: answer with the selected text (`SelectionInfo`), only from a frame that has a selection.
 */
export type BackgroundToContent =
  | { readonly type: 'show-notice'; readonly text: string }
  | { readonly type: 'open-call'; readonly url: string }
  | { readonly type: 'page-info' }
  | { readonly type: 'get-selection' };

export interface PageInfo {
  readonly hostname: string;
  /** The region the page's national numbers are read for (ISO 3166 code). */
  readonly region: string;
  readonly linking: boolean;
  /** The page's linked numbers, once each, in document order. */
  readonly numbers: readonly Dialable[];
}

export interface SelectionInfo {
  readonly text: string;
  readonly region: string;
}

/** The reply to each BackgroundToContent request, by its type (content/page-requests.ts answers them all). */
export interface BackgroundToContentReplies {
  readonly 'show-notice': true;
  readonly 'open-call': true;
  readonly 'page-info': PageInfo;
  readonly 'get-selection': SelectionInfo;
}
export type ReplyTo<M extends BackgroundToContent> = BackgroundToContentReplies[M['type']];
export type BackgroundToContentReply = BackgroundToContentReplies[BackgroundToContent['type']];

/**
 * Content script → background:
 * - `context-target`: the call link the user right-clicked (a trusted event), or null, so the link item's title
 *   can name the number before the menu opens; only the title depends on it, never what is dialled;
 * - `page-count`: how many numbers this frame has linked, for the toolbar badge.
 */
export type ContentToBackground =
  | { readonly type: 'context-target'; readonly target: Dialable | null }
  | { readonly type: 'page-count'; readonly count: number };

/** Popup → background: call or text a number the user chose in the popup, in the tab the popup belongs to. */
export type PopupToBackground = { readonly type: 'popup-call'; readonly target: Dialable; readonly sms: boolean; readonly tabId: number };

/** The only URLs a content script will open when asked: call URLs built by `buildCallUrl` / `buildSmsUrl`. */
export const CALL_URL_PATTERN = /^(?:zoomphonecall:\/\/|zoomphonesms:\/\/|tel:|callto:)[+\d][\d;=?a-z+]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A Dialable as received: plain data of the right shape whose digits validate. */
export function isDialable(value: unknown): value is Dialable {
  if (!isRecord(value)) return false;
  if (value.kind === 'extension') return typeof value.digits === 'string' && isWellFormed({ kind: 'extension', digits: value.digits });
  if (value.kind !== 'e164' || typeof value.e164 !== 'string') return false;
  if (value.ext !== undefined && typeof value.ext !== 'string') return false;
  return isWellFormed({ kind: 'e164', e164: value.e164, ...(value.ext === undefined ? {} : { ext: value.ext }) });
}

// Every type of the union, once: the compiler refuses this list if a type is added to the union and not here.
const BACKGROUND_TO_CONTENT_TYPES: Record<BackgroundToContent['type'], true> = {
  'show-notice': true,
  'open-call': true,
  'page-info': true,
  'get-selection': true,
};

/**
 * Whether `message` names one of BackgroundToContent's types, its other fields unchecked: the content script's
 * entry asks only this before it starts the rest, which checks the whole message (isBackgroundToContent). Kept
 * free of regular expressions: the entry runs on every page, and the first one a script builds or even parses
 * has a cost of its own (BENCHMARKS.md).
 */
export function hasBackgroundToContentType(message: unknown): message is { readonly type: BackgroundToContent['type'] } {
  return isRecord(message) && typeof message.type === 'string' && Object.hasOwn(BACKGROUND_TO_CONTENT_TYPES, message.type);
}

export function isBackgroundToContent(message: unknown): message is BackgroundToContent {
  if (!isRecord(message)) return false;
  if (message.type === 'show-notice') return typeof message.text === 'string';
  if (message.type === 'page-info' || message.type === 'get-selection') return true;
  return message.type === 'open-call' && typeof message.url === 'string' && CALL_URL_PATTERN.test(message.url);
}

export function isContentToBackground(message: unknown): message is ContentToBackground {
  if (!isRecord(message)) return false;
  if (message.type === 'context-target') return message.target === null || isDialable(message.target);
  return message.type === 'page-count' && Number.isInteger(message.count) && (message.count as number) >= 0;
}

export function isPopupToBackground(message: unknown): message is PopupToBackground {
  return (
    isRecord(message) && message.type === 'popup-call' && isDialable(message.target) && typeof message.sms === 'boolean' &&
    Number.isInteger(message.tabId) && (message.tabId as number) >= 0
  );
}

export function isPageInfo(value: unknown): value is PageInfo {
  return (
    isRecord(value) && typeof value.hostname === 'string' && typeof value.region === 'string' && typeof value.linking === 'boolean' &&
    Array.isArray(value.numbers) && value.numbers.every(isDialable)
  );
}

export function isSelectionInfo(value: unknown): value is SelectionInfo {
  return isRecord(value) && typeof value.text === 'string' && typeof value.region === 'string';
}

/** Each reply, checked as received: data from another context, like any message. */
export const REPLY_CHECKS: { readonly [K in BackgroundToContent['type']]: (reply: unknown) => reply is BackgroundToContentReplies[K] } = {
  'show-notice': (reply): reply is true => reply === true,
  'open-call': (reply): reply is true => reply === true,
  'page-info': isPageInfo,
  'get-selection': isSelectionInfo,
};
