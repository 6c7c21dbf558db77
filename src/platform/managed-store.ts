import browser from 'webextension-polyfill';

/**
 * Test builds only: the e2e suite cannot install a machine-wide browser policy (other runs share the machine),
 * so it puts "managed" values under this storage.local key instead. The shipped build never reads it: the
 * branch is dropped with `__TEST_BUILD__` false (checked by grepping dist/).
 */
export const TEST_MANAGED_KEY = 'testManagedSettings';

/**
 * The admin's values: Chrome policy (`3rdparty.extensions.<id>`, checked against managed-schema.json) or Firefox
 * enterprise policy (`3rdparty.Extensions.<id>` in policies.json). With no policy Chrome gives {} and Firefox
 * rejects; both mean "nothing managed".
 */
export async function loadManaged(): Promise<Record<string, unknown>> {
  if (__TEST_BUILD__) {
    const seam = (await browser.storage.local.get(TEST_MANAGED_KEY))[TEST_MANAGED_KEY];
    if (typeof seam === 'object' && seam !== null) return seam as Record<string, unknown>;
  }
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

/** Does a storage change touch managed values? */
export function isManagedChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (__TEST_BUILD__ && area === 'local' && TEST_MANAGED_KEY in changes);
}
