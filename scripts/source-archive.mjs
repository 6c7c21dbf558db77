// The source archive addons.mozilla.org asks for with bundled code: everything `npm run build` reads, the lockfile
// and BUILD.md (how to rebuild). build/source-archive.test.ts rebuilds dist/firefox from it, byte for byte.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

/** What the build reads: the sources, the build modules, the static files and the configuration. */
const ROOTS = ['src', 'public', 'build', 'scripts', 'manifest.json', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'README.md', 'PRIVACY.md', 'CHANGELOG.md'];
const SKIP = /(^|\/)(node_modules|dist|dist-test[^/]*)(\/|$)/;

export function buildNote(version) {
  return `# Building Click to Call for Zoom Phone ${version} from this archive

Requirements: Node.js 20 (tested with ${process.version}) and npm ${process.env.npm_config_user_agent?.match(/npm\/(\S+)/)?.[1] ?? '10 or later'},
on Linux, macOS or Windows. No other tools; the build makes no network requests beyond \`npm ci\`.

    npm ci          # installs the exact versions in package-lock.json
    npm run build   # vite build for Chrome and Firefox, then scripts/package.mjs

The Firefox extension is then in \`dist/firefox/\` (and zipped as
\`dist/click-to-call-zoom-phone-${version}-firefox.zip\`), identical to the submitted one. The code is bundled
and minified by Vite (Rollup + esbuild) from the TypeScript in \`src/\`; \`build/\` holds the Vite plugins and the
per-browser manifest (\`build/manifest.ts\`). Third-party code comes only from npm: webextension-polyfill and
libphonenumber-js (its metadata, \`build/raw-metadata.ts\`).
`;
}

async function filesUnder(root, path) {
  const full = join(root, path);
  const entries = await readdir(full, { withFileTypes: true, recursive: true }).catch(() => undefined);
  if (!entries) return (await readFile(full).then(() => true, () => false)) ? [path] : [];
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The archive's bytes: the same sources always give the same zip (sorted names, fixed times). */
export async function sourceArchive(root, version) {
  const files = (await Promise.all(ROOTS.map((path) => filesUnder(root, path)))).flat().filter((file) => !SKIP.test(file)).sort();
  const entries = {};
  const options = { level: 9, mtime: new Date('2026-01-01') };
  for (const file of files) entries[file.split('\\').join('/')] = [await readFile(join(root, file)), options];
  entries['BUILD.md'] = [new TextEncoder().encode(buildNote(version)), options];
  return { zip: zipSync(entries), files: Object.keys(entries) };
}
