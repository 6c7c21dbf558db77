import { type CallerIdEntry, formatCallerId, MAX_CALLER_IDS, MAX_LABEL_LENGTH, parseCallerId, parseLabel } from '../core/caller-id';
import type { Region } from '../core/region';
import { byId, h, show } from '../ui/dom';
import { problemText, t } from '../platform/i18n';

/** Row 0 keeps the ids #callerId / #callerId-feedback of the single-field page, so existing links and tests hold. */
const suffix = (index: number): string => (index === 0 ? '' : `-${index}`);

export interface CallerIdsValue {
  readonly callerIds: CallerIdEntry[];
  readonly defaultCaller: string;
}

interface Row {
  readonly number: HTMLInputElement;
  readonly label: HTMLInputElement;
  readonly isDefault: HTMLInputElement;
  readonly feedback: HTMLElement;
  readonly remove: HTMLButtonElement;
}

/**
 * The caller ID list: one row per number (number, label, "default" radio, remove), a "no caller ID" choice and
 * an Add button. Each row is checked as the user types and shows the number as it will be sent.
 */
export class CallerIdsEditor {
  private readonly container = byId<HTMLDivElement>('callerId-rows');
  private readonly none = byId<HTMLInputElement>('callerDefault-none');
  private readonly add = byId<HTMLButtonElement>('addCallerId');
  private rows: Row[] = [];
  private locked = { list: false, default: false };

  constructor(
    private readonly region: () => Region,
    private readonly onChange: () => void,
  ) {
    this.add.addEventListener('click', () => {
      const entries = this.draft();
      this.render([...entries.rows, { number: '', label: '' }], entries.defaultIndex);
      this.rows.at(-1)?.number.focus();
      this.onChange();
    });
    this.none.addEventListener('change', () => this.onChange());
  }

  set(callerIds: readonly CallerIdEntry[], defaultCaller: string, locked: { list: boolean; default: boolean }): void {
    this.locked = locked;
    const rows = callerIds.map((entry) => ({ number: entry.number, label: entry.label }));
    const defaultIndex = callerIds.findIndex((entry) => entry.number === defaultCaller);
    // With nothing stored, offer one empty row that is already the default: typing a number is all it takes.
    if (rows.length === 0) this.render([{ number: '', label: '' }], locked.default ? -1 : 0);
    else this.render(rows, defaultIndex);
  }

  /** Checks every row, showing each one's feedback; the value to save, or undefined when a row is invalid. */
  read(): CallerIdsValue | undefined {
    let valid = true;
    const callerIds: CallerIdEntry[] = [];
    let defaultCaller = '';
    for (const [index, row] of this.rows.entries()) {
      const number = this.check(index);
      if (number === undefined) {
        valid = false;
        continue;
      }
      if (number === '') continue;
      callerIds.push({ number, label: row.label.value.trim() });
      if (row.isDefault.checked) defaultCaller = number;
    }
    return valid ? { callerIds, defaultCaller } : undefined;
  }

  /** The caller ID the default row would send now, if it is valid ('' for none). */
  currentDefault(): string {
    const index = this.rows.findIndex((row) => row.isDefault.checked);
    const row = this.rows[index];
    if (!row) return '';
    const parsed = parseCallerId(row.number.value, this.region());
    return parsed.ok ? parsed.value : '';
  }

  focusFirstInvalid(): void {
    this.rows.find((row) => row.number.getAttribute('aria-invalid') === 'true' || row.label.getAttribute('aria-invalid') === 'true')?.number.focus();
  }

  /** Checks row `index` and shows the result; the normalised number ('' for an empty row) or undefined. */
  private check(index: number): string | undefined {
    const row = this.rows[index];
    if (!row) return undefined;
    const parsed = parseCallerId(row.number.value, this.region());
    const label = parseLabel(row.label.value);
    const duplicate = parsed.ok && parsed.value !== '' &&
      this.rows.slice(0, index).some((other) => { const o = parseCallerId(other.number.value, this.region()); return o.ok && o.value === parsed.value; });
    const labelOnly = parsed.ok && parsed.value === '' && label.ok && label.value !== '';
    row.number.setAttribute('aria-invalid', String(!parsed.ok || duplicate || labelOnly));
    row.label.setAttribute('aria-invalid', String(!label.ok));
    if (!parsed.ok) show(row.feedback, problemText(parsed.problem), 'error');
    else if (!label.ok) show(row.feedback, problemText(label.problem), 'error');
    else if (duplicate) show(row.feedback, t('problemCallerIdDuplicate', [formatCallerId(parsed.value)]), 'error');
    else if (labelOnly) show(row.feedback, t('problemLabelWithoutNumber'), 'error');
    else if (parsed.value === '') show(row.feedback, t('callerIdFeedbackNone'));
    else if (parsed.value.startsWith('+')) show(row.feedback, t('callerIdFeedbackNumber', [formatCallerId(parsed.value), parsed.value]));
    else show(row.feedback, t('callerIdFeedbackExtension', [parsed.value]));
    return parsed.ok && label.ok && !duplicate && !labelOnly ? parsed.value : undefined;
  }

