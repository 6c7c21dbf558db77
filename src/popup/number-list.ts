import type { Dialable } from '../core/dialable';
import { formatDialable } from '../core/dial-input';
import { t } from './i18n';

export interface NumberRow {
  readonly target: Dialable;
  /** Extra text after the number (e.g. when it was called). */
  readonly detail?: string;
}

/** Fills a list with one row per number: the number, a Call button and, when SMS is on, a Text button. */
export function renderNumbers(list: HTMLElement, rows: readonly NumberRow[], sms: boolean, act: (target: Dialable, sms: boolean) => void): void {
  const items = rows.map(({ target, detail }) => {
    const item = document.createElement('li');
    const number = document.createElement('span');
    number.className = 'number';
    number.textContent = detail ? `${formatDialable(target)} · ${detail}` : formatDialable(target);
    const call = document.createElement('button');
    call.type = 'button';
    call.className = 'call';
    call.textContent = t('popupCall');
    call.addEventListener('click', () => act(target, false));
    item.append(number, call);
    if (sms) {
      const text = document.createElement('button');
      text.type = 'button';
      text.className = 'text';
      text.textContent = t('popupText');
      text.addEventListener('click', () => act(target, true));
      item.append(text);
    }
    return item;
  });
  list.replaceChildren(...items);
}
