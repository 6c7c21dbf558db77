import type { Dialable } from '../core/dialable';
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
