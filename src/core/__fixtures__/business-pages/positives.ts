/**
 * Phone numbers placed as business pages place them: after a label, in a sentence, with an extension, in pairs,
 * in a label cell's row, split from their label across inline elements, in brackets. Each returns the block.
 */
import type { PhoneNumber } from 'libphonenumber-js/core';
import type { Region } from '../../region';
import { type Block, BlockBuilder } from './block';
import type { Context } from './negatives';
import { type Form, keyOf, sampleNumber, writeNumber } from './phone-numbers';
import { OR, PHONE_LABELS, PHONE_SENTENCES, REGIONS } from './regions';

const NANP = new Set<Region>(['US', 'CA']);

/** A number and how it is written on a page of `c.region`; the category names the form. */
const FORMS: readonly Form[] = ['national', 'national', 'international', 'e164', 'rfc3966', 'idd'];

export function writtenNumber(c: Context, forms: readonly Form[] = FORMS, labelled = false): { text: string; number: PhoneNumber; form: Form } {
  const form = c.random.pick(forms);
  // Dialling the page's own country with the international prefix is not a thing pages write.
  const home = form === 'national' || (form !== 'idd' && c.random.chance(0.5));
  const region = home ? c.region : c.random.pick(REGIONS.filter((r) => r.region !== c.region)).region;
  const number = sampleNumber(region, c.random);
  return { text: writeNumber(number, form, c.region, c.random, labelled), number, form };
}

const category = (form: Form) => `pos-${form}`;
const label = (c: Context) => c.random.pick(PHONE_LABELS[c.lang]);

/** Adds a written number to a block: a "tel:" scheme in front of it is text, not part of the link. */
export function addNumber(b: BlockBuilder, text: string, expect: string, name: string): BlockBuilder {
  const scheme = /^tel:/.exec(text)?.[0] ?? '';
  return b.text(scheme).positive(text.slice(scheme.length), expect, name);
}

/** "Tel.: 030 901820", "Call us at +1 212-555-0100 for bookings." */
export function labelled(c: Context): Block {
  const sentence = c.random.chance(0.5);
  // Sentences need not name the phone ("Reservas en el …"): a bare run of digits there is not recognisable.
  const { text, number, form } = writtenNumber(c, FORMS, !sentence);
  const b = new BlockBuilder();
  if (sentence) {
    const [head = '', tail = ''] = c.random.pick(PHONE_SENTENCES[c.lang]).split('{n}');
    return addNumber(b.text(head), text, number.number, category(form)).text(tail).build();
  }
  return addNumber(b.text(`${label(c)}${c.random.pick([' ', ' ', '\u00a0', ' '])}`), text, number.number, category(form)).build();
}

const EXTENSIONS = [' ext. ', ' ext ', ' x', ' x ', ', ext. ', ' Ext. '];

/** "+1 212-555-0100 ext. 204" on English pages. */
export function withExtension(c: Context): Block {
  const { text, number } = writtenNumber({ ...c, lang: 'en' }, ['national', 'international']);
  const ext = c.random.digits(c.random.int(2, 5), '123456789');
  const written = `${text}${c.random.pick(EXTENSIONS)}${ext}`;
  return new BlockBuilder().text(`${c.random.pick(PHONE_LABELS.en)} `).positive(written, keyOf(number.number, ext), 'pos-extension').build();
}

/** Two numbers in one block: "Tel. 030 901820 / 0171/1234567", "… or …", "…, …". */
export function pair(c: Context): Block {
  const one = writtenNumber(c, FORMS, true);
  const two = writtenNumber(c, FORMS, true);
  const joint = c.random.pick([' / ', ' / ', ` ${OR[c.lang]} `, ', ', '; ', ' · ', ' | ']);
  return addNumber(addNumber(new BlockBuilder().text(`${label(c)} `), one.text, one.number.number, 'pos-pair').text(joint), two.text, two.number.number, 'pos-pair').build();
}

/** A table row "Telefon | 030 901820": the label is the cell before. */
export function labelCell(c: Context): Block {
  const { text, number } = writtenNumber(c, FORMS, true);
  return addNumber(new BlockBuilder(), text, number.number, 'pos-label-cell').build(label(c).replace(/[:.]\s*$/, ''));
}

/** Label and number in separate inline elements, joined without a space or with a no-break space. */
export function split(c: Context): Block {
  const { text, number } = writtenNumber(c, FORMS, true);
  const name = label(c).replace(/\s+$/, '');
  // Inline elements put the number right after a label that ends in punctuation ("Tel.:" + "030…").
  const joint = c.random.pick(/[:.：]$/.test(name) ? ['', '\u00a0', ' '] : ['\u00a0', ' ']);
  return addNumber(new BlockBuilder().text(`${name}${joint}`), text, number.number, 'pos-split').text(c.random.pick(['', ' ', ' →'])).build();
}

/** "(+1 205 204 9335)", "[030 901820]", "Jane Doe (Tel. 0171 1234567)". */
export function bracketed(c: Context): Block {
  const { text, number } = writtenNumber(c, ['international', 'e164', 'national']);
  const [open, close] = c.random.pick([['(', ')'], ['[', ']'], ['(', ')']]) as [string, string];
  const b = new BlockBuilder().text(c.random.pick(['Front desk ', 'Support ', 'Jane Doe ', 'Büro ', 'Accueil ']));
  if (c.random.chance(0.3)) return b.text(`${open}${label(c)} `).positive(text, number.number, 'pos-bracketed').text(`${close}`).build();
  return b.text(open).positive(text, number.number, 'pos-bracketed').text(close).text(c.random.pick(['', '.', ', daily'])).build();
}

/** A NANP page's block with another region's national number ("Cell: 98-4676-1145"): not a +1 number. */
export function foreignNational(c: Context): Block | undefined {
  if (!NANP.has(c.region)) return undefined;
  const region = c.random.pick(REGIONS.filter((r) => !NANP.has(r.region))).region;
  const written = writeNumber(sampleNumber(region, c.random), 'national', region, c.random);
  const groups = written.split(/\D+/).filter(Boolean).map((g) => g.length).join('-');
  // A NANP reader could not tell these from a local number: not a fair negative.
  if (['3-3-4', '3-7', '10', '1-3-3-4', '1-10', '4-3-4', '4-7', '3-4', '7', '11'].includes(groups)) return undefined;
  return new BlockBuilder().text(`${label(c)} `).negative(written, 'neg-foreign-national').build();
}
