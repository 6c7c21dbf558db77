import { parsePhoneNumber } from './phone-lib';
import { isValidCallerId } from './call-url';
import { formatNumber } from './dial-input';
import { isZoomExtension } from './dialable';
import { type Checked, fail, ok } from './problem';
import type { Region } from './region';

/** One caller ID the user can call from: E.164 or a Zoom extension, with the user's own name for it. */
export interface CallerIdEntry {
  readonly number: string;
  readonly label: string;
}

export const MAX_CALLER_IDS = 20;
export const MAX_LABEL_LENGTH = 40;

/**
 * Validates what the user typed as a caller ID and normalises it: '' (none), an extension (2–7 digits) or a
 * valid phone number, written internationally or in the national format of `region`, stored as E.164.
 */
export function parseCallerId(input: string, region: Region): Checked<string> {
  const value = input.trim();
  if (value === '') return ok('');
  if (isZoomExtension(value)) return ok(value);
  if (!/^[+\d(][\d\s().\-]*$/.test(value)) return fail('problemCallerIdChars');
  const parsed = parsePhoneNumber(value, region);
  if (!parsed || !parsed.isValid()) return fail('problemCallerIdInvalid', value);
  return ok(parsed.number);
}

/** A label is free text for the user's eyes only; control characters and overlong names are refused. */
export function parseLabel(input: string): Checked<string> {
  const label = input.trim();
  if (/[\u0000-\u001f\u007f]/.test(label)) return fail('problemLabelChars');
  if (label.length > MAX_LABEL_LENGTH) return fail('problemLabelLength', String(MAX_LABEL_LENGTH));
  return ok(label);
}

/** Checks a stored or imported caller ID list. */
export function checkCallerIds(raw: unknown): Checked<CallerIdEntry[]> {
  if (!Array.isArray(raw)) return fail('problemNotAList');
  if (raw.length > MAX_CALLER_IDS) return fail('problemTooManyCallerIds', String(MAX_CALLER_IDS));
  const entries: CallerIdEntry[] = [];
  for (const item of raw as unknown[]) {
    const entry = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const number = entry.number;
    const label = entry.label ?? '';
    if (typeof number !== 'string' || !isValidCallerId(number)) return fail('problemCallerIdStored', String(number));
    if (typeof label !== 'string' || !parseLabel(label).ok || label !== label.trim()) return fail('problemLabelStored', number);
    if (entries.some((known) => known.number === number)) return fail('problemCallerIdDuplicate', number);
    entries.push({ number, label });
  }
  return ok(entries);
}

/** The number shown for a caller ID: international format for phone numbers, the digits for extensions. */
export function formatCallerId(number: string): string {
  return formatNumber(number.startsWith('+') ? { kind: 'e164', e164: number } : { kind: 'extension', digits: number });
}

/** The caller ID to send with a call: the user's default when it is one of their caller IDs, else '' (none). */
export function defaultCallerId(settings: { readonly callerIds: readonly CallerIdEntry[]; readonly defaultCaller: string }): string {
  const { defaultCaller, callerIds } = settings;
  return defaultCaller !== '' && isValidCallerId(defaultCaller) && callerIds.some((entry) => entry.number === defaultCaller) ? defaultCaller : '';
}
