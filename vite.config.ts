import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { type Browser, manifestFor } from './build/manifest.ts';
import { contentMain } from './build/content-main.ts';
import { polyfillModule } from './build/polyfill-module.ts';
import { rawMetadataAlias } from './build/raw-metadata.ts';

// `vite build --mode chrome|firefox`; TEST_BUILD=1 adds the e2e seams and writes to dist-test/ (or $TEST_OUT_DIR)
// instead of dist/; OUT_DIR moves a shipped build elsewhere (the source archive test builds into a temp folder).
export default defineConfig(({ mode }) => {
  if (mode !== 'chrome' && mode !== 'firefox') throw new Error(`build with --mode chrome or --mode firefox, not "${mode}"`);
  const browser: Browser = mode;
  const testBuild = process.env.TEST_BUILD === '1';
  const resolve = { alias: [rawMetadataAlias] };
  const define = { __TEST_BUILD__: JSON.stringify(testBuild), __BROWSER__: JSON.stringify(browser) };
  const outDir = `${testBuild ? (process.env.TEST_OUT_DIR ?? 'dist-test') : (process.env.OUT_DIR ?? 'dist')}/${browser}`;
  const target = ['chrome120', 'firefox142'];
  return {
    resolve,
    define,
    plugins: [
      polyfillModule(),
      crx({
        manifest: manifestFor(browser, testBuild) as never,
        browser,
        contentScripts: { standaloneFiles: ['src/content/boot.ts', 'src/content/page-world.ts'] },
      }),
      ...(browser === 'chrome' ? [contentMain({ define, resolve, plugins: [polyfillModule()], minify: !testBuild, target })] : []),
    ],
    // The welcome page is named by no manifest key (the background opens it on install), so it is an input here.
    build: { outDir, emptyOutDir: true, minify: !testBuild, target, rollupOptions: { input: { welcome: 'src/welcome/index.html' } } },
  };
});
