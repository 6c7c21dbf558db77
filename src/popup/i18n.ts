import browser from 'webextension-polyfill';

/** A string from _locales; a missing key shows as itself so it is noticed rather than blank. */
export function t(key: string, args: readonly string[] = []): string {
  return browser.i18n.getMessage(key, [...args]) || key;
}

/** Fills every data-i18n (text), data-i18n-placeholder and data-i18n-aria-label under `root`. */
export function localize(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n ?? '');
  for (const element of root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) element.placeholder = t(element.dataset.i18nPlaceholder ?? '');
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel ?? ''));
  // The language of the text shown (the locale its strings came from), not the browser's (WCAG 3.1.1).
  document.documentElement.lang = t('htmlLang');
}
