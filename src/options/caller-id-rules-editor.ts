import { type CallerIdEntry, formatCallerId } from '../core/caller-id';
import { type CallerIdRule, chooseCallerId, MAX_CALLER_ID_RULES, parseRuleMatch, ruleKind } from '../core/caller-id-rules';
import { parseDialInput } from '../core/dial-input';
import { displayCallerId, displayDialable } from '../platform/display-number';
import type { Region } from '../core/region';
import { parseSitePattern } from '../core/site-list';
import { byId, h, show } from '../ui/dom';
import { problemText, t } from '../platform/i18n';

/** What the rules editor reads from the rest of the page as the user types. */
export interface RulesContext {
  readonly region: () => Region;
  /** The caller IDs as the caller ID editor holds them now; undefined while one of its rows is invalid. */
  readonly callerIds: () => readonly CallerIdEntry[] | undefined;
  /** The default caller ID the caller ID editor would save now ('' for none). */
  readonly defaultCaller: () => string;
  readonly onChange: () => void;
}

interface Row {
  readonly element: HTMLElement;
  readonly match: HTMLInputElement;
  readonly caller: HTMLSelectElement;
  readonly feedback: HTMLElement;
}

/**
 * The caller-ID rules (issue 22): one row per rule (calls to a prefix or from a site → a caller ID), in the order
 * they are tried, each checked as the user types; a rule whose caller ID was removed keeps it, flagged, until the
 * user picks another. Below them, a number (and site) to try, with the sentence saying which caller ID it gets.
 */
export class CallerIdRulesEditor {
  private readonly container = byId<HTMLDivElement>('rule-rows');
  private readonly add = byId<HTMLButtonElement>('addRule');
  private readonly tryNumber = byId<HTMLInputElement>('ruleTryNumber');
  private readonly trySite = byId<HTMLInputElement>('ruleTrySite');
  private readonly preview = byId<HTMLElement>('rule-preview');
  private rows: Row[] = [];
  private locked = false;
  private known: readonly CallerIdEntry[] = [];

  constructor(private readonly context: RulesContext) {
    this.add.addEventListener('click', () => {
      this.render([...this.draft(), { match: '', callerId: this.context.defaultCaller() }]);
      this.rows.at(-1)?.match.focus();
      this.context.onChange();
    });
    for (const input of [this.tryNumber, this.trySite]) input.addEventListener('input', () => this.renderPreview());
  }

  set(rules: readonly CallerIdRule[], locked: boolean): void {
    this.locked = locked;
    this.render(rules);
  }

  /** The rules to save, or undefined (each row's problem shown) when one is invalid. Empty rows are dropped. */
  read(): CallerIdRule[] | undefined {
    const rules: CallerIdRule[] = [];
    let valid = true;
    for (const row of this.rows) {
      if (row.match.value.trim() === '') continue;
      const match = parseRuleMatch(row.match.value);
      if (match.ok) rules.push({ match: match.value, callerId: row.caller.value });
      else valid = false;
    }
    this.refresh();
    return valid ? rules : undefined;
  }

  focusFirstInvalid(): void {
    this.rows.find((row) => row.match.getAttribute('aria-invalid') === 'true')?.match.focus();
  }

  /** Follows the caller ID list as it is edited: the choices in every row, the checks and the preview. */
  refresh(): void {
    this.known = this.context.callerIds() ?? this.known;
    for (const row of this.rows) this.fillCallers(row.caller, row.caller.value);
    this.rows.forEach((_, index) => this.check(index));
    this.renderPreview();
  }

  private draft(): CallerIdRule[] {
    return this.rows.map((row) => ({ match: row.match.value, callerId: row.caller.value }));
  }

  private render(rules: readonly CallerIdRule[]): void {
    this.known = this.context.callerIds() ?? this.known;
    this.rows = rules.map((rule, index) => this.createRow(index, rule, index === rules.length - 1));
    this.container.replaceChildren(...this.rows.map((row) => row.element));
    this.add.hidden = this.locked;
    this.add.disabled = this.rows.length >= MAX_CALLER_ID_RULES;
    this.rows.forEach((_, index) => this.check(index));
    this.renderPreview();
  }

  private callerName(number: string): string {
    if (number === '') return t('rulesNone');
    const entry = this.known.find((known) => known.number === number);
    return entry?.label ? entry.label : formatCallerId(number);
  }

  /** The row's choices: no caller ID, each caller ID, and the rule's own caller ID if it is no longer listed. */
  private fillCallers(select: HTMLSelectElement, value: string): void {
    const options = [h('option', { value: '' }, t('rulesNoCallerId'))];
    for (const entry of this.known) options.push(h('option', { value: entry.number }, displayCallerId(entry)));
    if (value !== '' && !this.known.some((entry) => entry.number === value)) {
      options.push(h('option', { value, 'data-missing': 'true' }, t('rulesMissingCaller', [formatCallerId(value)])));
    }
    select.replaceChildren(...options);
    select.value = value;
  }

