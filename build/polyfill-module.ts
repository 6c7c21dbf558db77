import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const VIRTUAL = '\0c2z:webextension-polyfill';

/**
 * webextension-polyfill as an ES module. The package is UMD (CommonJS to a bundler), and a bundler's CommonJS
 * interop copies every own property of the module's export onto a namespace object. Where the browser has the
 * promise-based `browser` object itself, that export is the browser's own object, and reading each property's
 * descriptor makes Chromium set up every extension API binding this context has (`chrome.app` included): 0.4 to
 * 2.7 ms on every page the content script starts on (CPU profiles, `get app`). Run as plain script code, the UMD wrapper
 * instead sets `globalThis.browser` (the browser's own object, or the polyfill's wrapper of `chrome`) in the
 * extension's own context, and that is what this module exports.
 */
export function polyfillModule(): Plugin {
  const file = createRequire(import.meta.url).resolve('webextension-polyfill');
  return {
    name: 'c2z-polyfill-module',
    enforce: 'pre',
    resolveId: (id) => (id === 'webextension-polyfill' ? VIRTUAL : null),
    load: (id) => (id === VIRTUAL ? `${readFileSync(file, 'utf8')}\nexport default globalThis.browser;\n` : null),
  };
}
