import type { BuiltPage, CheckResult, FuzzWindow, Texts } from './page-api';

/**
 * Runs in the fixture page: installs `__fuzz.check` and `__fuzz.snapshot`. The checks are written from the
 * README's rules, not from the linker's code, and read only the DOM:
 * - the text of the page and of every shadow root is exactly what was built;
 * - no call link has a skip zone among its ancestors (shadow hosts included), sits in a link or holds one, is
 *   editable (the browser's own `isContentEditable`), is empty or lacks a +E.164 number;
 * - every `data-fz-expect` block is linked whole to its number; no `data-fz-never` block holds a link.
 */
export function installChecks(): void {
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

    for (const root of [container, ...built.roots]) {
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
        else if (digits(linkedText) !== digits(block.textContent ?? '')) failures.push(`${where}: only ${show(linkedText)} linked`);
        else expectedLinked++;
      }
      for (const block of planted ? root.querySelectorAll('[data-fz-never]') : []) {
        never++;
        const found = [...block.querySelectorAll('a.c2z-link')];
        if (found.length > 0) failures.push(`near-number ${show(block.textContent ?? '')} at ${pathOf(block)}: linked ${found.map((link) => show(link.textContent ?? '')).join(', ')}`);
      }
    }
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
