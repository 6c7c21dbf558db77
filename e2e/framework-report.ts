import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One framework app in one browser: what e2e/framework-scenarios.ts measured. */
export interface AppRow {
  readonly app: string;
  readonly browser: string;
  /** Checkpoints judged (after load or hydration, and after each update), the pre-hydration one not counted. */
  readonly checkpoints: number;
  /** Numbers shown, summed over the checkpoints, and those linked, every digit, to their own number. */
  readonly shown: number;
  readonly linked: number;
  /** Server-rendered apps before hydration: numbers linked / marked (highlights) / shown. */
  readonly beforeHydration: { readonly linked: number; readonly marked: number; readonly shown: number } | null;
  /** Links dialling another number than the one they sit in (summed over checkpoints). */
  readonly wrongLinks: number;
  /** Checkpoints with at least one such link. */
  readonly wrongCheckpoints: number;
  /** Checkpoints whose rendered text differs from the app's state. */
  readonly renderMismatches: number;
  readonly pageErrors: number;
  /** ms from each update call to correct links; null where the deadline passed first. */
  readonly relinkMs: readonly (number | null)[];
  readonly hydrateMs: number | null | undefined;
  /** step: what went wrong, for the report. */
  readonly problems: readonly string[];
  readonly seconds: number;
}

export const RESULTS_DIR = fileURLToPath(new URL('../test-results/framework-apps/', import.meta.url));

export function p95(values: readonly (number | null)[]): number | null {
  if (values.length === 0) return 0;
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b);
  const value = sorted[Math.ceil(0.95 * sorted.length) - 1] ?? Infinity;
  return Number.isFinite(value) ? value : null;
}

const ms = (value: number | null | undefined, deadline = 'timeout') => (value === undefined ? '–' : value === null ? deadline : `${Math.round(value)}`);

/** "12" or "timeout (2/7 steps; the others ≤ 24)": the p95, and when steps never re-linked, how the rest did. */
function relinkCell(values: readonly (number | null)[]): string {
  const settled = values.filter((v): v is number => v !== null);
  const timeouts = values.length - settled.length;
  if (!timeouts) return ms(p95(values));
  const rest = settled.length ? `; the others ≤ ${Math.round(Math.max(...settled))}` : '';
  return `timeout (${timeouts}/${values.length} steps${rest})`;
}

export function formatTable(rows: readonly AppRow[]): string {
  const header = ['app', 'browser', 'shown', 'linked', 'recall', 'wrong links (checkpoints)', 'render mismatches', 'page errors', 'p95 re-link ms', 'hydrate re-link ms', 'before hydration linked/marked/shown', 's'];
  const lines = rows.map((row) => [
    row.app,
    row.browser,
    `${row.shown}`,
    `${row.linked}`,
    row.shown ? (row.linked / row.shown).toFixed(2) : '–',
    `${row.wrongLinks} (${row.wrongCheckpoints}/${row.checkpoints})`,
    `${row.renderMismatches}/${row.checkpoints}`,
    `${row.pageErrors}`,
    relinkCell(row.relinkMs),
    ms(row.hydrateMs),
    row.beforeHydration ? `${row.beforeHydration.linked}/${row.beforeHydration.marked}/${row.beforeHydration.shown}` : '–',
    row.seconds.toFixed(1),
  ]);
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => (cells[i] ?? '').length)));
  const format = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}

export async function saveRow(row: AppRow): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, `${row.browser}-${row.app}.json`), JSON.stringify(row, null, 2));
}

export async function loadRows(): Promise<AppRow[]> {
  const files = (await readdir(RESULTS_DIR).catch(() => [])).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => JSON.parse(await readFile(join(RESULTS_DIR, file), 'utf8')) as AppRow));
}

// `npx tsx e2e/framework-report.ts`: the table of the last run, then each app's problems.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void loadRows().then((rows) => {
    console.log(formatTable(rows));
    for (const row of rows) {
      if (row.problems.length) console.log(`\n${row.app} (${row.browser}):\n  ${row.problems.join('\n  ')}`);
    }
  });
}
