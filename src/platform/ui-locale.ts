/**
 * The language an extension page is shown in, as pure functions (no browser APIs), so they can be tested alone.
 * The shown locale is read from the `htmlLang` message of the locale file the browser picked (see i18n.ts).
 */

/** Scripts written right to left; any language written in one gets dir="rtl". */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa']);

/** A `_locales` folder name (`pt_BR`) as a BCP 47 tag (`pt-BR`), as <html lang> and Intl take it. */
export function bcp47FromFolder(folder: string): string {
  return folder.replace(/_/g, '-');
}

/** "ltr" or "rtl" for a BCP 47 tag, by its language (and a right-to-left script subtag such as `-Arab`). */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const [language = '', ...rest] = tag.toLowerCase().split(/[-_]/);
  // A script subtag decides on its own (ks-Deva is left to right, pa-Arab right to left).
  const script = rest.find((part) => /^[a-z]{4}$/.test(part));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/**
 * The tag to show text in: the shown locale's tag when it is a well-formed BCP 47 tag, else `fallback`
 * (a locale file with a broken `htmlLang` must not break Intl, which throws on a malformed tag).
 */
export function validTag(tag: string, fallback = 'en'): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
