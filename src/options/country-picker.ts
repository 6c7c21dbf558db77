import { SUPPORTED_COUNTRIES } from '../core/phone-lib';
import { type Region, regionFromLanguages } from '../core/region';
import { byId, h, show } from '../ui/dom';
import { shownLocale, t } from '../platform/i18n';

const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The country for national-format numbers: a search field filtering a list of every country libphonenumber
 * knows, named in the language the page is shown in. The first entry, "Automatic", follows the browser's languages.
 */
export class CountryPicker {
  readonly select = byId<HTMLSelectElement>('country');
  private readonly search = byId<HTMLInputElement>('countrySearch');
  private readonly feedback = byId<HTMLElement>('country-feedback');
  private readonly names: Intl.DisplayNames;
  readonly browserRegion = regionFromLanguages(navigator.languages);

  constructor(private readonly onChange: () => void) {
    // Named and sorted in the language the page is shown in, not the browser's (which may not be shipped).
    const locale = shownLocale();
    this.names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    const collator = new Intl.Collator(locale);
    const countries = [...SUPPORTED_COUNTRIES]
      .map((code) => ({ code, name: this.nameOf(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const automatic = t('countryAutomatic', [this.nameOf(this.browserRegion)]);
    // A list box cuts long names at its edge; the title shows the whole name.
    this.select.replaceChildren(
      h('option', { value: '', title: automatic }, automatic),
      ...countries.map(({ code, name }) => {
        const text = t('countryOption', [name, code]);
        return h('option', { value: code, title: text, 'data-search': fold(`${name} ${code}`) }, text);
      }),
    );
    this.search.addEventListener('input', () => this.filter());
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.select.focus();
      }
      // Enter picks the first country the search shows; it never submits the form.
      if (event.key === 'Enter') {
        event.preventDefault();
        const first = [...this.select.options].find((option) => !option.hidden && option.value !== '');
        if (first && this.search.value.trim() !== '' && this.select.value !== first.value) {
          this.select.value = first.value;
          this.showChoice();
          this.onChange();
        }
      }
    });
    this.select.addEventListener('change', () => {
      this.showChoice();
      this.onChange();
    });
  }

  nameOf(code: string): string {
    return this.names.of(code) ?? code;
  }

  get value(): Region | '' {
    return this.select.value as Region | '';
  }

  /** The region national numbers are read for with the current choice (ignoring any page inference). */
  get region(): Region {
    return this.value === '' ? this.browserRegion : this.value;
  }

  set(country: Region | '', locked: boolean): void {
    this.search.value = '';
    this.filter();
    this.select.value = country;
    this.select.disabled = this.search.disabled = locked;
    this.showChoice();
  }

  private filter(): void {
    const query = fold(this.search.value.trim());
    for (const option of this.select.options) {
      option.hidden = query !== '' && option.value !== '' && !(option.dataset.search ?? '').includes(query);
    }
  }

  private showChoice(): void {
    const automatic = t('countryAutomatic', [this.nameOf(this.browserRegion)]);
    show(this.feedback, this.value === '' ? automatic : t('countryChosen', [this.nameOf(this.value)]));
  }
}
