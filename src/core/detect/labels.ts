/**
 * Labels that say the digits after them are an identifier, not a phone number: "Order #", "Invoice No.", "Ref:",
 * "SKU", "Kundennummer", "N° de commande", "pp.". A label counts only when nothing but label punctuation stands
 * between it and the digits, so "Reference: Mark (614) 555-0182" is still a phone number.
 */

// Words that name an identifier on their own.
const ID_WORDS = [
  'order', 'invoice', 'inv', 'ref', 'refs', 'reference', 'sku', 'id', 'ids', 'uuid', 'guid', 'ticket', 'confirmation',
  'conf', 'transaction', 'txn', 'tracking', 'serial', 's/n', 'sn', 'po', 'claim', 'receipt', 'isbn', 'isbn-10',
  'isbn-13', 'issn', 'eissn', 'upc', 'ean', 'gtin', 'asin', 'imei', 'iban', 'bic', 'npi', 'ein', 'ssn', 'vat',
  'pmid', 'oclc', 'doi', 'arxiv', 'waybill', 'awb', 'parcel', 'shipment', 'pin', 'zip', 'postcode', 'passcode',
  'password', 'otp', 'model', 'part', 'item', 'article', 'lot', 'batch', 'build', 'version', 'ver', 'release',
  'firmware', 'kernel', 'routing', 'aba', 'swift', 'sort', 'case', 'docket', 'file', 'patent', 'license', 'licence',
  'permit', 'cas', 'pages', 'page', 'vol', 'volume', 'issue', 'abn', 'acn', 'cricos', 'hrb', 'hra', 'siret', 'siren', 'tva', 'ust-idnr', 'steuernummer', 'steuer-nr', 'cpf',
  'cnpj', 'rfc', 'gstin', 'pan', 'aadhaar', 'cin', 'uen', 'kvk', 'btw', 'nif', 'cif', 'dni', 'piva', 'codice',
  'pedido', 'factura', 'referencia', 'referência', 'commande', 'facture', 'référence', 'dossier', 'auftrag',
  'rechnung', 'bestellung', 'kunde', 'vorgang', 'aktenzeichen', 'seite', 'seiten',
  // Whose number it is: an account, a customer, a member, a contract (not a department: "Customer service").
  'account', 'acct', 'acc', 'a/c', 'customer', 'client', 'member', 'subscriber', 'policy', 'loan', 'contract', 'patient',
  // Carriers and banks: the figures after them are parcels and bank codes.
  'flight', 'dhl', 'ups', 'fedex', 'usps', 'tnt', 'gls', 'dpd', 'colissimo', 'correos', 'postnl', 'rma', 'pnr',
  'blz', 'bsb', 'ifsc', 'clabe', 'rib', 'plz', 'cep', 'ocr', 'iva',
  // The same in the page languages we read.
  'konto', 'konta', 'conta', 'cuenta', 'conto', 'compte', 'rekening', 'rachunek', 'účet', 'účtu', 'kund', 'klant',
  'klient', 'klienta', 'cliente', 'kunden', 'zákazníka', 'socio', 'adhérent', 'mitglied', 'vertrag', 'contrat', 'contrato',
  'contratto', 'umowa', 'smlouva', 'aftale', 'avtal', 'póliza', 'apólice', 'polizza', 'polis', 'pratica',
  'expediente', 'protocolo', 'sag', 'ärende', 'sprawa', 'zamówienie', 'objednávka', 'faktura', 'fattura', 'fatura',
  'factuur', 'ordine', 'ordre', 'referenz', 'referentie', 'referens', 'riferimento', 'referencyjny', 'symbol',
  'lieferschein', 'beleg', 'buchung', 'sendung', 'lote', 'lotto', 'serie',
  'לקוח', 'חשבון', 'הזמנה', 'חשבונית', 'אסמכתא',
];

// Words that name an identifier only with "number", "no.", "#" or "ID" after them ("Customer ID", "Account #").
const QUALIFIED_WORDS = [
  'membership', 'application', 'registration', 'employee', 'student', 'booking', 'reservation', 'company', 'contract', 'document', 'tax', 'vat',
  'business', 'product', 'catalog', 'catalogue', 'record', 'report', 'project', 'request', 'job', 'user', 'device',
  'card', 'voucher', 'coupon', 'gift', 'shipping', 'delivery', 'bill', 'billing', 'payment', 'tracking', 'order',
];

