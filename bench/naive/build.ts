/** Builds the naive reference linker (content.ts) into a minimal MV3 extension for Chromium and for Firefox. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const NAIVE_GECKO_ID = 'naive-linker@bench.local';

/** Writes the extension to `dir`/chromium and `dir`/firefox; returns the two folders. */
export async function buildNaive(dir: string): Promise<{ chromium: string; firefox: string }> {
  const out = { chromium: join(dir, 'chromium'), firefox: join(dir, 'firefox') };
  const content = { matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' };
  for (const [browser, folder] of Object.entries(out)) {
    mkdirSync(folder, { recursive: true });
    await build({ entryPoints: [new URL('./content.ts', import.meta.url).pathname], bundle: true, minify: true, format: 'iife', target: ['chrome120', 'firefox128'], outfile: join(folder, 'content.js'), logLevel: 'warning' });
    const manifest: Record<string, unknown> = { manifest_version: 3, name: 'naive linker (bench)', version: '1.0', content_scripts: [content], host_permissions: ['<all_urls>'] };
    if (browser === 'firefox') manifest.browser_specific_settings = { gecko: { id: NAIVE_GECKO_ID } };
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  }
  return out;
}
