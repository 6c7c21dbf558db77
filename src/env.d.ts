/** True in the e2e test build (`TEST_BUILD=1`), false in the shipped build; dead branches are dropped. */
declare const __TEST_BUILD__: boolean;

/** The browser this build is for; set by vite.config.ts. */
declare const __BROWSER__: 'chrome' | 'firefox';
