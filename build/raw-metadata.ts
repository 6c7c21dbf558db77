import { createRequire } from 'node:module';

/**
 * `libphonenumber-js/metadata.max.json?raw` must be the JSON text (src/core/phone-lib.ts parses it lazily), but
 * the package's `import` condition maps that path to a JS module. This alias points the raw import at the JSON
 * file itself; used by vite.config.ts and vitest.config.ts.
 */
export const rawMetadataAlias = {
  find: /^libphonenumber-js\/metadata\.max\.json\?raw$/,
  replacement: `${createRequire(import.meta.url).resolve('libphonenumber-js/metadata.max.json')}?raw`,
};
