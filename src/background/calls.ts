import { isSupportedCountry } from '../core/phone-lib';
import { buildCallUrl, buildSmsUrl } from '../core/call-url';
import { chooseCallerId } from '../core/caller-id-rules';
import type { Dialable } from '../core/dialable';
import { type Region, regionFromLanguages } from '../core/region';
import type { BackgroundToContent, PageInfo, ReplyTo, SelectionInfo } from '../messages';
import { addRecentCall } from '../platform/recent-calls';
import { loadSettings } from '../platform/settings-store';
import { sendToTab } from '../platform/tab-messages';
import { openCallUrl } from './open-call';

export interface CallOptions {
  readonly sms?: boolean;
  /** A caller ID the user picked ("Call as…"); used only when it is one of their configured caller IDs. */
  readonly callerId?: string;
  /**
   * The host of the page (frame) the call was started from, for site rules; by default the host of the tab's top
   * page as its content script reports it, '' where none answers (a browser page: only destination rules apply).
   */
  readonly hostname?: string;
}

/**
 * Places a call (or opens a text) to a number the user chose, in `tabId`: the URL is built here by the core from
 * the validated number and the user's settings, and the call is added to the recent list when that is on. The
 * caller ID is the one picked with "Call as…", else the first caller-ID rule that matches, else the default.
 */
export async function placeCall(tabId: number | undefined, target: Dialable, options: CallOptions = {}): Promise<void> {
  const settings = await loadSettings();
  const chosen = options.callerId !== undefined && settings.callerIds.some((entry) => entry.number === options.callerId) ? options.callerId : undefined;
  const hostname = chosen !== undefined ? '' : (options.hostname ?? (await pageInfo(tabId))?.hostname ?? '');
  const callerId = chosen ?? chooseCallerId(settings, target, hostname).callerId;
  const sms = options.sms === true && settings.smsEnabled;
  const url = sms ? buildSmsUrl(target, callerId) : buildCallUrl(target, settings.scheme, callerId);
  await openCallUrl(tabId, url);
  if (settings.keepRecentCalls) await addRecentCall({ target, sms, at: Date.now(), callerId, url });
}

async function ask<M extends BackgroundToContent>(tabId: number | undefined, message: M, frameId?: number): Promise<ReplyTo<M> | undefined> {
  if (tabId === undefined || tabId < 0) return undefined;
  return sendToTab(tabId, message, frameId).catch(() => undefined);
}

/** What the page in a tab (frame) says about itself; undefined where no content script answers. */
export async function pageInfo(tabId: number | undefined, frameId = 0): Promise<PageInfo | undefined> {
  return ask(tabId, { type: 'page-info' }, frameId);
}

export function checkedRegion(region: string | undefined): Region {
  return region !== undefined && isSupportedCountry(region) ? region : regionFromLanguages(navigator.languages);
}

/** The text selected in a tab, from whichever frame holds a selection; undefined when none does. */
export async function selectionIn(tabId: number | undefined): Promise<SelectionInfo | undefined> {
  const info = await ask(tabId, { type: 'get-selection' });
  return info && info.text.trim() !== '' ? info : undefined;
}
