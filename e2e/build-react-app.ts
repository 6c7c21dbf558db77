import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Playwright global setup: builds e2e/react-app with the real react/react-dom packages in production mode into
 * e2e/fixtures/react-app/, served like every other fixture.
 */
export default async function buildReactApp(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    root: fileURLToPath(new URL('./react-app/', import.meta.url)),
    base: './',
    build: { outDir: fileURLToPath(new URL('./fixtures/react-app/', import.meta.url)), emptyOutDir: true, minify: true },
  });
}
