/**
 * npm run bench [section…] [-- --quick --seed=N --runs=N --browser=chromium,firefox --only=family,…]: runs the
 * benchmark sections (core and families by default; "page" is the older fixed-page Chromium bench), prints each
 * table and writes it into BENCHMARKS.md between that section's markers, with the machine it ran on. The families
 * section draws a new seed every run and prints it; BENCH_SEED (or --seed) runs the same pages again.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';

export interface BenchSection {
  readonly title: string;
  /** Runs the benchmark and returns its report as Markdown. */
  run(): Promise<string>;
}

const SECTIONS: Record<string, () => Promise<BenchSection>> = {
  core: async () => (await import('./core.ts')).default,
  families: async () => (await import('./families-bench.ts')).default,
  page: async () => (await import('./page.ts')).default,
};
/** What `npm run bench` runs with no section named ("page" is the older fixed-page Chromium bench, run by name). */
const DEFAULT_SECTIONS = ['core', 'families'];

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'not installed';
  }
}

function machine(): string {
  const cpu = cpus();
  return [
    `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `Node ${process.version}`,
    version('/usr/bin/chromium', ['--version']).replace(/\s+built on.*/, ''),
    version('/usr/bin/firefox-esr', ['--version']),
  ].join(' · ');
}

async function writeSection(name: string, body: string): Promise<void> {
  const file = new URL('../BENCHMARKS.md', import.meta.url);
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n\nWritten by `npm run bench`; each section is replaced when it runs again.\n');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n\n_Ran ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}._\n${end}`;
  const at = text.indexOf(start);
  const until = text.indexOf(end);
  text = at >= 0 && until > at ? text.slice(0, at) + block + text.slice(until + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  await writeFile(file, text);
}

// Flags (--quick, --seed=N, --browser=…, --only=…) are read by the sections themselves.
const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const names = requested.length > 0 ? requested : DEFAULT_SECTIONS;
for (const name of names) {
  const load = SECTIONS[name];
  if (!load) throw new Error(`unknown bench section "${name}"; known: ${Object.keys(SECTIONS).join(', ')}`);
  const section = await load();
  console.log(`\n## ${section.title}\n`);
  const report = await section.run();
  console.log(report);
  await writeSection(name, `## ${section.title}\n\n${report}`);
}