  private draft(): { rows: { number: string; label: string }[]; defaultIndex: number } {
    return {
      rows: this.rows.map((row) => ({ number: row.number.value, label: row.label.value })),
      defaultIndex: this.rows.findIndex((row) => row.isDefault.checked),
    };
  }

  private render(rows: readonly { number: string; label: string }[], defaultIndex: number): void {
    this.rows = rows.map((values, index) => this.createRow(index, values));
    this.container.replaceChildren(...this.rows.map((row) => row.number.closest('.caller-row') ?? row.number));
    this.none.checked = defaultIndex < 0;
    const defaultRow = this.rows[defaultIndex];
    if (defaultRow) defaultRow.isDefault.checked = true;
    this.none.disabled = this.locked.default;
    this.add.hidden = this.locked.list;
    this.add.disabled = this.rows.length >= MAX_CALLER_IDS;
    this.rows.forEach((_, index) => this.check(index));
    this.showChoices();
  }

  /**
   * While every row is empty, the empty default row already means "no caller ID": the separate "none" choice
   * would be a second control for the same thing, and removing the only empty row would change nothing.
   */
  private showChoices(): void {
    const allEmpty = this.rows.length > 0 && this.rows.every((row) => row.number.value.trim() === '' && row.label.value.trim() === '');
    const noneChoice = this.none.closest('label') ?? this.none;
    noneChoice.hidden = allEmpty;
    if (allEmpty && this.none.checked && !this.locked.default) {
      const first = this.rows[0];
      if (first) first.isDefault.checked = true;
    }
    for (const row of this.rows) row.remove.hidden = this.locked.list || (this.rows.length === 1 && allEmpty);
  }

  private createRow(index: number, values: { number: string; label: string }): Row {
    const id = suffix(index);
    const position = String(index + 1);
    const number = h('input', { id: `callerId${id}`, type: 'text', inputmode: 'tel', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `callerIds-hint callerId${id}-feedback` });
    // The field holds what the check accepts, and its error is read with it.
    const label = h('input', {
      id: `callerLabel${id}`, type: 'text', autocomplete: 'off', placeholder: t('callerIdLabelPlaceholder'),
      maxlength: String(MAX_LABEL_LENGTH), 'aria-describedby': `callerId${id}-feedback`,
    });
    const isDefault = h('input', { id: `callerDefault${id}`, type: 'radio', name: 'defaultCaller', value: position, 'aria-label': t('callerIdDefaultAria', [position]) });
    const remove = h('button', { id: `callerRemove${id}`, type: 'button', class: 'secondary remove', 'aria-label': t('callerIdRemoveAria', [position]) }, t('callerIdRemove'));
    const feedback = h('p', { id: `callerId${id}-feedback`, class: 'feedback', 'aria-live': 'polite' });
    number.value = values.number;
    label.value = values.label;
    number.readOnly = label.readOnly = this.locked.list;
    isDefault.disabled = this.locked.default;
    remove.hidden = this.locked.list;
    const row: Row = { number, label, isDefault, feedback, remove };
    for (const input of [number, label]) {
      input.addEventListener('input', () => {
        this.rows.forEach((_, i) => this.check(i));
        this.showChoices();
        this.onChange();
      });
    }
    // Once the user leaves the field, a valid number is written as E.164: a national number then keeps its
    // meaning when the country setting below changes.
    number.addEventListener('change', () => {
      const parsed = parseCallerId(number.value, this.region());
      if (parsed.ok && parsed.value !== number.value.trim()) number.value = parsed.value;
    });
    isDefault.addEventListener('change', () => this.onChange());
    remove.addEventListener('click', () => {
      const draft = this.draft();
      draft.rows.splice(index, 1);
      const defaultIndex = draft.defaultIndex === index ? -1 : draft.defaultIndex > index ? draft.defaultIndex - 1 : draft.defaultIndex;
      this.render(draft.rows, defaultIndex);
      (this.rows[Math.max(0, index - 1)]?.number ?? this.add).focus();
      this.onChange();
    });
    h('div', { class: 'caller-row' },
      h('label', { class: 'default-choice' }, isDefault, h('span', {}, t('callerIdDefault'))),
      h('span', { class: 'field' }, h('label', { for: number.id }, t('callerIdNumberLabel')), number),
      h('span', { class: 'field' }, h('label', { for: label.id }, t('callerIdLabelLabel')), label),
      remove,
      feedback,
    );
    return row;
  }
}
