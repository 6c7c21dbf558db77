import type { Dialable } from '../core/dialable';
import { displayDialable } from '../platform/display-number';
import { t } from '../platform/i18n';

export interface NumberRow {
  readonly target: Dialable;
  /** A second line under the number (e.g. when it was opened, and as whom). */
  readonly detail?: string;
}

function button(kind: 'call' | 'text', label: string, name: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = kind;
  element.textContent = label;
  // Many rows each have a Call button: each is named with its number.
  element.setAttribute('aria-label', name);
  element.addEventListener('click', onClick);
  return element;
}

/** Fills a list with one row per number: the number, a Call button and, when SMS is on, a Text button. */
export function renderNumbers(list: HTMLElement, rows: readonly NumberRow[], sms: boolean, act: (target: Dialable, sms: boolean) => void): void {
  const items = rows.map(({ target, detail }) => {
    const item = document.createElement('li');
    const shown = displayDialable(target);
    item.dataset.search = `${shown} ${target.kind === 'e164' ? target.e164 : target.digits}`.replace(/\s/g, '');
    const number = document.createElement('span');
    number.className = 'number';
    number.textContent = shown;
    const wrapper = document.createElement('span');
    wrapper.className = 'entry';
    wrapper.append(number);
    if (detail) {
      const line = document.createElement('span');
      line.className = 'detail';
      line.textContent = detail;
      wrapper.append(line);
    }
    item.append(wrapper, button('call', t('popupCall'), t('popupCallNamed', [shown]), () => act(target, false)));
    if (sms) item.append(button('text', t('popupText'), t('popupTextNamed', [shown]), () => act(target, true)));
    return item;
  });
  list.replaceChildren(...items);
}
