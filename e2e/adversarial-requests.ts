import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { CONTENT_MAIN } from '../src/content/main-path';

/**
 * The extension makes no network requests (README, "Permissions and privacy"). The drivers record every request
 * the browser reports, from pages, frames, extension pages and the extension's background; this sorts out any
 * that went somewhere other than:
 * - a file the fixture server holds, which only the fixture pages themselves load (a path the server does not
 *   have, even on its origin, is someone else's request: a beacon, a probe);
 *   and the fixture server's /favicon.ico, which Firefox asks for on its own for every page;
 * - the extension's own packaged files (its pages and scripts, on its chrome-extension:// or moz-extension://
 *   origin), and in Chrome its content script's main module, which the content script loads from the
 *   extension's per-session dynamic origin (use_dynamic_url);
 * - data: URLs, which a page (a fixture's inline font) reads from its own text without any network;
 * - chrome-extension://invalid/, where Chrome sends a page that asks for an extension file it may not load.
 */
export interface AllowedRequests {
  readonly fixtureOrigin: string;
  readonly fixturesDir: string;
  readonly extensionOrigin: string;
}

function isFixtureFile(url: URL, allowed: AllowedRequests): boolean {
  if (url.origin !== allowed.fixtureOrigin) return false;
  if (url.pathname === '/favicon.ico') return true;
  const file = join(allowed.fixturesDir, normalize(decodeURIComponent(url.pathname)));
  return file.startsWith(allowed.fixturesDir) && existsSync(file) && statSync(file).isFile();
}

function isDynamicContentMain(url: URL, allowed: AllowedRequests): boolean {
  return url.protocol === new URL(allowed.extensionOrigin).protocol && url.pathname === `/${CONTENT_MAIN}`;
}

export function unexpectedRequests(requests: readonly string[], allowed: AllowedRequests): string[] {
  return requests.filter((request) => {
    const url = new URL(request);
    if (url.protocol === 'data:' || isFixtureFile(url, allowed) || isDynamicContentMain(url, allowed)) return false;
    // Chrome's stand-in when a page asks for an extension file it may not load (the loading scenario's probe).
    if (request === 'chrome-extension://invalid/') return false;
    return !request.startsWith(allowed.extensionOrigin);
  });
}
