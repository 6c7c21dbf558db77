import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A pseudo-locale: every message accented, about 40% longer and bracketed, with its placeholders kept, so a
 * screenshot shows at once text that is clipped, overflows, or was never localized (it stays plain ASCII).
 *
 *   npx tsx scripts/pseudo-locale.ts dist-pseudo [dist-test]
 *
 * copies a test build (dist-test/ by default) to dist-pseudo/ and replaces its `en` messages with the pseudo
 * ones; every other locale is removed, so the pseudo text shows whatever the browser's language.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [letter, [...'àƀçđéƒĝĥíĵķĺɱñöƥqŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][i] ?? letter]),
);
/** Filler words that wrap like text: long runs of one word would hide a missing wrap point. */
const FILLER = 'ĺöŕéɱ ïƥšûɱ đöĺöŕ šîţ àɱéţ çöñšéçţéţûŕ àđîƥîšçîñĝ éĺîţ ';
/** What stays as written: placeholders ($NAME$, $1, $$). */
const KEEP = /(\$[A-Za-z0-9_@]+\$|\$\d|\$\$)/;
/** Messages that are data, not text: the locale's own tag. */
const UNTOUCHED = new Set(['htmlLang']);
export const EXPANSION = 0.4;

export function pseudoText(text: string): string {
  const parts = text.split(KEEP);
  const accented = parts.map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join(''))).join('');
  const visible = parts.filter((_, i) => i % 2 === 0).join('').length;
  const extra = Math.max(2, Math.ceil(visible * EXPANSION));
  const padding = FILLER.repeat(Math.ceil(extra / FILLER.length) + 1).slice(0, extra).trimEnd();
  return `⟦${accented} ${padding}⟧`;
}

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function pseudoMessages(messages: Record<string, Message>): Record<string, Message> {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, UNTOUCHED.has(key) ? value : { ...value, message: pseudoText(value.message) }]));
}

/** Copies each browser's build from `from` to `to` with the pseudo `en` as its only locale. */
export function writePseudoBuild(from: string, to: string, browsers: readonly string[] = ['chrome', 'firefox']): void {
  const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, Message>;
  const pseudo = `${JSON.stringify(pseudoMessages(en), null, 2)}\n`;
  for (const browser of browsers) {
    const target = join(to, browser);
    rmSync(target, { recursive: true, force: true });
    cpSync(join(from, browser), target, { recursive: true });
    const locales = join(target, '_locales');
    for (const locale of readdirSync(locales)) if (locale !== 'en') rmSync(join(locales, locale), { recursive: true });
    writeFileSync(join(locales, 'en', 'messages.json'), pseudo);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [to = 'dist-pseudo', from = 'dist-test'] = process.argv.slice(2);
  writePseudoBuild(from, to);
  console.log(`pseudo-locale build of ${from}/ written to ${to}/ (chrome, firefox)`);
}
