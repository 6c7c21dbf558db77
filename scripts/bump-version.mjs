// `npm run version:bump -- <patch|minor|major|x.y.z>`: one version in package.json, package-lock.json and
// manifest.json (the stores read the manifest's; npm and the archive names read package.json's), and a new
// CHANGELOG.md heading for it. Edits only the version fields, so the files' formatting stays as it is.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** The next version: `patch`, `minor`, `major`, or an explicit x.y.z above the current one. */
export function nextVersion(current, spec) {
  const [, major, minor, patch] = (VERSION.exec(current) ?? []).map(Number);
  if (major === undefined) throw new Error(`current version "${current}" is not x.y.z`);
  if (spec === 'patch') return `${major}.${minor}.${patch + 1}`;
  if (spec === 'minor') return `${major}.${minor + 1}.0`;
  if (spec === 'major') return `${major + 1}.0.0`;
  const next = VERSION.exec(spec ?? '');
  if (!next) throw new Error(`version "${spec}" is not patch, minor, major or x.y.z`);
  const order = (v) => v.split('.').map(Number).reduce((sum, part) => sum * 100000 + part, 0);
  if (order(spec) <= order(current)) throw new Error(`version ${spec} is not above ${current}`);
  return spec;
}

/** Replaces the first `occurrences` `"version": "…"` fields of a JSON text, without reformatting it. */
function setVersion(text, version, occurrences) {
  let count = 0;
  return text.replace(/("version":\s*")[^"]*(")/g, (match, open, close) => (count++ < occurrences ? `${open}${version}${close}` : match));
}

export async function bumpVersion(root, spec, today = new Date().toISOString().slice(0, 10)) {
  const pkgPath = join(root, 'package.json');
  const current = JSON.parse(await readFile(pkgPath, 'utf8')).version;
  const version = nextVersion(current, spec);
  // package.json and manifest.json: the first "version" is the top-level one; package-lock.json: the top level's
  // and the root package's (packages[""]), its first two.
  for (const [file, occurrences] of [['package.json', 1], ['manifest.json', 1], ['package-lock.json', 2]]) {
    const path = join(root, file);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text !== undefined) await writeFile(path, setVersion(text, version, occurrences));
  }
  const changelog = join(root, 'CHANGELOG.md');
  const log = await readFile(changelog, 'utf8').catch(() => undefined);
  if (log !== undefined && !log.includes(`## ${version} `)) {
    await writeFile(changelog, log.replace(/^## Unreleased\n/m, `## Unreleased\n\n## ${version} — ${today}\n`));
  }
  return { from: current, to: version };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { from, to } = await bumpVersion(process.cwd(), process.argv[2]);
  console.log(`✓ ${from} → ${to} in package.json, package-lock.json, manifest.json and CHANGELOG.md`);
}
