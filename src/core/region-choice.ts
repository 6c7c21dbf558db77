import { type Region, regionFromLanguages } from './region';
import type { Settings } from './settings';

/**
 * The region national-format numbers are read for: a country the user (or admin) pinned wins; else the page's
 * own region when inference is on and the page gave one; else the browser's languages.
 */
export function effectiveRegion(
  settings: Pick<Settings, 'country' | 'inferRegionFromPage'>,
  browserLanguages: readonly string[],
  pageRegion?: Region,
): Region {
  if (settings.country !== '') return settings.country;
  if (settings.inferRegionFromPage && pageRegion !== undefined) return pageRegion;
  return regionFromLanguages(browserLanguages);
}
