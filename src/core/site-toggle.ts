import type { Settings } from './settings';
import { isLinkingAllowed, MAX_SITES, parseSitePattern, siteMatches } from './site-list';

/**
 * The site list that turns linking on `hostname` on or off, changing as little as possible: turning a site off
 * adds it to a deny list (or removes every pattern covering it from an allow list); turning it on does the
 * reverse. Undefined when the list cannot express it (a hostname that is not a valid pattern, a full list).
 */
export function sitesWithLinking(settings: Settings, hostname: string, on: boolean): string[] | undefined {
  const pattern = parseSitePattern(hostname);
  if (!pattern.ok) return undefined;
  const others = settings.sites.filter((site) => !siteMatches(site, hostname));
  const add = (settings.siteListMode === 'deny') !== on;
  const sites = add ? [...others, pattern.value] : others;
  if (sites.length > MAX_SITES) return undefined;
  return isLinkingAllowed({ ...settings, sites }, hostname) === on ? sites : undefined;
}
