import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { findCycles, importGraph } from '../scripts/check-cycles.ts';

const root = join(import.meta.dirname, '..');
// The project's own config, minus the type-aware part: the planted files exist only in memory.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

async function ruleIdsFor(path: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result?.messages.map((message) => message.ruleId) ?? [];
}

describe('lint keeps the layers apart', () => {
  it('fails a cross-layer import two folders deep', async () => {
    expect(await ruleIdsFor('src/core/detect/planted.ts', "export { x } from '../../content/x';\n")).toContain('layers/layers');
    expect(await ruleIdsFor('src/core/detect/planted.ts', "import type { X } from '../../platform/x';\nexport type Y = X;\n")).toContain('layers/layers');
    expect(await ruleIdsFor('src/content/deep/er/planted.ts', "import { x } from '../../../background/x';\nexport const y = x;\n")).toContain('layers/layers');
    // One page never borrows from another, and the pages' DOM helpers are not the content script's.
    expect(await ruleIdsFor('src/welcome/planted.ts', "import { x } from '../options/x';\nexport const y = x;\n")).toContain('layers/layers');
    expect(await ruleIdsFor('src/content/planted.ts', "import { h } from '../ui/dom';\nexport const y = h;\n")).toContain('layers/layers');
  });

  it('fails a DOM global used in core', async () => {
    expect(await ruleIdsFor('src/core/detect/planted.ts', 'export const title = document.title;\n')).toContain('no-restricted-globals');
  });

  it('passes the imports the layers allow', async () => {
    expect(await ruleIdsFor('src/core/detect/planted.ts', "import { isE164 } from '../dialable';\nexport const y = isE164;\n")).toEqual([]);
    expect(await ruleIdsFor('src/popup/planted.ts', "import { sendToTab } from '../platform/tab-messages';\nexport const y = sendToTab;\n")).toEqual([]);
    expect(await ruleIdsFor('src/welcome/planted.ts', "import { h } from '../ui/dom';\nexport const y = h;\n")).toEqual([]);
  });
});

describe('the import-cycle check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on a cycle of type-only imports, and passes once it is broken', () => {
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport interface A { b: B }\n");
    writeFileSync(join(dir, 'b.ts'), "import type { C } from './c';\nexport interface B { c: C }\n");
    writeFileSync(join(dir, 'c.ts'), "import type { A } from './a';\nexport interface C { a?: A }\n");
    expect(findCycles(importGraph(dir)).map((cycle) => cycle.length)).toEqual([3]);
    writeFileSync(join(dir, 'c.ts'), 'export interface C { a?: unknown }\n');
    expect(findCycles(importGraph(dir))).toEqual([]);
  });

  it('finds none in src', () => {
    expect(findCycles(importGraph(join(root, 'src')))).toEqual([]);
  });
});
