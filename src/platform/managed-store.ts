import browser from 'webextension-polyfill';

/**
 * Test builds only: the e2e suite cannot install a machine-wide browser policy (other runs share the machine),
 * so it puts "managed" values under this storage.local key instead. The shipped build never reads it: the
 * branch is dropped with `__TEST_BUILD__` false (checked by grepping dist/).
 */
export const TEST_MANAGED_KEY = 'testManagedSettings';

/** The last admin values read, so pages need not wait for Chrome's policy service (see loadManaged). */
export const MANAGED_CACHE_KEY = 'managedSettingsCache';
// How long a page waits for storage.managed before it goes on with the last known admin values.
const MANAGED_WAIT_MS = 150;

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

async function readLiveManaged(): Promise<Record<string, unknown>> {
  let live: Record<string, unknown>;
  try {
    live = await browser.storage.managed.get();
  } catch {
    live = {};
  }
  const cached = (await browser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY];
  // Written only when it changed: every context reads this, and each write wakes every watcher.
  if (JSON.stringify(cached) !== JSON.stringify(live)) await browser.storage.local.set({ [MANAGED_CACHE_KEY]: live });
  return live;
}

/**
 * The admin's values: Chrome policy (`3rdparty.extensions.<id>`, checked against managed-schema.json) or Firefox
 * enterprise policy (`3rdparty.Extensions.<id>` in policies.json). With no policy Chrome gives {} and Firefox
 * rejects; both mean "nothing managed".
 *
 * Chrome's first storage.managed call after the browser starts can take seconds while its policy service
 * loads. Rather than hold every page's links for that long, a caller that gets no answer within
 * MANAGED_WAIT_MS uses the last values read (kept in storage.local), or none on a new install; when the live
 * read lands and differs, the cache changes and watchSettings delivers the live values.
 */
export async function loadManaged(): Promise<Record<string, unknown>> {
  if (__TEST_BUILD__) {
    const seam = asObject((await browser.storage.local.get(TEST_MANAGED_KEY))[TEST_MANAGED_KEY]);
    if (seam) return seam;
  }
  const live = readLiveManaged();
  const timedOut = Symbol('timed out');
  const first = await Promise.race([live, new Promise<symbol>((resolve) => setTimeout(() => resolve(timedOut), MANAGED_WAIT_MS))]);
  if (first !== timedOut) return first as Record<string, unknown>;
  // No values read yet (a new install, before the policy service has answered once): nothing is managed as far as
  // anyone knows. The live read goes on and, once it lands, writes the cache, which every context watches, so the
  // admin's values and locks take over within the seconds Chrome takes.
  const cached = asObject((await browser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]);
  return cached ?? {};
}

/** Does a storage change touch managed values? */
export function isManagedChange(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'managed') return true;
  if (area !== 'local') return false;
  return MANAGED_CACHE_KEY in changes || (__TEST_BUILD__ && TEST_MANAGED_KEY in changes);
}
