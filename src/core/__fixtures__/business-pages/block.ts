/** A block of page text as the detector is given it, with what each part of it is (the ground truth). */

export interface Item {
  readonly start: number;
  readonly end: number;
  readonly category: string;
  /** The number this item is (`+E164` or `+E164;ext=N`); absent on a negative. */
  readonly expect?: string;
}

export interface Block {
  readonly text: string;
  /** The label cell or term before the block on the page (a table row's first cell, a <dt>). */
  readonly before?: string;
  readonly items: readonly Item[];
}

export class BlockBuilder {
  #text = '';
  readonly #items: Item[] = [];

  /** Plain text (filler, labels, separators). */
  text(text: string): this {
    this.#text += text;
    return this;
  }

  positive(text: string, expect: string, category: string): this {
    this.#items.push({ start: this.#text.length, end: this.#text.length + text.length, category, expect });
    this.#text += text;
    return this;
  }

  negative(text: string, category: string): this {
    this.#items.push({ start: this.#text.length, end: this.#text.length + text.length, category });
    this.#text += text;
    return this;
  }

  get length(): number {
    return this.#text.length;
  }

  build(before?: string): Block {
    return { text: this.#text, items: [...this.#items], ...(before === undefined ? {} : { before }) };
  }
}
