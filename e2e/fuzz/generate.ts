import { random } from '../../bench/random';
import { INLINE_TAGS, TextGenerator } from './generate-text';
import type { FuzzEdit, FuzzElement, FuzzNode, FuzzPage } from './model';
import { Rng } from './rng';
import { LANG_OF, OTHER_NUMBERS, type PageRegion, SAFE_PREFIXES, SAFE_SUFFIXES, US_AREA_COUNT, US_AREAS, usNumber } from './vocabulary';

/**
 * A pure, seeded generator of random documents for the page-linker fuzz run (e2e/fuzz/fuzz-scenario.ts).
 *
 * Besides random content ("may" text: anything goes, only the invariants are checked), it plants two kinds of
 * marked blocks whose outcome is known from the README's rules alone:
 * - `data-fz-expect="+E164"`: a real number (written for the page's region, or with '+'), maybe split across
 *   inline elements and text nodes, with digit-free words around it, outside every skip zone, table cell and
 *   closed shadow root. It must be linked, whole, to that number.
 * - `data-fz-never`: a near-number alone (date, price, labelled ID…), or a real number cut by a block boundary,
 *   a <br> or a skip zone into halves of at most 6 digits. Nothing in it may be linked.
 * - `data-fz-template` (with `data-fz-expect`): a US number rendered from template parts, as frameworks render
 *   `Desk: ({a}) {b}-{c} room 1204`: adjacent text nodes in one element, some in inline elements, with or without
 *   empty parts and comment markers. The page's `part-*` edits then change those parts; whenever the block reads
 *   as its prefix, a valid number in one of TEMPLATE_FORMS and its suffix, it must be linked to that number.
 */

/** How a template writes its number: the literals before the area code, between the groups, after the line. */
export const TEMPLATE_FORMS = [
  { name: 'paren', intl: false, literals: ['(', ') ', '-', ''] },
  { name: 'dashed', intl: false, literals: ['', '-', '-', ''] },
  { name: 'dotted', intl: false, literals: ['', '.', '.', ''] },
  { name: 'intl', intl: true, literals: ['+1 ', ' ', ' ', ''] },
  { name: 'intl-dashed', intl: true, literals: ['+1-', '-', '-', ''] },
] as const;
// Words around a template's number: the suffixes hold digits of their own, as an app's text does.
export const TEMPLATE_PREFIXES = ['Desk: ', 'Call ', 'Support line ', 'Tel. ', 'Mobile — ', ''] as const;
export const TEMPLATE_SUFFIXES = [' room 1204', ' (24/7)', ' · SLA 4h', ' — ask for Ana', ' today', ''] as const;

type PartRole = 'literal' | 'area' | 'exchange' | 'line' | 'number' | 'inserted';

/** What the generator knows of a template's parts, to write edits that fit them (kept up to date as it writes them). */
interface TemplateModel {
  readonly parts: { readonly role: PartRole; text: string; sets?: number }[];
}

// A part is set at most this often on a page: a text node rewritten more than 3 times in a second is hot text,
// re-read at most once a second by design (hot-text.ts), so a 4th value would be linked after the seam's idle.
const MAX_SETS_PER_PART = 3;

