import { isSupportedCountry } from './phone-lib';
import { isScheme, isValidCallerId, type Scheme } from './call-url';
import { type CallerIdEntry, checkCallerIds } from './caller-id';
import { type CallerIdRule, checkCallerIdRules } from './caller-id-rules';
import { type Checked, fail, ok, type Problem } from './problem';
import type { Region } from './region';
import { isSitePattern, MAX_SITES, SITE_LIST_MODES, type SiteListMode } from './site-list';

/** Every setting with its default. Stored one key per field (see ../platform/settings-store.ts). */
export const DEFAULT_SETTINGS = {
  /** The numbers the user calls from; empty: Zoom's own default caller ID. */
  callerIds: [] as readonly CallerIdEntry[],
  /** The `number` of the caller ID sent with calls; '' sends none. Must be one of `callerIds`. */
  defaultCaller: '',
  /** Ordered rules choosing the caller ID by destination or site (caller-id-rules.ts); none match: `defaultCaller`. */
  callerIdRules: [] as readonly CallerIdRule[],
  scheme: 'zoomphonecall' as Scheme,
  /** Country for national-format numbers; '' reads it from the browser's languages. */
  country: '' as Region | '',
  /** Read national numbers for the country a page appears to be from (its language, domain) unless pinned. */
  inferRegionFromPage: true,
  linkingEnabled: true,
  siteListMode: 'deny' as SiteListMode,
  /** Host patterns (`example.com`, `*.example.com`) the site list mode applies to. */
  sites: [] as readonly string[],
  /** Offer "Text with Zoom" (zoomphonesms:) next to calls; needs Zoom 6.1+ and an SMS-enabled number. */
  smsEnabled: false,
  /** Send the page's own tel: and callto: links through Zoom. */
  routeExistingLinks: true,
  /** Keep a list of recent calls on this device (storage.local, never synced). */
  keepRecentCalls: true,
  /** Show a card of actions (call, text, copy, call as…) when pointing at or focusing a number. */
  hoverCard: true,
  /** A click on a number asks "Call …?" in the card instead of calling at once. */
  confirmBeforeCalling: false,
};

export type Settings = typeof DEFAULT_SETTINGS;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** The version of the stored shape; bump it and add a migration (settings-migrations.ts) when the shape changes. */
export const SETTINGS_VERSION = 3;

function checkBoolean(raw: unknown): Checked<boolean> {
  return typeof raw === 'boolean' ? ok(raw) : fail('problemNotABoolean');
}

/** One check per field, for stored, imported and admin-managed values alike. */
export const FIELD_CHECKS: { readonly [K in SettingKey]: (raw: unknown) => Checked<Settings[K]> } = {
  callerIds: checkCallerIds,
  defaultCaller: (raw) => (typeof raw === 'string' && (raw === '' || isValidCallerId(raw)) ? ok(raw) : fail('problemCallerIdStored', String(raw))),
  callerIdRules: checkCallerIdRules,
  scheme: (raw) => (isScheme(raw) ? ok(raw) : fail('problemScheme', String(raw))),
  country: (raw) => (raw === '' || (typeof raw === 'string' && isSupportedCountry(raw)) ? ok(raw as Region | '') : fail('problemCountry', String(raw))),
  inferRegionFromPage: checkBoolean,
  linkingEnabled: checkBoolean,
  siteListMode: (raw) => ((SITE_LIST_MODES as readonly unknown[]).includes(raw) ? ok(raw as SiteListMode) : fail('problemSiteListMode', String(raw))),
  sites: (raw) => {
    if (!Array.isArray(raw)) return fail('problemNotAList');
    if (raw.length > MAX_SITES) return fail('problemTooManySites', String(MAX_SITES));
    const bad = (raw as unknown[]).find((site) => !isSitePattern(site));
    return bad === undefined ? ok(raw as string[]) : fail('problemSitePattern', String(bad));
  },
  smsEnabled: checkBoolean,
  routeExistingLinks: checkBoolean,
  keepRecentCalls: checkBoolean,
  hoverCard: checkBoolean,
  confirmBeforeCalling: checkBoolean,
};

/** A default caller that is not in the list sends nothing rather than a number the user has removed. */
export function withConsistentDefault(settings: Settings): Settings {
  if (settings.defaultCaller === '' || settings.callerIds.some((entry) => entry.number === settings.defaultCaller)) return settings;
  return { ...settings, defaultCaller: '' };
}

function asRecord(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/**
 * Reads stored settings field by field: a field that is missing or invalid falls back to its default, so a
 * damaged store never leaves the extension in a bad state. Expects the current shape (migrate first).
 */
export function sanitizeSettings(raw: unknown): Settings {
  const stored = asRecord(raw);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    if (!(key in stored)) continue;
    const checked = FIELD_CHECKS[key](stored[key]);
    if (checked.ok) settings[key] = checked.value;
  }
  return withConsistentDefault(settings as Settings);
}

export interface FieldProblem {
  readonly field: string;
  readonly problem: Problem;
}

/**
 * Reads settings strictly (an imported file): every field present must be valid and no unknown field is
 * allowed; missing fields take their defaults. Returns the first problem found.
 */
export function checkSettings(raw: unknown): { ok: true; value: Settings } | { ok: false; error: FieldProblem } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: { field: '', problem: { key: 'problemNotAnObject' } } };
  const stored = raw as Record<string, unknown>;
  const unknown = Object.keys(stored).find((key) => !(SETTING_KEYS as string[]).includes(key));
  if (unknown !== undefined) return { ok: false, error: { field: unknown, problem: { key: 'problemUnknownSetting' } } };
  for (const key of SETTING_KEYS) {
    if (!(key in stored)) continue;
    const checked = FIELD_CHECKS[key](stored[key]);
    if (!checked.ok) return { ok: false, error: { field: key, problem: checked.problem } };
  }
  const settings = sanitizeSettings(stored);
  if (settings.defaultCaller !== (stored.defaultCaller ?? '')) {
    return { ok: false, error: { field: 'defaultCaller', problem: { key: 'problemDefaultNotInList', args: [String(stored.defaultCaller)] } } };
  }
  return { ok: true, value: settings };
}
