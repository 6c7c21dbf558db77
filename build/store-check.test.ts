import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { ICON_SIZES, storeProblems } from '../scripts/store-check.mjs';

const icon = (size: number) => new Uint8Array(readFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url)));
const encode = (text: string) => new TextEncoder().encode(text);

function packed(manifest: Record<string, unknown>, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { 'manifest.json': encode(JSON.stringify(manifest)) };
  for (const size of [16, 32, 48, 96, 128]) files[`icons/icon-${size}.png`] = icon(size);
  for (const [name, text] of Object.entries(extra)) files[name] = encode(text);
  return zipSync(files);
}

const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [String(size), `icons/icon-${size}.png`]));

describe('store checks', () => {
  it('passes the source manifest\'s icons and plain bundled code, for both stores', () => {
    const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(ICON_SIZES).toEqual({ chrome: [16, 48, 128], firefox: [48, 96] });
    for (const browser of ['chrome', 'firefox']) expect(storeProblems(packed(manifest, { 'a.js': 'export const f = () => import("./b.js");' }), browser)).toEqual([]);
  });

  it('reports a missing or wrongly sized icon', () => {
    const without96 = Object.fromEntries(Object.entries(ICONS).filter(([size]) => size !== '96'));
    expect(storeProblems(packed({ icons: without96 }), 'firefox')).toEqual(['icon 96: not in the manifest']);
    expect(storeProblems(packed({ icons: { ...ICONS, 128: 'icons/icon-48.png' } }), 'chrome')).toEqual(['icon 128: icons/icon-48.png is 48×48']);
  });

  it('reports remote code: network scripts, eval, new Function, a remote CSP', () => {
    const problems = storeProblems(packed({ icons: ICONS, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example" } }, {
      'a.js': 'importScripts("https://cdn.example/x.js")',
      'b.html': '<script src="//cdn.example/y.js"></script>',
      'c.js': 'eval(code)',
      'd.js': 'new Function("return 1")',
    }), 'chrome');
    expect(problems).toEqual([
      'a.js loads a script from the network',
      'b.html loads a script from the network',
      'c.js calls eval',
      'd.js builds code with new Function',
      'the content security policy allows remote sources',
    ]);
  });
});
