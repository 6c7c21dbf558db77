import type { FuzzElement, FuzzNode } from './model';
import type { Rng } from './rng';
import { DIGIT_ZEROS, NEAR_NUMBERS, ODD_WHITESPACE, OTHER_NUMBERS, type PageRegion, type RealNumber, SAFE_SEPARATORS, US_AREA_COUNT, usNumber, withDigits, WORDS } from './vocabulary';

// Tags the page linker reads as inline (README: "runs of text inside inline elements (span, b, em…)").
export const INLINE_TAGS = ['span', 'b', 'i', 'em', 'strong', 'small', 'mark', 'u', 'sub', 'sup', 'abbr', 'cite', 'q', 's', 'time', 'data', 'var', 'bdi', 'label', 'font', 'del', 'ins', 'dfn', 'tt', 'nobr'];
const DIGIT_NAMES: Readonly<Record<number, string>> = { 0x660: 'arabic-indic', 0x6f0: 'persian', 0xff10: 'fullwidth', 0x966: 'devanagari', 0x1d7ce: 'astral' };
const WS_NAMES: Readonly<Record<string, string>> = { '\u2009': 'thin', '\u202f': 'narrow-nbsp', '\n': 'newline', '\t': 'tab', '  ': 'double', '\u200b': 'zwsp' };

/**
 * The text half of the fuzz generator (generate.ts builds the documents around it): words, numbers in many
 * formats, near-numbers, odd whitespace and digits, and text split across nodes. Records the features it used.
 */
export class TextGenerator {
  readonly features = new Set<string>();
  /** Nodes left to make: the document generator stops nesting when it runs out. */
  protected budget: number;

  constructor(
    protected readonly r: Rng,
    protected readonly region: PageRegion,
  ) {
    this.budget = r.int(20, 120);
  }

  text(text: string): FuzzNode {
    this.budget--;
    if (text === '') this.features.add('empty-text');
    return { kind: 'text', text };
  }

  element(tag: string, children: FuzzNode[], extra: Partial<FuzzElement> = {}): FuzzElement {
    this.budget--;
    return { kind: 'element', tag, children, ...extra };
  }


  inlineAttrs(): Partial<FuzzElement> {
    return this.r.chance(0.15) ? { attrs: [[this.r.pick(['dir', 'lang', 'class', 'title']), this.r.pick(['rtl', 'ar', 'x', 'y'])]] } : {};
  }

  /** Random text: words, numbers in any format, near-numbers, digit noise, odd whitespace; split at random. */
  textRun(): FuzzNode[] {
    return this.split(this.phrase());
  }

  /** Words, numbers in any format, near-numbers and digit noise, joined by spaces and odd whitespace. */
  phrase(): string {
    const r = this.r;
    const tokens: string[] = [];
    for (let i = r.int(1, 7); i > 0; i--) {
      const kind = r.weighted<string>([['word', 5], ['number', 2.5], ['near', 1], ['noise', 0.8]]);
      if (kind === 'word') tokens.push(this.word());
      else if (kind === 'number') tokens.push(this.formatAny(this.anyNumber()).text);
      else if (kind === 'near') tokens.push(this.nearNumber());
      else tokens.push(Array.from({ length: r.int(1, 4) }, () => String(r.int(0, 99999))).join(r.pick(['-', ' ', '.', '/', ''])));
    }
    let text = '';
    for (const token of tokens) text += (text === '' ? '' : this.gap()) + token;
    return r.chance(0.5) ? ` ${text} ` : text;
  }

  word(): string {
    const word = this.r.pick(WORDS);
    if (/[\u0590-\u06ff]/.test(word)) this.features.add('rtl');
    if (/\p{Extended_Pictographic}/u.test(word)) this.features.add('emoji');
    return word;
  }

  gap(): string {
    const r = this.r;
    if (r.chance(0.75)) return ' ';
    if (r.chance(0.2)) return '';
    if (r.chance(0.3)) {
      this.features.add('ws:nbsp');
      return '\u00a0';
    }
    const ws = r.pick(ODD_WHITESPACE);
    this.features.add(`ws:${WS_NAMES[ws]}`);
    return ws;
  }

