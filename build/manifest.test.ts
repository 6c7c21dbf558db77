import { describe, expect, it } from 'vitest';
import { type Browser, manifestFor } from './manifest.ts';

const BROWSERS: Browser[] = ['chrome', 'firefox'];

describe('manifestFor', () => {
  it.each(BROWSERS)('%s: the shipped manifest asks for these two permissions and no host access', (browser) => {
    const manifest = manifestFor(browser);
    expect([...(manifest.permissions as string[])].sort()).toEqual(['contextMenus', 'storage']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
  });

  it.each(BROWSERS)('%s: only a test build adds host access, in place of the site access a headless browser cannot grant', (browser) => {
    expect(manifestFor(browser, true).host_permissions).toEqual(['<all_urls>']);
    const withHosts: Record<string, unknown> = manifestFor(browser, true);
    delete withHosts.host_permissions;
    expect(withHosts).toEqual(manifestFor(browser));
  });

  it('Firefox: no web-accessible resource, an event-page background and its gecko settings', () => {
    const manifest = manifestFor('firefox');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(manifest.browser_specific_settings).toMatchObject({ gecko: { strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } });
  });
});
