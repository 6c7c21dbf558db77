/** Where the build writes the content script's main module (see build/content-main.ts), inside the extension. */
export const CONTENT_MAIN = 'src/content/main.js';
