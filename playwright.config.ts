import { defineConfig } from '@playwright/test';

// Both browsers run the same scenarios (e2e/scenarios.ts): Chromium through Playwright, Firefox ESR through
// puppeteer-core over WebDriver BiDi. One worker per browser, so the two suites run side by side.
export default defineConfig({
  testDir: 'e2e',
  // The React app of the lifecycle scenarios, then the framework apps of e2e/framework-scenarios.ts.
  globalSetup: ['./e2e/build-react-app.ts', './e2e/framework-build.ts'],
  timeout: 60_000,
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', testMatch: 'chromium.spec.ts' },
    { name: 'firefox', testMatch: 'firefox.spec.ts' },
  ],
});
