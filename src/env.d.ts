/** True in the e2e test build (`TEST_BUILD=1`), false in the shipped build; dead branches are dropped. */
declare const __TEST_BUILD__: boolean;

/** The browser this build is for; set by vite.config.ts. */
declare const __BROWSER__: 'chrome' | 'firefox';

/** Vite's `?raw` import: the file's text as a string (used to parse the phone metadata lazily). */
declare module '*?raw' {
  const text: string;
  export default text;
}
