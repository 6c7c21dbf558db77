import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { sourceArchive } from '../scripts/source-archive.mjs';

const run = promisify(execFile);
const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
let temp = '';

async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  }
  return files;
}

function viteBuild(cwd: string, env: Record<string, string>): Promise<unknown> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return run(process.execPath, [vite, 'build', '--mode', 'firefox', '--logLevel', 'error'], { cwd, env: { ...process.env, TEST_BUILD: '', ...env } });
}

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('the AMO source archive', () => {
  it('holds the sources, the lockfile and BUILD.md, and rebuilds dist/firefox byte for byte in a temp folder', async () => {
    temp = await mkdtemp(join(tmpdir(), 'c2z-source-'));
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { zip } = (await sourceArchive(ROOT, version)) as { zip: Uint8Array };
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    for (const required of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'BUILD.md', 'src/background/index.ts', 'build/manifest.ts']) expect(names).toContain(required);
    expect(names.some((name) => name.startsWith('node_modules/') || name.startsWith('dist/') || name.startsWith('e2e/'))).toBe(false);
    expect(new TextDecoder().decode(entries['BUILD.md'])).toContain('npm ci');

    const unpacked = join(temp, 'source');
    for (const [name, bytes] of Object.entries(entries)) {
      await mkdir(dirname(join(unpacked, name)), { recursive: true });
      await writeFile(join(unpacked, name), bytes);
    }
    // `npm ci` from the lockfile would install the same packages; linking the installed ones keeps this test offline and fast.
    await symlink(await realpath(join(ROOT, 'node_modules')), join(unpacked, 'node_modules'), 'dir');
    const reference = join(temp, 'reference');
    await Promise.all([viteBuild(ROOT, { OUT_DIR: reference }), viteBuild(unpacked, {})]);

    const expected = await tree(join(reference, 'firefox'));
    const rebuilt = await tree(join(unpacked, 'dist', 'firefox'));
    expect([...rebuilt.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(expected.size).toBeGreaterThan(5);
    for (const [file, bytes] of expected) expect(rebuilt.get(file)?.equals(bytes), file).toBe(true);
  }, 120_000);
});
