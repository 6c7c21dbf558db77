// Store review checks on a packed extension (run by scripts/package.mjs on both zips):
// - the icon sizes the stores ask for are declared and are PNGs of that size (Chrome Web Store: 128, with 16 and
//   48 for the browser's own UI; addons.mozilla.org: 48 and 96);
// - no remote code: no script loaded from the network, no eval / new Function, no remote CSP source.
import { unzipSync } from 'fflate';

export const ICON_SIZES = { chrome: [16, 48, 128], firefox: [48, 96] };

const REMOTE_CODE = [
  [/\b(?:importScripts|import)\s*\(\s*["'`]\s*(?:https?:)?\/\//, 'loads a script from the network'],
  [/<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//i, 'loads a script from the network'],
  [/\beval\s*\(/, 'calls eval'],
  [/\bnew\s+Function\s*\(/, 'builds code with new Function'],
];

function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47];
  if (!bytes || bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every reason the zip would not pass the store's review; empty when it passes. */
export function storeProblems(zip, browser) {
  const files = unzipSync(zip);
  const text = (name) => new TextDecoder().decode(files[name]);
  if (!files['manifest.json']) return ['no manifest.json'];
  const manifest = JSON.parse(text('manifest.json'));
  const problems = [];
  for (const size of ICON_SIZES[browser]) {
    const path = manifest.icons?.[String(size)]?.replace(/^\//, '');
    const png = path ? pngSize(files[path]) : undefined;
    if (!path) problems.push(`icon ${size}: not in the manifest`);
    else if (!png) problems.push(`icon ${size}: ${path} is missing or not a PNG`);
    else if (png.width !== size || png.height !== size) problems.push(`icon ${size}: ${path} is ${png.width}×${png.height}`);
  }
  for (const name of Object.keys(files).filter((file) => /\.(?:m?js|html)$/.test(file))) {
    const source = text(name);
    for (const [pattern, what] of REMOTE_CODE) if (pattern.test(source)) problems.push(`${name} ${what}`);
  }
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (/https?:|\*/.test(csp)) problems.push('the content security policy allows remote sources');
  return problems;
}
