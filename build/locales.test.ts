import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bcp47FromFolder } from '../src/platform/ui-locale';

/**
 * Every locale in public/_locales against `en`: the same keys, the same placeholders, nothing empty, the store's
 * length limits, and `htmlLang` naming the folder (the pages read it to set <html lang>; see src/platform/i18n.ts).
 */
const ROOT = 'public/_locales';

interface Message {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Record<string, { readonly content: string; readonly example?: string }>;
}
type Messages = Record<string, Message>;

/** The folder names the Chrome Web Store and Chrome accept (addons.mozilla.org takes the same). */
const STORE_LOCALES = new Set(('ar am bg bn ca cs da de el en en_AU en_GB en_US es es_419 et fa fi fil fr gu he hi hr hu id it ja ' +
  'kn ko lt lv ml mr ms nb nl pl pt_BR pt_PT ro ru sk sl sr sv sw ta te th tr uk vi zh_CN zh_TW').split(' '));

/** Chrome Web Store limits (addons.mozilla.org allows more). */
const LIMITS: Record<string, number> = { extName: 75, extShortName: 12, extDescription: 132 };

const load = (locale: string): Messages => JSON.parse(readFileSync(join(ROOT, locale, 'messages.json'), 'utf8')) as Messages;
const locales = readdirSync(ROOT, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
const en = load('en');

/** Placeholder name (lower case: the browsers match them so) → content such as "$1". */
function placeholders(message: Message): Record<string, string> {
  return Object.fromEntries(Object.entries(message.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
}

/** The $NAME$ references in a message's text, lower case, sorted, each once. */
function references(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => (match[1] ?? '').toLowerCase()))].sort();
}

/** Everything wrong with one locale's file, as readable lines (empty when it is right). */
export function localeProblems(locale: string, messages: Messages, reference: Messages): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) if (!(key in messages)) problems.push(`${locale}: missing key ${key}`);
  for (const key of Object.keys(messages)) if (!(key in reference)) problems.push(`${locale}: extra key ${key} (not in en)`);
  for (const [key, message] of Object.entries(messages)) {
    const base = reference[key];
    if (typeof message.message !== 'string' || message.message.trim() === '') {
      problems.push(`${locale}: ${key} is empty`);
      continue;
    }
    if (!base) continue;
    const ours = placeholders(message);
    const theirs = placeholders(base);
    if (JSON.stringify(Object.entries(ours).sort()) !== JSON.stringify(Object.entries(theirs).sort())) {
      problems.push(`${locale}: ${key} placeholders ${JSON.stringify(ours)} differ from en's ${JSON.stringify(theirs)}`);
    }
    const used = references(message.message);
    const expected = references(base.message);
    if (used.join() !== expected.join()) problems.push(`${locale}: ${key} uses $${used.join('$, $')}$ where en uses $${expected.join('$, $')}$`);
    const bare = message.message.replace(/\$\$/g, '').match(/\$\d/g) ?? [];
    const bareEn = base.message.replace(/\$\$/g, '').match(/\$\d/g) ?? [];
    if (bare.sort().join() !== bareEn.sort().join()) problems.push(`${locale}: ${key} uses ${bare.join(' ') || 'no'} $n where en uses ${bareEn.join(' ') || 'none'}`);
  }
  for (const [key, max] of Object.entries(LIMITS)) {
    const length = [...(messages[key]?.message ?? '')].length;
    if (length > max) problems.push(`${locale}: ${key} has ${length} characters; the store allows ${max}`);
  }
  const lang = messages.htmlLang?.message;
  if (lang !== undefined && lang !== bcp47FromFolder(locale)) problems.push(`${locale}: htmlLang is "${lang}"; it must be "${bcp47FromFolder(locale)}" (the folder's tag)`);
  if (!STORE_LOCALES.has(locale)) problems.push(`${locale}: not a locale folder name the stores accept`);
  return problems;
}

describe('locales', () => {
  it('ships en, the default locale', () => {
    expect(locales).toContain('en');
    expect(JSON.parse(readFileSync('manifest.json', 'utf8')).default_locale).toBe('en');
  });

  it.each(locales)('%s has every key of en, the same placeholders, no empty message, and fits the store limits', (locale) => {
    expect(localeProblems(locale, load(locale), en)).toEqual([]);
  });

  it('en declares every placeholder it uses, and uses every one it declares', () => {
    const problems = Object.entries(en).flatMap(([key, message]) => {
      const declared = Object.keys(placeholders(message)).sort();
      return references(message.message).join() === declared.join() ? [] : [`${key}: uses ${references(message.message).join()} declares ${declared.join()}`];
    });
    expect(problems).toEqual([]);
  });

  it('finds what a broken translation gets wrong', () => {
    const broken: Messages = {
      ...en,
      extShortName: { message: 'Klick zum Anrufen' },
      noticeNoNumber: { message: 'Keine Nummer in $AUSWAHL$.', placeholders: { auswahl: { content: '$1' } } },
      popupCall: { message: ' ' },
      htmlLang: { message: 'de-DE' },
      somethingNew: { message: 'x' },
    };
    delete (broken as Record<string, Message>).popupText;
    expect(localeProblems('de', broken, en)).toEqual([
      'de: missing key popupText',
      'de: extra key somethingNew (not in en)',
      expect.stringMatching(/^de: noticeNoNumber placeholders/),
      'de: noticeNoNumber uses $auswahl$ where en uses $selection$',
      'de: popupCall is empty',
      'de: extShortName has 17 characters; the store allows 12',
      'de: htmlLang is "de-DE"; it must be "de" (the folder\'s tag)',
    ]);
  });
});