  /** Checks row `index` and says what it does, or what is wrong with it. */
  private check(index: number): void {
    const row = this.rows[index];
    if (!row) return;
    const text = row.match.value;
    const match = text.trim() === '' ? undefined : parseRuleMatch(text);
    const missing = row.caller.value !== '' && !this.known.some((entry) => entry.number === row.caller.value);
    row.match.setAttribute('aria-invalid', String(match?.ok === false));
    row.caller.setAttribute('aria-invalid', String(missing));
    row.element.classList.toggle('dangling', missing);
    if (match && !match.ok) show(row.feedback, problemText(match.problem), 'error');
    else if (missing) show(row.feedback, t('rulesDangling'), 'error');
    else if (!match) show(row.feedback, t('problemRuleMatchEmpty'));
    else {
      const caller = this.callerName(row.caller.value);
      const shown = ruleKind(match.value) === 'destination' ? text.trim() : match.value;
      show(row.feedback, ruleKind(match.value) === 'destination' ? t('rulesFeedbackDestination', [shown, caller]) : t('rulesFeedbackSite', [shown, caller]));
    }
  }

  private validRules(): CallerIdRule[] {
    return this.rows.flatMap((row) => {
      const match = parseRuleMatch(row.match.value);
      return match.ok ? [{ match: match.value, callerId: row.caller.value }] : [];
    });
  }

  /** "+44 20 7946 0958 will be called from UK office (rule 1).", chosen by the core as a call would be. */
  private renderPreview(): void {
    const target = parseDialInput(this.tryNumber.value, this.context.region());
    if (!target) {
      show(this.preview, t('rulesPreviewInvalid'));
      return;
    }
    const site = parseSitePattern(this.trySite.value);
    const hostname = site.ok && !site.value.startsWith('*.') ? site.value : '';
    const settings = { callerIds: this.known, defaultCaller: this.context.defaultCaller(), callerIdRules: this.validRules() };
    const choice = chooseCallerId(settings, target, hostname);
    const number = displayDialable(target);
    const caller = this.callerName(choice.callerId);
    show(this.preview, choice.rule < 0 ? t('rulesPreview', [number, caller]) : t('rulesPreviewRule', [number, caller, String(choice.rule + 1)]));
  }

  private move(index: number, by: -1 | 1): void {
    const draft = this.draft();
    const [rule] = draft.splice(index, 1);
    if (!rule) return;
    draft.splice(index + by, 0, rule);
    this.render(draft);
    this.rows[index + by]?.match.focus();
    this.context.onChange();
  }

  private createRow(index: number, rule: CallerIdRule, last: boolean): Row {
    const n = String(index + 1);
    const match = h('input', { id: `ruleMatch-${n}`, type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder: t('rulesMatchPlaceholder'), 'aria-describedby': `rule-feedback-${n}` });
    const caller = h('select', { id: `ruleCaller-${n}`, 'aria-describedby': `rule-feedback-${n}` });
    const feedback = h('p', { id: `rule-feedback-${n}`, class: 'feedback', 'aria-live': 'polite' });
    const button = (id: string, key: string, action: () => void, hidden: boolean) => {
      const element = h('button', { id: `${id}-${n}`, type: 'button', class: 'secondary', 'aria-label': t(`${key}Aria`, [n]) }, t(key));
      element.hidden = this.locked || hidden;
      element.addEventListener('click', action);
      return element;
    };
    match.value = rule.match;
    match.readOnly = this.locked;
    caller.disabled = this.locked;
    this.fillCallers(caller, rule.callerId);
    match.addEventListener('input', () => {
      this.check(index);
      this.renderPreview();
      this.context.onChange();
    });
    caller.addEventListener('change', () => {
      this.check(index);
      this.renderPreview();
      this.context.onChange();
    });
    const remove = () => {
      const draft = this.draft();
      draft.splice(index, 1);
      this.render(draft);
      (this.rows[Math.max(0, index - 1)]?.match ?? this.add).focus();
      this.context.onChange();
    };
    const element = h('div', { class: 'rule-row' },
      h('span', { class: 'field' }, h('label', { for: match.id }, t('rulesMatchLabel')), match),
      h('span', { class: 'field' }, h('label', { for: caller.id }, t('rulesCallerLabel')), caller),
      button('ruleUp', 'rulesUp', () => this.move(index, -1), index === 0),
      button('ruleDown', 'rulesDown', () => this.move(index, 1), last),
      button('ruleRemove', 'rulesRemove', remove, false),
      feedback,
    );
    return { element, match, caller, feedback };
  }
}
