/**
 * The per-browser manifest: the one place where Chrome and Firefox builds differ. The source manifest.json is
 * written for Chrome; Firefox's build is derived from it here, one comment per difference.
 */
import sourceManifest from '../manifest.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';

export const GECKO_ID = 'click-to-call-zoom-phone@extensions.local';

type Manifest = Omit<typeof sourceManifest, 'background' | 'web_accessible_resources'> & Record<string, unknown> & {
  background: Record<string, unknown>;
  web_accessible_resources: Record<string, unknown>[];
};

export function manifestFor(browser: Browser, testBuild = false): Manifest {
  const manifest: Manifest = structuredClone(sourceManifest);
  // Test builds only: host access to every site, granted at install, so the e2e suite's pages get the content
  // script without the per-site grant a Firefox user gives through a prompt the suite cannot click. Never in a
  // shipped build.
  if (testBuild) manifest.host_permissions = ['<all_urls>'];
  if (browser === 'chrome') return manifest;
  // Firefox runs MV3 backgrounds as event pages, not service workers.
  manifest.background = { scripts: [sourceManifest.background.service_worker], type: 'module' };
  // Firefox compiles content scripts once per process, so its content script stays one file (content/boot.ts,
  // loadMain) and exposes nothing to pages: no web-accessible module.
  delete (manifest as Partial<Manifest>).web_accessible_resources;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      // 142: first release whose manifest validation knows data_collection_permissions on desktop and Android.
      strict_min_version: '142.0',
      // The extension collects and transmits nothing (Firefox's built-in data consent, required for new add-ons).
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}
