import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { bumpVersion, nextVersion } from '../scripts/bump-version.mjs';

const read = (path: string) => readFile(new URL(`../${path}`, import.meta.url), 'utf8');

describe('version bump', () => {
  it('computes patch, minor, major and explicit versions, refusing a step back', () => {
    expect(nextVersion('0.1.0', 'patch')).toBe('0.1.1');
    expect(nextVersion('0.1.9', 'minor')).toBe('0.2.0');
    expect(nextVersion('0.1.9', 'major')).toBe('1.0.0');
    expect(nextVersion('0.1.0', '0.10.0')).toBe('0.10.0');
    expect(() => nextVersion('0.2.0', '0.1.9')).toThrow(/not above/);
    expect(() => nextVersion('0.2.0', 'v1')).toThrow(/not patch/);
  });

  it('sets package.json, package-lock.json and manifest.json together, changing nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'c2z-bump-'));
    try {
      const files = ['package.json', 'package-lock.json', 'manifest.json', 'CHANGELOG.md'];
      const before = Object.fromEntries(await Promise.all(files.map(async (file) => [file, await read(file)] as const)));
      for (const file of files) await writeFile(join(dir, file), before[file] ?? '');
      const current = JSON.parse(before['package.json'] ?? '{}').version as string;
      const { to } = await bumpVersion(dir, '97.3.1', '2026-12-06');
      const after = async (file: string) => readFile(join(dir, file), 'utf8');
      expect(JSON.parse(await after('package.json')).version).toBe(to);
      expect(JSON.parse(await after('manifest.json')).version).toBe(to);
      const lock = JSON.parse(await after('package-lock.json'));
      expect([lock.version, lock.packages[''].version]).toEqual([to, to]);
      // Exactly the two root fields (a version no dependency has): a dependency at the old version keeps it.
      expect((await after('package-lock.json')).split(`"version": "${to}"`).length - 1).toBe(2);
      // Only the version strings changed: swapping them back gives the original files.
      for (const file of ['package.json', 'package-lock.json', 'manifest.json']) {
        expect((await after(file)).replaceAll(`"version": "${to}"`, `"version": "${current}"`), file).toBe(before[file]);
      }
      expect(await after('CHANGELOG.md')).toContain(`## Unreleased\n\n## ${to} — 2026-12-06\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
