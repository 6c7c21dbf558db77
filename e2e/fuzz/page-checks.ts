import type { BuiltPage, CheckData, CheckResult, FuzzWindow, TemplateRefs, Texts } from './page-api';

/**
 * Runs in the fixture page: installs `__fuzz.check` and `__fuzz.snapshot`. The checks are written from the
 * README's rules, not from the linker's code, and read only the DOM:
 * - the text of the page and of every shadow root is exactly what was built;
 * - no call link has a skip zone among its ancestors (shadow hosts included), sits in a link or holds one, is
 *   editable (the browser's own `isContentEditable`), is empty or lacks a +E.164 number;
 * - every `data-fz-expect` block is linked whole to its number; no `data-fz-never` block holds a link;
 * - the href invariant: every run of call links (adjacent links with one href, nothing shown between them) dials
 *   exactly the number it shows, read from the text alone: its digits are the href's E.164, or its national
 *   number (with a trunk prefix, a "(0)" or the extension the link names), and no digit touches the run;
 * - a template block (`data-fz-template`) still in its place whose text reads as its prefix, one of the model's
 *   US forms of a valid number, and its suffix, is linked whole to that number: after its parts changed too.
 */
export function installChecks(data: CheckData): void {
  const HTML = 'http://www.w3.org/1999/xhtml';
  // README: "Nothing is linked inside form fields, editable areas, code blocks, SVG, existing links or buttons",
  // nor in text that is not rendered as text.
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'kbd', 'samp', 'a', 'button', 'iframe', 'object']);
  const EDITING_HOST = new Set(['', 'true', 'plaintext-only']);

  const show = (text: string, max = 80) => JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);

  /**
   * Why an ancestor makes its subtree a skip zone. `sameTree`: editability stops at a shadow boundary (in
   * Chromium a contenteditable host's shadow content is not editable: checked, typing there does nothing), while
   * a link, button, code block or SVG around a host still holds what the shadow root renders.
   */
  function zoneOf(element: Element, sameTree: boolean): string | undefined {
    if (element.namespaceURI !== HTML) return `<${element.localName}> (not HTML)`;
    if (SKIP.has(element.localName)) return `<${element.localName}>`;
    const editable = element.getAttribute('contenteditable');
    if (sameTree && editable !== null && EDITING_HOST.has(editable.toLowerCase())) return `<${element.localName} contenteditable="${editable}">`;
    return undefined;
  }

  /** Ancestors up to the document, stepping from a shadow root to its host; `sameTree` until the first step. */
  function ancestors(node: Node): { element: Element; sameTree: boolean }[] {
    const out: { element: Element; sameTree: boolean }[] = [];
    let sameTree = true;
    for (let current = node.parentNode; current; ) {
      if (current.nodeType === Node.ELEMENT_NODE) {
        out.push({ element: current as Element, sameTree });
        current = current.parentNode;
      } else if (current.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (current as ShadowRoot).host) {
        sameTree = false;
        current = (current as ShadowRoot).host;
      } else break;
    }
    return out;
  }

  function pathOf(node: Node): string {
    return ancestors(node).slice(0, 8).reverse().map(({ element }) => element.localName).join(' > ');
  }

  function firstDifference(expected: string, actual: string): string {
    let at = 0;
    while (at < expected.length && expected[at] === actual[at]) at++;
    return `at ${at}: expected ${show(expected.slice(Math.max(0, at - 30), at + 30))}, got ${show(actual.slice(Math.max(0, at - 30), at + 30))}`;
  }

  const digits = (text: string) => text.replace(/[^0-9]/g, '');

  // Inline elements join text into one run (README; the generator's inline tags, <wbr>, our links): any other
  // element ends a run of links, so two numbers in two blocks are never read as one.
  const INLINE = new Set(['span', 'b', 'i', 'em', 'strong', 'small', 'mark', 'u', 'sub', 'sup', 'abbr', 'cite', 'q', 's', 'time', 'data', 'var', 'bdi', 'label', 'font', 'del', 'ins', 'dfn', 'tt', 'nobr', 'wbr']);
  const isOurLink = (element: Element) => element.localName === 'a' && element.classList.contains('c2z-link');
  /**
   * Read through as part of the text around it: one of our links or an inline element. A shadow host shows its own
   * children only through its slots, each possibly in a block of its own: the product reads a host as a block
   * (docs/linkifier.md, "Shadow roots").
   */
  const flowsWithText = (element: Element) =>
    isOurLink(element) || (element.namespaceURI === HTML && INLINE.has(element.localName) && !element.shadowRoot);
  // Decimal digits as the page shows them: ASCII and the other digit sets the generator writes (other scripts'
  // digits read as what they are, so a link over Arabic-Indic digits must dial those digits).
  const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0xff10, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6];
  /** The digit set of a digit (its zero), or undefined. */
  const digitSet = (char: string) => {
    const code = char.codePointAt(0) ?? -1;
    return ZEROS.find((z) => code >= z && code < z + 10);
  };
  function shownDigits(text: string): string {
    let out = '';
    for (const char of text) {
      const zero = digitSet(char);
      if (zero !== undefined) out += String((char.codePointAt(0) as number) - zero);
      else if (/\p{Nd}/u.test(char)) out += '?';
    }
    return out;
  }
  /** Two digits of one set, which read as one number when they touch (a bold 𝟎 after ASCII digits does not). */
  const sameDigits = (a: string, b: string) => digitSet(a) !== undefined && digitSet(a) === digitSet(b);
  const callingCodes = new Set(data.callingCodes);

  /** The E.164 number a call URL dials (zoomphonecall://+1…?callerid=…, tel:+1…;ext=…, callto:+1…). */
  function hrefNumber(href: string): string | undefined {
    return /^[a-z]+:(?:\/\/)?(\+\d+)(?:[?;]|$)/.exec(href)?.[1];
  }

  /** What a run of links showing `shown` (digits) may dial: `e164`'s digits written whole or nationally. */
  function showsNumber(shown: string, e164: string, ext: string): boolean {
    const all = e164.slice(1);
    let cc = '';
    for (let length = 1; length <= 3 && cc === ''; length++) if (callingCodes.has(all.slice(0, length))) cc = all.slice(0, length);
    const national = all.slice(cc.length);
    // Written whole, with a trunk prefix after the code ("(0)", NANP's 1), or nationally, with or without a trunk
    // prefix; an international number may start with the exit code a caller dials it with (00, or 011 in NANP).
    const forms = cc === '' ? [all] : [all, `${cc}0${national}`, national, `0${national}`, ...(cc === '1' ? [`1${national}`, `11${national}`] : [])];
    const whole = forms.flatMap((form) => (form.startsWith(cc) && cc !== '' ? [form, `00${form}`, `011${form}`] : [form]));
    return whole.some((form) => shown === form || (ext !== '' && shown === form + ext));
  }

  interface LinkRun {
    readonly href: string;
    readonly links: Element[];
    text: string;
    /** The character just before the run and just after it, in the same run of text ('' at its ends). */
    readonly before: string;
    after: string | undefined;
  }

  /**
   * The href invariant over one tree (the page's or a shadow root's): the text is read in order, runs of text
   * ending at every element that is not inline; each run of call links with one href and no text between them
   * must show the number the href dials.
   */
  function hrefInvariant(root: Node, failures: string[]): void {
    const runs: LinkRun[] = [];
    let text = '';
    let current: LinkRun | undefined;
    let waiting: LinkRun[] = [];
    const closeRun = () => {
      if (current) waiting.push(current);
      current = undefined;
    };
    const endText = () => {
      closeRun();
      for (const run of waiting) run.after ??= '';
      waiting = [];
      text = '';
    };
    const visit = (node: Node, link: Element | undefined) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const value = (node as Text).data;
        if (value === '') return;
        if (link) {
          const href = link.getAttribute('href') ?? '';
          if (current && current.href === href) {
            current.text += value;
            if (!current.links.includes(link)) current.links.push(link);
          } else {
            closeRun();
            for (const run of waiting) run.after ??= [...value][0];
            waiting = [];
            current = { href, links: [link], text: value, before: [...text].at(-1) ?? '', after: undefined };
            runs.push(current);
          }
        } else {
          closeRun();
          for (const run of waiting) run.after ??= [...value][0];
          waiting = [];
        }
        text += value;
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const element = node as Element;
      const ours = isOurLink(element);
      const inline = flowsWithText(element);
      if (!inline) endText();
      for (const child of element.childNodes) visit(child, ours ? element : link);
      if (!inline) endText();
    };
    for (const child of root.childNodes) visit(child, undefined);
    endText();

    for (const run of runs) {
      const first = run.links[0] as Element;
      // Content the page took out shows nothing; the product reads it again if it comes back.
      if (!first.isConnected) continue;
      const where = `link run ${show(run.text)}${run.links.length > 1 ? ` (${run.links.length} links)` : ''} at ${pathOf(first)}`;
      const e164 = hrefNumber(run.href);
      const claimed = first.getAttribute('data-c2z-number') ?? '';
      if (!e164) {
        failures.push(`${where}: href ${show(run.href)} dials no number`);
        continue;
      }
      if (run.links.some((link) => link.getAttribute('data-c2z-number') !== claimed)) failures.push(`${where}: its links name different numbers`);
      if (claimed !== e164) failures.push(`${where}: names ${claimed} but dials ${e164}`);
      const shown = shownDigits(run.text);
      // The same number written twice back to back ("…4000+91 22…") is two units whose links touch: one run here.
      const ext = first.getAttribute('data-c2z-ext') ?? '';
      const twice = [...shown].some((_, i) => i > 0 && showsNumber(shown.slice(0, i), e164, ext) && showsNumber(shown.slice(i), e164, ext));
      if (!showsNumber(shown, e164, ext) && !twice) failures.push(`${where}: dials ${e164} but shows the digits ${shown || '(none)'}`);
      // A digit right against the run's first or last digit: the number goes on outside the link ("2+1 305…"
      // starts a number at its '+'; a run ending in a separator before more digits shows the wrong digits above).
      const chars = [...run.text];
      if (sameDigits(chars[0] ?? '', run.before) || sameDigits(chars.at(-1) ?? '', run.after ?? '')) failures.push(`${where}: dials ${e164} but the number it shows goes on: ${show(`${run.before}[${run.text}]${run.after ?? ''}`)}`);
    }
  }

  // A template's number, in the forms the generator writes it (generate.ts, TEMPLATE_FORMS): national forms are
  // read only on a US page.
  const NATIONAL_FORMS = [/^\((\d{3})\) (\d{3})-(\d{4})$/, /^(\d{3})-(\d{3})-(\d{4})$/, /^(\d{3})\.(\d{3})\.(\d{4})$/];
  const INTL_FORMS = [/^\+1 (\d{3}) (\d{3}) (\d{4})$/, /^\+1-(\d{3})-(\d{3})-(\d{4})$/];

  /**
   * The number a template block must be linked to now, read from its text alone, or undefined when its text is
   * not its prefix, a valid number in one of the model's forms and its suffix, or it left its place (a move can
   * put it in a skip zone or a labelled cell).
   */
  function templateNumber(template: TemplateRefs): { e164: string; shown: string } | undefined {
    const { block, home } = template;
    if (home === undefined || block.parentNode !== home || !block.isConnected) return undefined;
    if (ancestors(block).some(({ element, sameTree }) => zoneOf(element, sameTree) || /^t[dh]$/.test(element.localName))) return undefined;
    // An element the page moved in that does not flow with the text (a block, a shadow host) splits it: no number.
    if ([...block.querySelectorAll('*')].some((element) => !flowsWithText(element))) return undefined;
    const [prefix, suffix] = [block.getAttribute('data-fz-prefix') ?? '', block.getAttribute('data-fz-suffix') ?? ''];
    const text = block.textContent ?? '';
    if (!text.startsWith(prefix) || !text.endsWith(suffix) || text.length < prefix.length + suffix.length) return undefined;
    const shown = text.slice(prefix.length, text.length - suffix.length);
    const national = block.ownerDocument.documentElement.lang === 'en-US';
    for (const form of [...(national ? NATIONAL_FORMS : []), ...INTL_FORMS]) {
      const match = form.exec(shown);
      if (!match) continue;
      const [, area, exchange, line] = match as unknown as [string, string, string, string];
      if (data.areas.includes(area) && exchange === '555' && /^01\d\d$/.test(line)) return { e164: `+1${area}${exchange}${line}`, shown };
    }
    return undefined;
  }

  function checkTemplates(templates: readonly TemplateRefs[], failures: string[]): number {
    let linked = 0;
    for (const template of templates) {
      const number = templateNumber(template);
      if (!number) continue;
      const found = [...template.block.querySelectorAll('a.c2z-link')];
      const linkedText = found.map((link) => link.textContent ?? '').join('');
      const wrong = found.filter((link) => link.getAttribute('data-c2z-number') !== number.e164);
      const where = `template ${number.e164} in ${show(template.block.textContent ?? '')} (parts ${template.parts.map((part) => show(part.data, 20)).join(' ')}) at ${pathOf(template.block)} > ${template.block.localName}`;
      if (found.length === 0) failures.push(`${where}: not linked`);
      else if (wrong.length > 0) failures.push(`${where}: linked as ${wrong.map((link) => link.getAttribute('data-c2z-number')).join(', ')}`);
      else if (digits(linkedText) !== digits(number.shown)) failures.push(`${where}: only ${show(linkedText)} linked`);
      else linked++;
    }
    return linked;
  }

  /** The text of a planted block's number: a template block's without its prefix and suffix (they may hold digits). */
  function numberText(block: Element): string {
    const text = block.textContent ?? '';
    const [prefix, suffix] = [block.getAttribute('data-fz-prefix') ?? '', block.getAttribute('data-fz-suffix') ?? ''];
    return text.startsWith(prefix) && text.endsWith(suffix) ? text.slice(prefix.length, text.length - suffix.length) : text;
  }

  function check(container: Element, built: BuiltPage, options: { readonly texts?: Texts; readonly planted?: boolean } = {}): CheckResult {
    const texts = options.texts ?? built.texts;
    const planted = options.planted ?? true;
    const failures: string[] = [];
    let links = 0;
    let expected = 0;
    let expectedLinked = 0;
    let never = 0;
    const bodyText = container.textContent ?? '';
    if (bodyText !== texts.body) failures.push(`page text changed ${firstDifference(texts.body, bodyText)}`);
    built.roots.forEach((root, i) => {
      const text = root.textContent ?? '';
      const before = texts.roots[i] ?? '';
      if (text !== before) failures.push(`text of shadow root #${i} (host ${pathOf(root.host)} > ${root.host.localName}) changed ${firstDifference(before, text)}`);
    });

    // Shadow roots whose host the page took out of the document show nothing: their links are not judged (the
    // product reads such content again if it comes back); their text still must be the page's (above).
    const shown = [container, ...built.roots.filter((root) => root.isConnected)];
    for (const root of shown) {
      for (const link of root.querySelectorAll('a.c2z-link')) {
        links++;
        const where = `link ${show(link.textContent ?? '')} at ${pathOf(link)}`;
        for (const { element, sameTree } of ancestors(link)) {
          const zone = zoneOf(element, sameTree);
          if (zone) failures.push(`${where}: inside ${zone === '<a>' ? 'another link' : `skip zone ${zone}`}`);
        }
        if (link.querySelector('a')) failures.push(`${where}: holds a link`);
        if ((link as HTMLElement).isContentEditable) failures.push(`${where}: is editable`);
        if (!link.textContent) failures.push(`${where}: is empty`);
        if (!/^\+[1-9]\d{5,14}$/.test(link.getAttribute('data-c2z-number') ?? '')) failures.push(`${where}: number ${show(link.getAttribute('data-c2z-number') ?? '')}`);
      }
      for (const block of planted ? root.querySelectorAll('[data-fz-expect]') : []) {
        expected++;
        const number = block.getAttribute('data-fz-expect');
        const found = [...block.querySelectorAll('a.c2z-link')];
        const linkedText = found.map((link) => link.textContent ?? '').join('');
        const wrong = found.filter((link) => link.getAttribute('data-c2z-number') !== number);
        const where = `planted ${number} in ${show(block.textContent ?? '')} at ${pathOf(block)} > ${block.localName}`;
        if (found.length === 0) failures.push(`${where}: not linked`);
        else if (wrong.length > 0) failures.push(`${where}: linked as ${wrong.map((link) => link.getAttribute('data-c2z-number')).join(', ')}`);
        else if (digits(linkedText) !== digits(numberText(block))) failures.push(`${where}: only ${show(linkedText)} linked`);
        else expectedLinked++;
      }
      for (const block of planted ? root.querySelectorAll('[data-fz-never]') : []) {
        never++;
        const found = [...block.querySelectorAll('a.c2z-link')];
        if (found.length > 0) failures.push(`near-number ${show(block.textContent ?? '')} at ${pathOf(block)}: linked ${found.map((link) => show(link.textContent ?? '')).join(', ')}`);
      }
    }
    for (const root of shown) hrefInvariant(root, failures);
    checkTemplates(built.templates, failures);
    return { failures, links, expected, expectedLinked, never };
  }

  function serialize(node: Node): string {
    if (node.nodeType === Node.TEXT_NODE) return JSON.stringify((node as Text).data);
    if (node.nodeType === Node.COMMENT_NODE) return `<!--${(node as Comment).data}-->`;
    const children = [...node.childNodes].map(serialize).join('');
    if (node.nodeType !== Node.ELEMENT_NODE) return children;
    const element = node as Element;
    const attrs = [...element.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('');
    const shadow = element.shadowRoot ? `<#shadow>${serialize(element.shadowRoot)}</#shadow>` : '';
    return `<${element.localName}${attrs}>${shadow}${children}</${element.localName}>`;
  }

  function snapshot(container: Element, built: BuiltPage): string {
    return [container, ...built.roots.filter((root) => root.mode === 'closed')].map(serialize).join('\n');
  }

  const page = window as unknown as FuzzWindow;
  page.__fuzz = { ...page.__fuzz, check, snapshot };
}
