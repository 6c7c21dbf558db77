// After `vite build`: checks that every file each manifest names exists, then writes the store archives
// dist/click-to-call-zoom-phone-<version>-chrome.zip and -firefox.zip, and (shipped builds) the source archive
// addons.mozilla.org asks for, -source.zip (scripts/source-archive.mjs).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { sourceArchive } from './source-archive.mjs';
import { storeProblems } from './store-check.mjs';

const outRoot = process.argv[2] ?? 'dist';
const browsers = ['chrome', 'firefox'];

/** Every file path a manifest refers to. */
function namedFiles(manifest) {
  const files = new Set();
  const add = (path) => path && files.add(path.replace(/^\//, ''));
  Object.values(manifest.icons ?? {}).forEach(add);
  Object.values(manifest.action?.default_icon ?? {}).forEach(add);
  add(manifest.action?.default_popup);
  add(manifest.background?.service_worker);
  (manifest.background?.scripts ?? []).forEach(add);
  add(manifest.options_ui?.page);
  for (const script of manifest.content_scripts ?? []) [...(script.js ?? []), ...(script.css ?? [])].forEach(add);
  for (const entry of manifest.web_accessible_resources ?? []) (entry.resources ?? []).filter((r) => !r.includes('*')).forEach(add);
  if (manifest.default_locale) add(`_locales/${manifest.default_locale}/messages.json`);
  add(manifest.storage?.managed_schema);
  return [...files];
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

let failed = false;
for (const browser of browsers) {
  const dir = join(outRoot, browser);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  for (const file of namedFiles(manifest)) {
    const exists = await stat(join(dir, file)).then((s) => s.isFile(), () => false);
    if (!exists) {
      console.error(`✗ ${browser}: manifest names ${file}, which is not in ${dir}`);
      failed = true;
    }
  }
  // Chrome refuses to load an extension whose managed-storage schema is not a JSON object schema.
  const schemaPath = manifest.storage?.managed_schema;
  if (schemaPath) {
    const schema = await readFile(join(dir, schemaPath), 'utf8').then(JSON.parse, () => undefined);
    if (schema?.type !== 'object' || typeof schema.properties !== 'object') {
      console.error(`✗ ${browser}: ${schemaPath} is not a JSON schema of "type": "object" with properties`);
      failed = true;
    }
  }
  const files = await listFiles(dir);
  const entries = {};
  for (const file of files) entries[relative(dir, file)] = [await readFile(file), { level: 9, mtime: new Date('2026-01-01') }];
  const zipPath = join(outRoot, `click-to-call-zoom-phone-${manifest.version}-${browser}.zip`);
  const zip = zipSync(entries);
  await writeFile(zipPath, zip);
  for (const problem of storeProblems(zip, browser)) {
    console.error(`✗ ${browser}: ${problem}`);
    failed = true;
  }
  console.log(`✓ ${browser}: ${files.length} files, manifest complete → ${zipPath}`);
}
if (failed) process.exit(1);
if (outRoot === 'dist') {
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  const { zip, files } = await sourceArchive('.', version);
  const zipPath = join(outRoot, `click-to-call-zoom-phone-${version}-source.zip`);
  await writeFile(zipPath, zip);
  console.log(`✓ source: ${files.length} files, with package-lock.json and BUILD.md → ${zipPath}`);
}
