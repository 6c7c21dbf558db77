import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { isScheme, isValidCallerId, type Scheme } from './call-url';
import { isZoomExtension } from './dialable';
import type { Region } from './region';

/** Every stored setting with its default. The stored shape is exactly this object. */
export const DEFAULT_SETTINGS = {
  /** Caller ID sent with zoomphonecall links: E.164 or a Zoom extension; '' sends none (Zoom's default). */
  callerId: '',
  scheme: 'zoomphonecall' as Scheme,
};

export type Settings = typeof DEFAULT_SETTINGS;

/**
 * Reads stored settings field by field: a field that is missing or invalid falls back to its default, so a
 * damaged or older store never leaves the extension in a bad state.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS };
  if (typeof stored.callerId === 'string' && (stored.callerId === '' || isValidCallerId(stored.callerId))) {
    settings.callerId = stored.callerId;
  }
  if (isScheme(stored.scheme)) settings.scheme = stored.scheme;
  return settings;
}

export type CallerIdResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly error: string };

/**
 * Validates what the user typed as a caller ID and normalises it: '' (none), an extension (2–7 digits) or a
 * valid phone number, written internationally or in the national format of `region`, stored as E.164.
 */
export function parseCallerId(input: string, region: Region): CallerIdResult {
  const value = input.trim();
  if (value === '') return { ok: true, value: '' };
  if (isZoomExtension(value)) return { ok: true, value };
  if (!/^[+\d][\d\s().\-]*$/.test(value)) {
    return { ok: false, error: 'A caller ID holds only digits, spaces and ( ) - . — like +1 212 555 0100, or an extension like 1234.' };
  }
  const parsed = parsePhoneNumberFromString(value, region);
  if (!parsed || !parsed.isValid()) {
    return { ok: false, error: `“${value}” is not a valid phone number. Use international format (+1 212 555 0100) or an extension (2–7 digits).` };
  }
  return { ok: true, value: parsed.number };
}