  nearNumber(): string {
    const near = this.r.pick(NEAR_NUMBERS);
    this.features.add(`near:${near.kind}`);
    return near.text;
  }

  anyNumber(): RealNumber {
    const r = this.r;
    return r.chance(0.45) ? usNumber(r.int(0, US_AREA_COUNT - 1), r.int(0, 99)) : r.pick(OTHER_NUMBERS);
  }

  /**
   * A number as it may appear on a page. `clean` keeps to the forms the detector reads on this page (national
   * only for the page's region, separators it joins, ASCII digits); otherwise odd whitespace, other digit sets
   * and other regions' national forms may appear.
   */
  formatAny(n: RealNumber, clean = false): { text: string; national: boolean } {
    const r = this.r;
    this.features.add(`number:${n.region === 'other' ? 'intl' : n.region}`);
    const sep = clean || r.chance(0.6) ? r.pick(SAFE_SEPARATORS) : this.gap();
    if (sep === '\u00a0') this.features.add('ws:nbsp');
    const canNational = n.region !== 'other' && (!clean || n.region === this.region);
    const national = canNational && r.chance(0.55);
    let text: string;
    if (national && n.region === 'US') {
      const [area, exchange, line] = n.groups;
      text = r.pick([
        `(${area}) ${exchange}-${line}`, `${area}${sep}${exchange}${sep}${line}`, `${area}.${exchange}.${line}`,
        `1-${area}-${exchange}-${line}`, `(${area})${exchange}-${line}`, `${area}${exchange}${line}`,
      ]);
    } else if (national) {
      if (n.region !== this.region) this.features.add('national-other-region');
      text = n.trunk + n.groups.join(sep);
    } else {
      const zeroNote = n.trunk && r.chance(0.3) ? '(0)' : '';
      text = `+${n.cc}${sep}${zeroNote}${n.groups.join(sep)}`;
    }
    if (!clean && r.chance(0.12)) {
      const zero = r.pick(DIGIT_ZEROS);
      this.features.add(`digits:${DIGIT_NAMES[zero]}`);
      text = withDigits(text, zero);
    }
    return { text, national };
  }

  /** Splits text into 1–4 pieces: sibling text nodes, pieces in inline elements, with empties and comments. */
  split(text: string): FuzzNode[] {
    const r = this.r;
    const cuts = new Set<number>();
    for (let i = r.int(0, 3); i > 0 && text.length > 1; i--) {
      let at = r.int(1, text.length - 1);
      // Never inside a surrogate pair: a DOM text node can hold half of one, but no page does.
      if (/[\udc00-\udfff]/.test(text[at] ?? '')) at--;
      if (at > 0) cuts.add(at);
    }
    const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
    const out: FuzzNode[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const piece = text.slice(points[i], points[i + 1]);
      if (i > 0) {
        const between = r.weighted<string>([['none', 6], ['empty', 1], ['comment', 1], ['wbr', 0.5]]);
        if (between === 'empty') out.push(this.text(''));
        else if (between === 'comment') {
          this.features.add('comment');
          out.push({ kind: 'comment', text: 'x' });
        } else if (between === 'wbr') out.push(this.element('wbr', []));
      }
      if (points.length > 2) this.features.add(r.chance(0.5) ? 'split-text-nodes' : 'split-inline');
      const last = out[out.length - 1];
      if (r.chance(0.5) || points.length === 2) {
        if (last?.kind === 'text') this.features.add('split-text-nodes');
        out.push(this.text(piece));
      } else {
        this.features.add('split-inline');
        let node: FuzzNode = this.text(piece);
        for (let depth = r.int(1, 3); depth > 0; depth--) node = this.element(r.pick(INLINE_TAGS), [node], this.inlineAttrs());
        out.push(node);
      }
    }
    return out;
  }
}