const QUALIFIERS = '(?:no|nr|num|number|numbers|#|id|ref|reference|code|n°|nº)';

// German compounds ending in -nummer / -nr. name an identifier unless they name a phone line.
// Dutch, Swedish and Danish compounds too ("Klantnummer", "Kundnummer", "Ordrenummer"; "telefoonnummer" is a phone).
const GERMAN_COMPOUND = /(?:^|[^\p{L}])(?!(?:telefon|telefoon|tel|fax|telefax|handy|mobil|mobiel|mobilfunk|festnetz|ruf|service|hotline|durchwahl|kontakt|notruf)-?(?:nummer|nr))\p{L}+-?(?:nummer|nr)\.?(?:\s*(?:no|nr|#)\.?)*[\s:#.\-–]*$/iu;

// French: "N° de commande", "numéro de facture", "n° client".
const FRENCH = /(?:n°|nº|numéro)\s*(?:de\s+|d')?\s*(?:commande|facture|client|dossier|contrat|siret|tva|série|suivi)\s*[:#]?\s*$/iu;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// What may stand between a label and the digits: punctuation, or "is"/"was" ("Your ticket number is 6465550131").
const CONNECTOR = '(?:[\\s:#.\\-–(]|\\s(?:is|was)\\s)*';

const ID_LABEL = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${ID_WORDS.map(escape).join('|')})\\.?(?:\\s*${QUALIFIERS}\\.?)*${CONNECTOR}$`,
  'iu',
);
const QUALIFIED_LABEL = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${QUALIFIED_WORDS.map(escape).join('|')})\\.?(?:\\s*${QUALIFIERS}\\.?)+${CONNECTOR}$`,
  'iu',
);

// Japanese: "お客様番号", "注文番号" (any "…番号" but the telephone's, "電話番号").
const JAPANESE = /(?<!電話)番号(?:\s*(?:no|nr|#)\.?)*[\s:：#]*$/iu;

// Page references in citations: "pp. 345–367", "p. 12", "S. 1123-1145", "cc 191-195". The dot is required after
// the one-letter forms so a possessive ("Alvarez's 646 555 0198") is not read as one.
const PAGE_LABEL = /(?:^|[^\p{L}\p{N}])(?:pp\.?|p\.|s\.|cc\.?)\s*$/iu;

// How far back a label may start: "Confirmation number: " is 21 characters.
export const LABEL_LOOKBACK = 40;

// "Call to order 1-800-…": "order" as a verb. "Service client", "Servicio al cliente": a desk, not an ID.
const TO_ORDER = /\bto\s+order\s*$/i;
const CUSTOMER_DESK = /(?:servi[cç]e?[io]?|atenci[oó]n|atendimento|assistenza|espace|relation)\s+(?:(?:al|ao|à|a|aux|du|de)\s+)?(?:la\s+)?clien(?:t|te|ts|tes)[\s:.\-–]*$/iu;

// A VAT or company number with its country prefix: "TVA FR 12 345678901", "UStG: DE 123 456 789", "VAT GB 123 4567 89".
const VAT = /(?:vat|tva|iva|btw|mwst|gst|ust-?id(?:nr)?|ustg|umsatzsteuer[\p{L}-]*)\.?(?:\s*(?:no|nr|number|n°|nº|reg|id)\.?)*[\s:#]*$/iu;
const COUNTRY_PREFIX = /([A-Z]{2})[\s\u00a0]*$/;

/**
 * Does the text right before offset `at` of `text` (with `before`, the text that precedes `text` on the page, in
 * front of it) end with a label that makes the digits at `at` an identifier? Reads only the last LABEL_LOOKBACK
 * characters (so `before` only when `at` is nearer the start than that): joining the whole prefix for every
 * candidate cost more than the label check itself.
 */
export function hasIdLabelAt(text: string, at: number, before = ''): boolean {
  return hasIdLabel(charsBefore(text, at, LABEL_LOOKBACK, before));
}

/** The `length` characters before offset `at` of `text`, with `before` in front of it when `at` is that near the start. */
export function charsBefore(text: string, at: number, length: number, before: string): string {
  return at >= length ? text.slice(at - length, at) : (before + text.slice(0, at)).slice(-length);
}

// A short code in capitals between a label and its digits: "Flight PP 9734", "Flight PP no. …", "Order SO 2024…".
const CODE_IN_LABEL = /[\s\u00a0][A-Z]{2,3}(?=[\s\u00a0:#\-–.]|$)/g;
const HAS_CODE = /[\s\u00a0][A-Z]{2,3}(?=[\s\u00a0:#\-–.]|$)/;

/** Does `before`, the text right before a candidate, end with a label that makes the digits an identifier? */
export function hasIdLabel(before: string): boolean {
  const tail = before.slice(-LABEL_LOOKBACK);
  if (isIdLabelled(tail)) return true;
  return HAS_CODE.test(tail) && isIdLabelled(tail.replace(CODE_IN_LABEL, ''));
}

// The words a label can end with, for a cheap first look (the regular expressions above are the rule): most
// candidates have no label, and this runs on every one.
const LAST_WORDS: ReadonlySet<string> = new Set([
  ...ID_WORDS, ...QUALIFIED_WORDS, 'no', 'nr', 'num', 'number', 'numbers', 'id', 'ref', 'reference', 'code', 'n°', 'nº',
  'is', 'was', 'commande', 'facture', 'client', 'dossier', 'contrat', 'siret', 'tva', 'série', 'suivi', 'pp', 'p', 's',
  'cc', 'vat', 'iva', 'btw', 'mwst', 'gst', 'ustg', 'reg',
]);
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const LETTER = /[\p{L}°º]/u;
const isLetterAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiLetter(c) : LETTER.test(text.charAt(at));
};
const WORD_INNER = /[\p{L}\p{N}°º]/u;
const isWordInnerAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  if (c >= 128) return WORD_INNER.test(text.charAt(at));
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2f || c === 0x27 || c === 0x2d;
};

/** The last word of `tail` (letters, digits and "/'-" inside it) and what follows it. */
function lastWord(tail: string): { word: string; after: string } {
  let end = tail.length;
  while (end > 0 && !isLetterAt(tail, end - 1)) end--;
  let start = end;
  while (start > 0 && isWordInnerAt(tail, start - 1)) start--;
  while (start < end && !isLetterAt(tail, start)) start++;
  return { word: tail.slice(start, end), after: tail.slice(end) };
}

const ID_WORD_SET: ReadonlySet<string> = new Set(ID_WORDS);
// Only label punctuation after an identifier word ("Order #", "SKU: ", "Konto – "): the common case, answered
// without the regular expressions.
const PLAIN_CONNECTOR = /^\.?[\s:#.\-–(]*$/;

/** Could `tail` end with a label? Its last word is one a label ends with, a compound "…nummer", a code or "…番号". */
function mayEndWithLabel(raw: string): boolean {
  // No letter at all ("-8.76 (-56.40%) "): every label names something in words.
  if (raw === '') return false;
  const word = raw.toLowerCase();
  return LAST_WORDS.has(word) || word.endsWith('nummer') || word.endsWith('nr') || word.endsWith('番号') || (raw.length <= 3 && raw === raw.toUpperCase());
}

function isIdLabelled(tail: string): boolean {
  const { word, after } = lastWord(tail);
  if (!mayEndWithLabel(word)) return false;
  const country = COUNTRY_PREFIX.exec(tail);
  if (country && VAT.test(tail.slice(0, country.index))) return true;
  if (TO_ORDER.test(tail) || CUSTOMER_DESK.test(tail)) return false;
  if (ID_WORD_SET.has(word.toLowerCase()) && PLAIN_CONNECTOR.test(after)) return true;
  return ID_LABEL.test(tail) || QUALIFIED_LABEL.test(tail) || GERMAN_COMPOUND.test(tail) || FRENCH.test(tail) || PAGE_LABEL.test(tail) || JAPANESE.test(tail);
}
