import browser from 'webextension-polyfill';
import type { Problem } from '../core/problem';
import { textDirection, validTag } from './ui-locale';

/** A string from _locales; a missing key shows as itself so it is noticed rather than blank. */
export function t(key: string, args: readonly string[] = []): string {
  return browser.i18n.getMessage(key, [...args]) || key;
}

export function problemText(problem: Problem): string {
  return t(problem.key, problem.args);
}

/**
 * The BCP 47 tag of the locale whose strings are shown. Each locale file names itself in `htmlLang` (checked
 * against its folder by build/locales.test.ts), so this is the file the browser actually picked: Chrome and
 * Firefox negotiate differently (Firefox takes pt_BR for a pt-PT browser, Chrome falls back to en), and
 * `@@ui_locale` is the browser's language, which may be one this extension does not ship.
 */
export function shownLocale(): string {
  return validTag(browser.i18n.getMessage('htmlLang'));
}

/** Fills every data-i18n (text), data-i18n-placeholder, -aria-label and -title under `root`. */
export function localize(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n ?? '');
  for (const element of root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) element.placeholder = t(element.dataset.i18nPlaceholder ?? '');
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel ?? ''));
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) element.title = t(element.dataset.i18nTitle ?? '');
  // The language and direction of the text shown, not the browser's (WCAG 3.1.1). `@@bidi_dir` follows the
  // browser's language too, which would turn English text right to left in an Arabic browser.
  const lang = shownLocale();
  document.documentElement.lang = lang;
  document.documentElement.dir = textDirection(lang);
}
