import browser from 'webextension-polyfill';
import { type BackgroundToContent, REPLY_CHECKS, type ReplyTo } from '../messages';

/**
 * `tabs.sendMessage` to the content script in a tab's frame (or to every frame: the first answer wins), with the
 * reply checked against the request's reply type: undefined where the reply is not of that shape. Rejects, as
 * `tabs.sendMessage` does, where no content script runs or none answers.
 */
export async function sendToTab<M extends BackgroundToContent>(tabId: number, message: M, frameId?: number): Promise<ReplyTo<M> | undefined> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId });
  const check = REPLY_CHECKS[message.type] as (reply: unknown) => reply is ReplyTo<M>;
  return check(reply) ? reply : undefined;
}
