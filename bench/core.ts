/**
 * npm run bench core: the detection core against plain libphonenumber-js findPhoneNumbersInText (max metadata,
 * the library's default VALID leniency) on the same blocks of text, one call per block as the content script
 * makes them. Inputs are built by a seeded generator, so every run measures the same text; each holds planted
 * phone numbers whose recall is reported next to the speed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { findPhones } from '../src/core/find-phones';
import { htmlBlocks } from '../scripts/html-blocks';
import type { BenchSection } from './index';
import { random } from './random';

const TARGET_BYTES = 100 * 1024;
const RUNS = 7;


interface Input { name: string; blocks: string[]; planted: string[] }

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function phone(rnd: () => number): { text: string; e164: string } {
  const area = [212, 312, 415, 503, 617, 646, 720, 919][Math.floor(rnd() * 8)] ?? 212;
  const line = pad(100 + Math.floor(rnd() * 99), 4);
  const forms = [`(${area}) 555-${line}`, `${area}-555-${line}`, `+1 ${area} 555 ${line}`, `${area}.555.${line}`];
  return { text: forms[Math.floor(rnd() * forms.length)] ?? '', e164: `+1${area}555${line}` };
}

/** Log and ledger lines: dates, times, amounts, IDs, IPs, versions; a phone number on one line in twenty. */
function digitDense(): Input {
  const rnd = random(1);
  const blocks: string[] = [];
  const planted: string[] = [];
  let size = 0;
  while (size < TARGET_BYTES) {
    const n = () => Math.floor(rnd() * 1e10);
    let line = `2024-${pad(1 + Math.floor(rnd() * 12), 2)}-${pad(1 + Math.floor(rnd() * 28), 2)} ${pad(Math.floor(rnd() * 24), 2)}:${pad(Math.floor(rnd() * 60), 2)}:${pad(Math.floor(rnd() * 60), 2)} ` +
      `order #${n()} sku ${pad(n() % 1e8, 8)} qty ${Math.floor(rnd() * 40)} $${(rnd() * 9999).toFixed(2)} ` +
      `ip 10.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)} v${Math.floor(rnd() * 9)}.${Math.floor(rnd() * 30)}.${Math.floor(rnd() * 300)} ` +
      `${(rnd() * 100).toFixed(2)}% ${pad(n() % 1e4, 4)} ${pad(n() % 1e4, 4)} ${pad(n() % 1e4, 4)} ${pad(n() % 1e4, 4)} ${n()} ${n() % 1e6}`;
    if (blocks.length % 20 === 0) {
      const p = phone(rnd);
      line += ` callback ${p.text}`;
      planted.push(p.e164);
    }
    blocks.push(line);
    size += line.length;
  }
  return { name: 'digit-dense (logs, ledgers)', blocks, planted };
}

/** Article prose: the shared real pages' text when present, else generated sentences; a number every ~2 KB. */
function prose(): Input {
  const rnd = random(2);
  const dir = `${process.env['EVAL_CORPUS'] ?? '/work/shared/eval-corpus'}/real`;
  const source = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort().flatMap((f) => htmlBlocks(readFileSync(`${dir}/${f}`, 'utf8')))
    : Array.from({ length: 2000 }, (_, i) => `In ${1990 + (i % 30)}, the council met ${i % 12} times and spent $${i * 1234} on ${i % 7} projects across the city's districts.`);
  const blocks: string[] = [];
  const planted: string[] = [];
  let size = 0;
  let since = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    let block = source[i % source.length] ?? '';
    if (since > 2048) {
      const p = phone(rnd);
      block += ` For details call ${p.text}.`;
      planted.push(p.e164);
      since = 0;
    }
    blocks.push(block);
    size += block.length;
    since += block.length;
  }
  return { name: 'prose (article text)', blocks, planted };
}

/** Table cells of a staff directory and an orders table: one block per cell, as the content script sees them. */
function tables(): Input {
  const rnd = random(3);
  const blocks: string[] = [];
  const planted: string[] = [];
  let size = 0;
  for (let row = 0; size < TARGET_BYTES; row++) {
    const p = phone(rnd);
    const cells = row % 2 === 0
      ? [`Employee ${row}`, p.text, `Room ${Math.floor(rnd() * 900) + 100}`, `${pad(1 + (row % 12), 2)}/${pad(1 + (row % 28), 2)}/2024`]
      : [`#${Math.floor(rnd() * 1e10)}`, `$${(rnd() * 5000).toFixed(2)}`, `${Math.floor(rnd() * 100)}%`, `${pad(Math.floor(rnd() * 1e4), 4)}-${pad(Math.floor(rnd() * 1e4), 4)}`];
    if (row % 2 === 0) planted.push(p.e164);
    blocks.push(...cells);
    size += cells.join('').length;
  }
  return { name: 'tables (one block per cell)', blocks, planted };
}

interface Result { ms: number; found: string[] }

function measure(blocks: readonly string[], find: (text: string) => string[]): Result {
  let found: string[] = [];
  const times: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const t0 = performance.now();
    const out: string[] = [];
    for (const block of blocks) out.push(...find(block));
    const elapsed = performance.now() - t0;
    if (run > 0) times.push(elapsed); // run 0 warms up the JIT and the library's caches
    found = out;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, found };
}

const recall = (planted: readonly string[], found: readonly string[]) => {
  const pool = [...found];
  let hit = 0;
  for (const p of planted) {
    const at = pool.indexOf(p);
    if (at >= 0) { pool.splice(at, 1); hit++; }
  }
  return { hit, stray: pool.length };
};

const section: BenchSection = {
  title: 'Detection core vs findPhoneNumbersInText',
  async run() {
    const rows: string[] = [
      '| input | KB | blocks | planted | findPhoneNumbersInText ms/100 KB | found (planted hit / other) | core ms/100 KB | found (planted hit / other) | speed-up |',
      '|---|---|---|---|---|---|---|---|---|',
    ];
    for (const input of [digitDense(), prose(), tables()]) {
      const kb = input.blocks.reduce((n, b) => n + b.length, 0) / 1024;
      const plain = measure(input.blocks, (text) => findPhoneNumbersInText(text, 'US').map((m) => m.number.number));
      const core = measure(input.blocks, (text) => findPhones(text, 'US').map((m) => m.e164));
      const per100 = (ms: number) => ((ms * 100) / kb).toFixed(1);
      const p = recall(input.planted, plain.found);
      const c = recall(input.planted, core.found);
      rows.push(`| ${input.name} | ${kb.toFixed(0)} | ${input.blocks.length} | ${input.planted.length} | ${per100(plain.ms)} | ${plain.found.length} (${p.hit} / ${p.stray}) | ${per100(core.ms)} | ${core.found.length} (${c.hit} / ${c.stray}) | ${(plain.ms / core.ms).toFixed(1)}× |`);
    }
    return `${rows.join('\n')}\n\nMedian of ${RUNS} runs after one warm-up, default region US, one call per block. "Other" counts numbers found that were not planted: on these inputs every one is a false link (order IDs, SKUs, digit groups).`;
  },
};

export default section;
