import { type Checked, fail, ok, type Problem } from './problem';

export const SITE_LIST_MODES = ['deny', 'allow'] as const;
/** `deny`: link everywhere except the listed sites; `allow`: link only on the listed sites. */
export type SiteListMode = (typeof SITE_LIST_MODES)[number];

export const MAX_SITES = 500;

// One DNS label: letters, digits and inner hyphens, at most 63 characters (RFC 1035, punycode for IDNs).
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Reads one site pattern as typed: `example.com` (that host only) or `*.example.com` (the domain and every
 * subdomain). Internationalised names are stored in punycode, the form `location.hostname` reports.
 */
export function parseSitePattern(input: string): Checked<string> {
  const text = input.trim().toLowerCase().replace(/\.$/, '');
  const wildcard = text.startsWith('*.');
  const host = wildcard ? text.slice(2) : text;
  if (host === '' || /[\s/:@?#*\\%]/.test(host)) return fail('problemSitePattern', input.trim());
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname;
  } catch {
    return fail('problemSitePattern', input.trim());
  }
  const labels = ascii.split('.');
  if (ascii.length > 253 || !labels.every((label) => LABEL.test(label))) return fail('problemSitePattern', input.trim());
  if (wildcard && labels.length < 2) return fail('problemSiteWildcard', input.trim());
  return ok(wildcard ? `*.${ascii}` : ascii);
}

export interface SiteListProblem {
  /** 1-based line of the first bad pattern. */
  readonly line: number;
  readonly problem: Problem;
}

/** Reads a site list typed one pattern per line; blank lines and duplicates are dropped. */
export function parseSiteList(text: string): { ok: true; value: string[] } | { ok: false; error: SiteListProblem } {
  const sites: string[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const site = parseSitePattern(line);
    if (!site.ok) return { ok: false, error: { line: index + 1, problem: site.problem } };
    if (!sites.includes(site.value)) sites.push(site.value);
  }
  if (sites.length > MAX_SITES) return { ok: false, error: { line: lines.length, problem: { key: 'problemTooManySites', args: [String(MAX_SITES)] } } };
  return { ok: true, value: sites };
}

/** True when a stored pattern is valid and already in its normal form. */
export function isSitePattern(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parsed = parseSitePattern(value);
  return parsed.ok && parsed.value === value;
}

/** Does `pattern` cover `hostname`? `*.example.com` covers example.com and all its subdomains. */
export function siteMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!pattern.startsWith('*.')) return host === pattern;
  const domain = pattern.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/** Should numbers be linked on a page served from `hostname`? Linking must be on, and the site list agree. */
export function isLinkingAllowed(
  settings: { readonly linkingEnabled: boolean; readonly siteListMode: SiteListMode; readonly sites: readonly string[] },
  hostname: string): boolean {
  if (!settings.linkingEnabled) return false;
  const listed = settings.sites.some((pattern) => siteMatches(pattern, hostname));
  return settings.siteListMode === 'allow' ? listed : !listed;
}
