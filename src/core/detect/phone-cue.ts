/**
 * A national number written as one unbroken run of digits ("0301234567", "2125550100") looks like every ID, count
 * and log figure on a data page; pages that write a phone number that way introduce it with a phone word. Such a
 * run is read only after one, in the block or in its label cell.
 */

// Phone words by their stems, in the page languages we read ("Tel.", "Telefon", "Phone", "Fax", "Mobil(e)",
// "Cell", "Handy", "Portable", "Call", "Appelez", "Rufen Sie an", "Llámenos", "Chiamaci", "Ligue", "Bel", "Ring",
// "Zadzwoń", "電話", "התקשרו", "اتصل"), and the
// desks a line reaches ("Inquiries", "Accueil", "Zentrale", "Reception", "Helpline").
const PHONE_CUE = /(?:^|[^\p{L}])(?:t[eéè]l|phone|fon|fax|mob|m[oó]v|cell|celu|handy|portable|call|dial|ring|bel|appel|compos|ruf|anruf|w[äa]hl|ll[aá]m|chiam|lig[au]|zadzw|volej|kom\b|tlf|infolinia|hotline|helpline|whatsapp|contact|kontakt|reach|office|direct|main line|line\b|desk|v[äa]xel|inquir|enquir|accueil|standard|r[eé]cep|empfang|zentrale|centralin|centralit|switchboard|helpdesk|servicedesk|atendimento|auskunft)|電話|ＴＥＬ|טל|נייד|פקס|התקשר|اتصل|هاتف|جوال|[☎📞✆]/iu;

// A one-letter label of a letterhead or signature: "T: 020 …", "M: 06 …", "F: …".
const LETTER_LABEL = /(?:^|[^\p{L}])[TFMP][:.][\s\u00a0]*$/u;
// The words right before a number, for a label.
const LABEL_REACH = 24;

// How far before the number a phone word may stand ("Tel. 030 901820 / 0301234567").
const CUE_LOOKBACK = 48;

const DIGITS_ONLY = /^\d+$/;

/**
 * The strongest phone label a block can have before it: one character, a phone word wherever a label's reach
 * starts. With it before a text, the detector finds every number it finds with any other text before it (a label
 * before a block only makes digits a number, or an identifier); content/screen.ts relies on that.
 */
export const STRONGEST_PHONE_LABEL = '\u260e';

/** Does a phone word or letter label stand right before offset `at` of `text` (or end `before`, when `at` is near the start)? */
export function hasPhoneLabel(text: string, at: number, before: string): boolean {
  const near = at >= LABEL_REACH ? text.slice(at - LABEL_REACH, at) : (before + text.slice(0, at)).slice(-LABEL_REACH);
  return PHONE_CUE.test(near) || LETTER_LABEL.test(near);
}

/**
 * Is the number `written` (its main part) at `start` of `text` an unbroken run with no phone word before it?
 * `before` gives the text before the block (its label cell), read only when the number is near the block's start
 * and the block holds no phone word.
 */
export function lacksPhoneCue(written: string, text: string, start: number, before: () => string): boolean {
  if (!DIGITS_ONLY.test(written)) return false;
  const near = text.slice(Math.max(0, start - CUE_LOOKBACK), start);
  if (PHONE_CUE.test(near) || LETTER_LABEL.test(near)) return false;
  // Like an ID label, the label cell speaks for the start of its block only.
  return start >= CUE_LOOKBACK || !(PHONE_CUE.test(before()) || LETTER_LABEL.test(before()));
}
