import type { Dialable } from '../core/dialable';
import { formatCallerId } from '../core/caller-id';
import { formatNumber } from '../core/dial-input';
import { t } from './i18n';

/**
 * A number as every surface of the extension shows it (pages, links' titles, menus, hover card): the core's
 * international format, and an extension after it in the shown language ("+1 212 555 0103 ext. 12").
 */
export function displayDialable(target: Dialable): string {
  if (target.kind !== 'e164' || !target.ext) return formatNumber(target);
  return t('numberWithExtension', [formatNumber(target), target.ext]);
}

/** A caller ID as a choice in a list: "Desk (+1 212 555 0111)" in the shown language's punctuation, or the number alone. */
export function displayCallerId(entry: { readonly number: string; readonly label: string }): string {
  return entry.label ? t('callerIdOption', [entry.label, formatCallerId(entry.number)]) : formatCallerId(entry.number);
}
