import { isValidCallerId } from './call-url';
import { type CallerIdEntry, defaultCallerId } from './caller-id';
import type { Dialable } from './dialable';
import { type Checked, fail, ok } from './problem';
import { parseSitePattern, siteMatches } from './site-list';

/**
 * One caller-ID rule (issue 22): calls that match `match` go out from `callerId`.
 * - `match` starting with '+' is a destination prefix in E.164 digits (`+44`, `+1646`): it matches numbers that
 *   start with it;
 * - any other `match` is a site pattern (`example.com`, `*.example.com`, as the site list): it matches calls
 *   started from a page on that site.
 * - `callerId` is the `number` of one of the user's caller IDs, or '' for none (Zoom's own default).
 * Rules are tried in order; the first that matches wins, else the default caller ID is sent.
 */
export interface CallerIdRule {
  readonly match: string;
  readonly callerId: string;
}

export const MAX_CALLER_ID_RULES = 50;

export type RuleKind = 'destination' | 'site';

export function ruleKind(match: string): RuleKind {
  return match.startsWith('+') ? 'destination' : 'site';
}

/** Reads a rule's match as typed: `+1 646` is the prefix `+1646`; anything else must be a site pattern. */
export function parseRuleMatch(input: string): Checked<string> {
  const text = input.trim();
  if (text === '') return fail('problemRuleMatchEmpty');
  // Digits without the '+' are a prefix missing its sign, not a host (the URL parser would read `44` as 0.0.0.44);
  // only a whole dotted IPv4 address is a site.
  if (/^[\d\s().\-]+$/.test(text) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return fail('problemRulePrefix', text);
  if (!text.startsWith('+')) return parseSitePattern(text);
  if (!/^\+[\d\s().\-]*$/.test(text)) return fail('problemRulePrefix', text);
  const digits = text.slice(1).replace(/[\s().\-]/g, '');
  // E.164: country codes never start with 0, and a whole number has at most 15 digits.
  if (!/^[1-9]\d{0,14}$/.test(digits)) return fail('problemRulePrefix', text);
  return ok(`+${digits}`);
}

/** True when a stored match is valid and already in its normal form. */
export function isRuleMatch(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parsed = parseRuleMatch(value);
  return parsed.ok && parsed.value === value;
}

/**
 * Checks a stored, imported or admin-managed rule list. A rule whose caller ID is not (or no longer) among the
 * user's caller IDs is kept: the options page flags it and calls skip it (see `danglingRules`).
 */
export function checkCallerIdRules(raw: unknown): Checked<CallerIdRule[]> {
  if (!Array.isArray(raw)) return fail('problemNotAList');
  if (raw.length > MAX_CALLER_ID_RULES) return fail('problemTooManyRules', String(MAX_CALLER_ID_RULES));
  const rules: CallerIdRule[] = [];
  for (const item of raw as unknown[]) {
    const rule = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const { match, callerId } = rule;
    if (!isRuleMatch(match)) return fail('problemRuleStored', String(match));
    if (typeof callerId !== 'string' || (callerId !== '' && !isValidCallerId(callerId))) return fail('problemCallerIdStored', String(callerId));
    rules.push({ match, callerId });
  }
  return ok(rules);
}

/** The settings the rules read (a plain shape, so this module need not know the settings schema). */
interface CallerSettings {
  readonly callerIds: readonly CallerIdEntry[];
  readonly defaultCaller: string;
  readonly callerIdRules: readonly CallerIdRule[];
}

function isKnown(settings: Pick<CallerSettings, 'callerIds'>, callerId: string): boolean {
  return callerId === '' || settings.callerIds.some((entry) => entry.number === callerId);
}

/** Indexes of the rules that name a caller ID the user no longer has: flagged, and skipped by calls. */
export function danglingRules(settings: Pick<CallerSettings, 'callerIds' | 'callerIdRules'>): number[] {
  return settings.callerIdRules.flatMap((rule, index) => (isKnown(settings, rule.callerId) ? [] : [index]));
}


export interface CallerChoice {
  readonly callerId: string;
  /** The index of the rule that chose it; -1 for the default. */
  readonly rule: number;
}

/**
 * The rules in effect on one site, compiled once per settings and page: site rules are decided by the host, so
 * what is left is a list of destination prefixes ending in the choice every other number gets.
 */
export function compileCallerIdRules(settings: CallerSettings, hostname: string): (target: Dialable) => CallerChoice {
  const prefixes: { prefix: string; choice: CallerChoice }[] = [];
  let fallback: CallerChoice = { callerId: defaultCallerId(settings), rule: -1 };
  for (const [index, rule] of settings.callerIdRules.entries()) {
    if (!isKnown(settings, rule.callerId)) continue;
    const choice = { callerId: rule.callerId, rule: index };
    if (ruleKind(rule.match) === 'destination') prefixes.push({ prefix: rule.match, choice });
    else if (hostname !== '' && siteMatches(rule.match, hostname)) {
      fallback = choice;
      break;
    }
  }
  return (target) => {
    if (target.kind === 'e164') for (const { prefix, choice } of prefixes) if (target.e164.startsWith(prefix)) return choice;
    return fallback;
  };
}

/** The caller ID for one call to `target` started on a page of `hostname` ('' where there is no page). */
export function chooseCallerId(settings: CallerSettings, target: Dialable, hostname: string): CallerChoice {
  return compileCallerIdRules(settings, hostname)(target);
}
