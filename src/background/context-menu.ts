import browser from 'webextension-polyfill';
import { parseCallHref } from '../core/dial-input';
import { parseSelection } from '../core/parse-selection';
import { checkedRegion, pageInfo, placeCall } from './calls';
import { menuAction, menusApi, showLinkTarget } from './menu-items';
import { notifyInTab } from './open-call';

export const MENU_CALL_SELECTION = 'call-selection';

/** The part of a menu click the handler reads; a real `OnClickData` and the test seam's message both fit. */
export interface MenuClick {
  readonly menuItemId: string | number;
  readonly selectionText?: string;
  readonly linkUrl?: string;
  readonly frameId?: number;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

/**
 * Acts on a click the browser delivered: what is dialled comes from the click itself (the selected text, or the
 * URL of the link right-clicked, both reported by the browser), read with the page's region, never from anything
 * the page sent.
 */
export async function handleMenuClick(info: MenuClick, tab: { id?: number } | undefined): Promise<void> {
  const action = menuAction(info.menuItemId);
  if (!action) return;
  const tabId = tab?.id;
  const page = await pageInfo(tabId, info.frameId ?? 0);
  const region = checkedRegion(page?.region);
  const text = action.source === 'link' ? (info.linkUrl ?? '') : (info.selectionText ?? '');
  const target = action.source === 'link' ? parseCallHref(text, region) : parseSelection(text, region);
  if (!target) {
    await notifyInTab(tabId, browser.i18n.getMessage('noticeNoNumber', shorten(text)), info.frameId);
    return;
  }
  // Site rules read the frame the menu opened in, as that frame's own links do.
  const options = { sms: action.kind === 'text', hostname: page?.hostname ?? '' };
  await placeCall(tabId, target, action.callerId ? { ...options, callerId: action.callerId } : options);
}

interface ShownInfo {
  readonly contexts: readonly string[];
  readonly linkUrl?: string;
}

/**
 * Firefox: names the number in the link items as the menu opens (`onShown`, then `refresh`). Chrome has no such
 * event; there the content script's report of the right-clicked link updates the titles (see messages-in.ts).
 */
export function watchMenuShown(): void {
  const menus = menusApi() as (ReturnType<typeof menusApi> & { onShown?: { addListener(fn: (info: ShownInfo) => void): void }; refresh?: () => Promise<void> }) | undefined;
  if (!menus?.onShown || !menus.refresh) return;
  const refresh = menus.refresh;
  menus.onShown.addListener((info) => {
    if (!info.contexts.includes('link')) return;
    const linkUrl = info.linkUrl ?? '';
    const target = parseCallHref(linkUrl, checkedRegion(undefined));
    // A national number the browser's region cannot read: the content script's report (page region) stands.
    if (!target && /^(?:tel|callto|zoomphonecall):/i.test(linkUrl)) return;
    void showLinkTarget(target ?? null).then(() => refresh());
  });
}
