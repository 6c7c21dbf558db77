import browser from 'webextension-polyfill';
import { type Dialable, isWellFormed } from '../core/dialable';

/** The recent-calls list lives on this device only (storage.local), never in sync. */
export const RECENT_CALLS_KEY = 'recentCalls';
export const MAX_RECENT_CALLS = 20;

export interface RecentCall {
  readonly target: Dialable;
  readonly sms: boolean;
  /** When it was handed to Zoom, in ms since the epoch (whether Zoom then placed it, the browser cannot tell). */
  readonly at: number;
  /** The caller ID it was opened with ('' or absent for none). */
  readonly callerId?: string;
  /** The URL that was opened, as it was built. */
  readonly url?: string;
}

function isRecentCall(value: unknown): value is RecentCall {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const target = entry.target as Dialable | undefined;
  if (entry.callerId !== undefined && typeof entry.callerId !== 'string') return false;
  if (entry.url !== undefined && typeof entry.url !== 'string') return false;
  return typeof entry.sms === 'boolean' && typeof entry.at === 'number' && typeof target === 'object' && target !== null && isWellFormed(target);
}

/** The stored list, newest first; entries that fail their check are dropped. */
export async function loadRecentCalls(): Promise<RecentCall[]> {
  const stored = (await browser.storage.local.get(RECENT_CALLS_KEY))[RECENT_CALLS_KEY];
  return Array.isArray(stored) ? stored.filter(isRecentCall).slice(0, MAX_RECENT_CALLS) : [];
}

function sameNumber(a: Dialable, b: Dialable): boolean {
  return a.kind === 'extension' ? b.kind === 'extension' && a.digits === b.digits : b.kind === 'e164' && a.e164 === b.e164 && a.ext === b.ext;
}

/** Puts a number at the top of the list (once: an earlier entry for it is dropped), keeping the newest 20. */
export async function addRecentCall(call: RecentCall): Promise<void> {
  const calls = (await loadRecentCalls()).filter((entry) => !sameNumber(entry.target, call.target));
  await browser.storage.local.set({ [RECENT_CALLS_KEY]: [call, ...calls].slice(0, MAX_RECENT_CALLS) });
}

/** Puts back a list taken before Clear (the popup's Undo). */
export async function restoreRecentCalls(calls: readonly RecentCall[]): Promise<void> {
  await browser.storage.local.set({ [RECENT_CALLS_KEY]: calls.slice(0, MAX_RECENT_CALLS) });
}

export function clearRecentCalls(): Promise<void> {
  return browser.storage.local.remove(RECENT_CALLS_KEY);
}
