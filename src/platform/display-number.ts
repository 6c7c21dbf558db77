import type { Dialable } from '../core/dialable';
import { formatDialable } from '../core/dial-input';
import { t } from './i18n';

/**
 * A number as the extension's pages show it: the core's international format, and an extension after it in the
 * shown language ("+1 212 555 0103 ext. 12", "… Durchwahl 12").
 */
export function displayDialable(target: Dialable): string {
  if (target.kind !== 'e164' || !target.ext) return formatDialable(target);
  return t('numberWithExtension', [formatDialable({ kind: 'e164', e164: target.e164 }), target.ext]);
}
