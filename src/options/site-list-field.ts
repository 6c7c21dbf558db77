import { parseSiteList } from '../core/site-list';
import { byId, show } from '../ui/dom';
import { problemText, t } from '../platform/i18n';

/** The site list: one pattern per line, checked as the user types; the first bad line is named. */
export class SiteListField {
  readonly textarea = byId<HTMLTextAreaElement>('sites');
  private readonly feedback = byId<HTMLElement>('sites-feedback');

  constructor(onChange: () => void) {
    this.textarea.addEventListener('input', () => {
      this.read();
      onChange();
    });
  }

  set(sites: readonly string[], locked: boolean): void {
    this.textarea.value = sites.join('\n');
    this.textarea.readOnly = locked;
    this.read();
  }

  /** The normalised list, or undefined (with the error shown) when a line is not a valid pattern. */
  read(): string[] | undefined {
    const parsed = parseSiteList(this.textarea.value);
    this.textarea.setAttribute('aria-invalid', String(!parsed.ok));
    if (!parsed.ok) {
      show(this.feedback, t('sitesLineProblem', [String(parsed.error.line), problemText(parsed.error.problem)]), 'error');
      return undefined;
    }
    show(this.feedback, t('sitesCount', [String(parsed.value.length)]));
    return parsed.value;
  }
}