const BLOCK_TAGS = ['div', 'p', 'section', 'article', 'blockquote', 'h2', 'h3', 'header', 'footer', 'figure', 'figcaption', 'address', 'details', 'summary', 'fieldset', 'main', 'aside', 'fz-widget'];
const PLANT_TAGS = ['p', 'div', 'li', 'h3', 'blockquote', 'section', 'figcaption', 'address'];
const SHADOW_HOSTS = ['div', 'span', 'p', 'section', 'article', 'aside', 'blockquote', 'h2', 'fz-card'];
const SKIP_KINDS = ['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'contenteditable', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'a', 'button'] as const;

interface Context {
  readonly depth: number;
  /** Planted expectations are valid here: no skip zone, cell or closed root above. */
  readonly clean: boolean;
  readonly inSkip: boolean;
  readonly inShadow: boolean;
}

class Generator extends TextGenerator {
  expected = 0;
  readonly templates: TemplateModel[] = [];
  readonly #maxDepth: number;

  constructor(r: Rng, region: PageRegion) {
    super(r, region);
    this.#maxDepth = r.int(3, 11);
  }

  /** Siblings of flow content. */
  flow(ctx: Context, count: number): FuzzNode[] {
    const out: FuzzNode[] = [];
    if (ctx.depth >= 6) this.features.add('nesting-deep');
    for (let i = 0; i < count; i++) {
      const room = this.budget > 0 && ctx.depth < this.#maxDepth;
      const kind = this.r.weighted<string>([
        ['text', 4], ['comment', 0.3], ['br', 0.4], ['empty', 0.2],
        ['inline', room ? 2 : 0], ['block', room ? 2 : 0], ['list', room ? 0.6 : 0], ['table', room ? 0.6 : 0],
        ['skip', room ? 1.6 : 0], ['shadow', room ? 0.8 : 0], ['deep', room && ctx.depth < 3 ? 0.15 : 0],
        ['expect', ctx.clean ? 2 : 0.4], ['never', 0.9],
      ]);
      out.push(...this.item(kind, ctx));
    }
    return out;
  }

  item(kind: string, ctx: Context): FuzzNode[] {
    const r = this.r;
    const deeper = { ...ctx, depth: ctx.depth + 1 };
    switch (kind) {
      case 'text': return this.textRun();
      case 'comment': this.features.add('comment'); this.budget--; return [{ kind: 'comment', text: r.chance(0.5) ? ' 212-555-0100 ' : 'note' }];
      case 'br': this.features.add('br'); return [this.element('br', [])];
      case 'empty': return [this.text('')];
      case 'inline': {
        this.features.add('inline');
        return [this.maybeLate(this.element(r.pick(INLINE_TAGS), this.flow(deeper, r.int(1, 3)), this.inlineAttrs()))];
      }
      case 'block': {
        this.features.add('block');
        const attrs: [string, string][] = [];
        if (r.chance(0.1)) {
          // Not an editing host: its content is linked like any other.
          attrs.push(['contenteditable', r.pick(['false', 'inherit'])]);
          this.features.add('contenteditable-false');
        }
        if (r.chance(0.1)) attrs.push(['dir', 'rtl']);
        return [this.maybeLate(this.element(r.pick(BLOCK_TAGS), this.flow(deeper, r.int(1, 4)), { attrs }))];
      }
      case 'list': {
        this.features.add('list');
        const items = Array.from({ length: r.int(1, 4) }, () => this.maybeLate(this.element('li', this.flow(deeper, r.int(1, 3)))));
        return [this.element(r.pick(['ul', 'ol']), items)];
      }
      case 'table': return [this.table(deeper)];
      case 'skip': return [this.skipZone(deeper)];
      case 'shadow': return [this.shadowHost(deeper)];
      case 'deep': {
        // A long chain of nested elements with content at the bottom.
        let nodes = this.flow({ ...ctx, depth: ctx.depth + 12 }, r.int(1, 2));
        for (let i = 0; i < 12; i++) nodes = [this.element(r.chance(0.6) ? r.pick(INLINE_TAGS) : r.pick(BLOCK_TAGS), nodes)];
        this.features.add('nesting-deep');
        return nodes;
      }
      case 'expect': return ctx.clean ? [r.chance(0.35) ? this.template() : this.planted()] : this.textRun();
      case 'never': return [this.never()];
      default: throw new Error(`unknown item ${kind}`);
    }
  }


  maybeLate(element: FuzzElement): FuzzElement {
    if (!this.r.chance(0.08) || element.children.length === 0) return element;
    this.features.add('late');
    return { ...element, late: true };
  }

  table(ctx: Context): FuzzElement {
    this.features.add('table');
    const r = this.r;
    const rows = Array.from({ length: r.int(1, 4) }, () => {
      // A header cell before a value cell labels it (linkify.ts reads it for ID labels): plant numbers only in
      // cells whose label is digit-free words, so the outcome does not depend on the label.
      const cells: FuzzElement[] = [];
      for (let i = r.int(1, 4); i > 0; i--) {
        if (r.chance(0.2)) {
          this.features.add('label-cell');
          const label = r.pick(['Order number', 'Invoice #', 'Ticket', 'Tracking ID']);
          cells.push(this.element('th', [this.text(label)]), this.element('td', [this.text(`${r.int(200, 999)}${r.int(200, 999)}${r.int(1000, 9999)}`)], { attrs: [['data-fz-never', '']] }));
          this.features.add('near:labelled-cell');
        } else {
          cells.push(this.maybeLate(this.element(r.chance(0.2) ? 'th' : 'td', this.flow({ ...ctx, clean: false }, r.int(1, 3)))));
        }
      }
      return this.element('tr', cells);
    });
    return this.element('table', r.chance(0.5) ? [this.element('tbody', rows)] : rows);
  }

  skipZone(ctx: Context): FuzzNode {
    const r = this.r;
    const kind = r.pick(SKIP_KINDS);
    this.features.add(`skip:${kind}`);
    const inside: Context = { ...ctx, clean: false, inSkip: true };
    const numberText = () => this.formatAny(this.anyNumber()).text;
    switch (kind) {
      case 'script': return this.element('script', [this.text(`{"phone": "${numberText()}"}`)], { attrs: [['type', 'application/json']] });
      case 'style': return this.element('style', [this.text(`.fz-x::after { content: "${numberText()}"; }`)]);
      case 'textarea': return this.element('textarea', [this.text(`Call ${numberText()}`)]);
      case 'input': return this.element('input', [], { attrs: [['value', numberText()]] });
      case 'select': {
        const options = Array.from({ length: r.int(1, 3) }, () => this.element('option', [this.text(numberText())]));
        return this.element('select', r.chance(0.3) ? [this.element('optgroup', options, { attrs: [['label', numberText()]] })] : options);
      }
      case 'template': return this.element('template', [], { content: this.flow(inside, r.int(1, 3)) });
      case 'contenteditable': {
        const value = r.pick(['true', '', 'plaintext-only', 'TRUE']);
        return this.element(r.pick(['div', 'p', 'span', 'section']), this.flowWithNumbers(inside), { attrs: [['contenteditable', value]] });
      }
      case 'svg': {
        const svg = (tag: string, children: FuzzNode[]) => this.element(tag, children, { ns: 'svg' });
        const parts: FuzzNode[] = [svg('text', [this.text(numberText()), svg('tspan', [this.text(` ${numberText()}`)])])];
        if (r.chance(0.5)) parts.push(svg('title', [this.text(numberText())]));
        // HTML inside SVG is still drawn by the SVG: never linked.
        if (r.chance(0.5)) parts.push(svg('foreignObject', [this.element('p', this.flowWithNumbers(inside))]));
        return svg('svg', parts);
      }
      case 'math': {
        const math = (tag: string, children: FuzzNode[]) => this.element(tag, children, { ns: 'math' });
        return math('math', [math('mrow', [math('mn', [this.text(numberText())]), math('mtext', [this.text(' call')])])]);
      }
      case 'a': return this.element('a', this.flowWithNumbers(inside), { attrs: r.chance(0.7) ? [['href', '#contact']] : [] });
      case 'button': return this.element('button', this.flowWithNumbers(inside), { attrs: [['type', 'button']] });
      default: return this.element(kind, this.flowWithNumbers(inside));
    }
  }

  /** Content for a skip zone: always holds a clean-looking number, so a zone that leaks shows. */
  flowWithNumbers(ctx: Context): FuzzNode[] {
    const number = this.formatAny(this.anyNumber(), true).text;
    return [...this.split(`Call ${number} now`), ...this.flow(ctx, this.r.int(0, 2))];
  }

  shadowHost(ctx: Context): FuzzElement {
    const r = this.r;
    const mode = r.chance(0.9) ? 'open' : 'closed';
    this.features.add(`shadow-${mode}`);
    if (ctx.inShadow) this.features.add('shadow-nested');
    if (ctx.inSkip) this.features.add('shadow-in-skip');
    const tag = r.pick(SHADOW_HOSTS);
    const attrs: [string, string][] = [];
    let clean = ctx.clean && mode === 'open';
    if (r.chance(0.1)) {
      // An editable host. Its shadow content is not editable (Chromium), but nothing is planted in it either way.
      attrs.push(['contenteditable', 'true']);
      this.features.add('shadow-editable-host');
      clean = false;
    }
    const shadowContent = this.flow({ ...ctx, clean, inShadow: true }, r.int(1, 4));
    if (r.chance(0.3)) shadowContent.push(this.element('slot', []));
    const late = r.chance(0.15);
    if (late) this.features.add('shadow-late');
    const light = r.chance(0.4) ? this.flow({ ...ctx, clean: false }, r.int(1, 2)) : [];
    return this.element(tag, light, { attrs, shadow: { mode, children: shadowContent, late } });
  }


  /** A block that must be linked, whole, to one number. */
  planted(): FuzzElement {
    const r = this.r;
    const n = r.chance(0.5) && this.region !== 'US' ? r.pick(OTHER_NUMBERS.filter((o) => o.region === this.region)) : this.anyNumber();
    const { text, national } = this.formatAny(n, true);
    this.features.add(national ? 'planted-national' : 'planted-intl');
    this.expected++;
    // A number written as one unbroken run of digits is a phone number only after a phone word (as pages write
    // one; src/core/detect/phone-cue.ts): every prefix but the empty one has one.
    const unbroken = /^\p{Nd}+$/u.test(text);
    const prefix = r.pick(unbroken ? SAFE_PREFIXES.filter((p) => p !== '') : SAFE_PREFIXES);
    const children = [...this.split(prefix), ...this.split(text), ...this.split(r.pick(SAFE_SUFFIXES))];
    return this.maybeLate(this.element(r.pick(PLANT_TAGS), children, { attrs: [['data-fz-expect', n.e164]] }));
  }

  /** A number rendered from template parts (see TEMPLATE_FORMS), which the page's `part-*` edits change later. */
  template(): FuzzElement {
    const r = this.r;
    const n = usNumber(r.int(0, US_AREA_COUNT - 1), r.int(0, 99));
    const [area, exchange, line] = n.groups as [string, string, string];
    // National forms are read only on a page of their region.
    const form = r.pick(TEMPLATE_FORMS.filter((f) => f.intl || this.region === 'US'));
    const [prefix, suffix] = [r.pick(TEMPLATE_PREFIXES), r.pick(TEMPLATE_SUFFIXES)];
    const [l0, l1, l2, l3] = form.literals;
    this.features.add('template');
    this.features.add(`template:${form.name}`);
    const lit = (text: string) => ({ role: 'literal' as const, text });
    let parts: { role: PartRole; text: string }[];
    if (r.chance(0.2)) {
      // The whole number interpolated once (`Desk: {phone}`): a single text node the page rewrites.
      this.features.add('template-whole');
      parts = [lit(prefix), { role: 'number', text: `${l0}${area}${l1}${exchange}${l2}${line}${l3}` }, lit(suffix)];
    } else {
      // `Desk: (` is one literal as a template writes it, or two.
      const glue = r.chance(0.7);
      parts = [...(glue ? [lit(prefix + l0)] : [lit(prefix), lit(l0)]), { role: 'area', text: area }, lit(l1), { role: 'exchange', text: exchange }, lit(l2), { role: 'line', text: line }];
      parts.push(...(glue ? [lit(l3 + suffix)] : [lit(l3), lit(suffix)]));
    }
    // React and Preact make no node for an empty literal; other renderers an empty one.
    if (r.chance(0.2) && parts.some((part) => part.text === '')) this.features.add('template-empty-part');
    else parts = parts.filter((part) => part.text !== '');
    // Lit marks each interpolation with a comment.
    const markers = r.chance(0.2);
    if (markers) this.features.add('template-markers');
    const nodes: FuzzNode[] = [];
    for (const part of parts) {
      const value = part.role !== 'literal';
      if (markers && value) nodes.push({ kind: 'comment', text: '?lit$1234$' });
      let node: FuzzNode = this.text(part.text);
      if (value && r.chance(0.25)) {
        this.features.add('template-inline');
        node = this.element(r.pick(['span', 'b', 'strong', 'em', 'bdi']), [node], this.inlineAttrs());
      }
      nodes.push(node);
    }
    let children = nodes;
    if (r.chance(0.15) && nodes.length >= 3) {
      // The parts between the first and the last in one inline element.
      this.features.add('template-inline');
      children = [nodes[0] as FuzzNode, this.element('span', nodes.slice(1, -1)), nodes.at(-1) as FuzzNode];
    }
    this.templates.push({ parts });
    this.expected++;
    const attrs: [string, string][] = [['data-fz-expect', n.e164], ['data-fz-template', ''], ['data-fz-prefix', prefix], ['data-fz-suffix', suffix]];
    return this.maybeLate(this.element(r.pick(PLANT_TAGS), children, { attrs }));
  }

  /**
   * An edit of one part of a template (see FuzzEdit): mostly a new value, as an app's state changes: other valid
   * digits of the same length (the number changes: the case of the wrong-number bug), other digits, digits of
   * another length, nothing, or words.
   */
  templateEdit(): FuzzEdit {
    const r = this.r;
    const template = r.int(0, this.templates.length - 1);
    const parts = (this.templates[template] as TemplateModel).parts;
    const part = r.int(0, parts.length - 1);
    const target = parts[part] as TemplateModel['parts'][number];
    const drawn = r.weighted<'part-set' | 'part-remove' | 'part-move' | 'part-insert' | 'part-reorder'>([['part-set', 6], ['part-remove', 1], ['part-move', 1], ['part-insert', 1], ['part-reorder', 1]]);
    const kind = drawn === 'part-set' && (target.sets ?? 0) >= MAX_SETS_PER_PART ? 'part-reorder' : drawn;
    this.features.add(`edit:${kind}`);
    switch (kind) {
      case 'part-set': {
        const value = this.partValue(target);
        target.text = value;
        target.sets = (target.sets ?? 0) + 1;
        return { kind, template, part, value };
      }
      case 'part-remove': return { kind, template, part };
      case 'part-move': return { kind, template, part, into: r.int(0, 1 << 20) };
      case 'part-insert': {
        const value = r.pick(['9', '0192', ' ', '-', 'ext. ', 'x', '']);
        parts.push({ role: 'inserted', text: value });
        return { kind, template, part, value };
      }
      case 'part-reorder': return { kind, template, part, before: r.int(0, parts.length - 1) };
    }
  }

  partValue(part: { readonly role: PartRole; readonly text: string }): string {
    const r = this.r;
    const digits = (count: number) => Array.from({ length: count }, () => String(r.int(0, 9))).join('');
    if (part.role === 'literal' || part.role === 'inserted' || !/\d/.test(part.text)) {
      this.features.add('part-set:literal');
      return r.pick(['', ' ', '-', '.', ') ', '(', ' / ', 'Fax: ', ' or ', '1']);
    }
    const how = r.weighted<string>([['valid', 5], ['digits', 1], ['length', 1], ['empty', 1], ['words', 1]]);
    this.features.add(`part-set:${how}`);
    const newLine = () => {
      const now = /(\d{4})$/.exec(part.text)?.[1];
      let line = now ?? '0100';
      while (line === now) line = `01${digits(2)}`;
      return line;
    };
    switch (how) {
      case 'valid':
        // Another number the detector reads: another area code, another line (the exchange stays 555).
        if (part.role === 'area') return r.pick(US_AREAS.filter((area) => area !== part.text));
        if (part.role === 'line') return newLine();
        if (part.role === 'number') return part.text.replace(/\d{4}$/, newLine());
        return digits(part.text.length);
      case 'digits': return digits(part.text.replace(/\D/g, '').length);
      case 'length': return r.chance(0.5) ? `${part.text}${digits(1)}` : part.text.slice(0, -1);
      case 'empty': return '';
      default: return r.pick(['n/a', 'TBD', '—', 'x', 'unlisted']);
    }
  }

  /** A change the page makes once it is linked (see FuzzEdit). */
  edit(): FuzzEdit {
    const r = this.r;
    const kind = r.pick(['set-text', 'set-text', 'remove-text', 'move-text', 'insert-before', 'append-text', 'remove-element', 'move-element'] as const);
    this.features.add(`edit:${kind}`);
    const [a, b] = [r.int(0, 1 << 20), r.int(0, 1 << 20)];
    switch (kind) {
      case 'set-text': return { kind, text: a, value: r.chance(0.15) ? '' : this.phrase() };
      case 'remove-text': return { kind, text: a };
      case 'move-text': return { kind, text: a, into: b };
      case 'insert-before': return { kind, text: a, value: this.phrase() };
      case 'append-text': return { kind, into: b, value: this.phrase() };
      case 'remove-element': return { kind, element: a };
      case 'move-element': return { kind, element: a, into: b };
    }
  }

  /** A block in which nothing may be linked. */
  never(): FuzzElement {
    const r = this.r;
    const attrs: [string, string][] = [['data-fz-never', '']];
    if (r.chance(0.5)) return this.element(r.pick(PLANT_TAGS), this.split(this.nearNumber()), { attrs });
    // A real number cut in two, each half too short to be a number on its own (at most 6 digits).
    let text = '';
    let digitAt: number[] = [];
    for (let tries = 0; tries < 10 && (digitAt.length === 0 || digitAt.length > 12); tries++) {
      text = this.formatAny(this.anyNumber(), true).text;
      digitAt = [];
      for (let i = 0; i < text.length; i++) if (/\d/.test(text[i] as string)) digitAt.push(i);
    }
    if (digitAt.length > 12) return this.element(r.pick(PLANT_TAGS), this.split(this.nearNumber()), { attrs });
    const cut = (digitAt[Math.ceil(digitAt.length / 2) - 1] as number) + 1;
    const [head, tail] = [text.slice(0, cut), text.slice(cut)];
    const boundary = r.pick(['br', 'block', 'skip']);
    this.features.add(`split-${boundary}`);
    const tailNodes = this.split(`${tail}${r.pick(SAFE_SUFFIXES)}`);
    const after: FuzzNode[] = boundary === 'br'
      ? [this.element('br', []), ...tailNodes]
      : boundary === 'block'
        ? [this.element(r.pick(['div', 'p', 'li']), tailNodes)]
        : [this.element(r.pick(['code', 'kbd', 'a', 'button']), tailNodes)];
    return this.element(r.pick(PLANT_TAGS), [...this.split(`${r.pick(SAFE_PREFIXES)}${head}`), ...after], { attrs });
  }
}

/** The page for one seed: the same seed always gives the same page. */
export function generatePage(seed: number): FuzzPage {
  const r = new Rng(random(seed >>> 0));
  const mode = r.chance(0.05) ? 'frame' : 'body';
  // The fixture page is en-US; a frame gets its own <html lang> before the content script reads it.
  const region: PageRegion = mode === 'frame' ? r.pick(['US', 'GB', 'DE', 'FR'] as const) : 'US';
  const generator = new Generator(r, region);
  generator.features.add(`mode:${mode}`);
  generator.features.add(`region:${region}`);
  const nodes = generator.flow({ depth: 0, clean: true, inSkip: false, inShadow: false }, r.int(2, 9));
  const pageEdits = r.chance(0.35) ? Array.from({ length: r.int(1, 6) }, () => generator.edit()) : [];
  const partEdits = generator.templates.length > 0 && r.chance(0.8) ? Array.from({ length: r.int(1, 5) }, () => generator.templateEdit()) : [];
  // Both kinds in one list, each in its order; some made in the same task as the edit before them.
  const edits: FuzzEdit[] = [];
  while (pageEdits.length + partEdits.length > 0) {
    const from = partEdits.length === 0 || (pageEdits.length > 0 && r.chance(pageEdits.length / (pageEdits.length + partEdits.length))) ? pageEdits : partEdits;
    const edit = from.shift() as FuzzEdit;
    const sameTask = edits.length > 0 && r.chance(0.2);
    if (sameTask) generator.features.add('edit-same-task');
    edits.push(sameTask ? { ...edit, sameTask } : edit);
  }
  return { seed: seed >>> 0, mode, lang: LANG_OF[region], nodes, features: [...generator.features].sort(), expected: generator.expected, edits };
}
