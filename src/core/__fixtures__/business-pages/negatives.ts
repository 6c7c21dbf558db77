/**
 * Digits that are not phone numbers, as business pages write them: logs, ledgers, quotes, science, calendars,
 * identifiers, versions, barcodes, cards, tax IDs, IBANs, scores, postal codes. Each generator returns one phrase;
 * the page puts phrases next to each other with the separators real pages use.
 */
import type { Region } from '../../region';
import { sampleNumber } from './phone-numbers';
import type { Random } from './random';
import type { Lang } from './regions';

export interface Context {
  readonly random: Random;
  readonly region: Region;
  readonly lang: Lang;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const year = (r: Random) => r.int(1960, 2035);
const DASHES = ['-', '–', '—'];

export function date(r: Random, lang: Lang): string {
  const y = year(r), m = r.int(1, 12), d = r.int(1, 28);
  switch (r.int(0, 4)) {
    case 0: return `${y}-${pad(m)}-${pad(d)}`;
    case 1: return lang === 'en' ? `${m}/${d}/${y}` : `${pad(d)}.${pad(m)}.${y}`;
    case 2: return `${d}/${m}/${String(y).slice(2)}`;
    case 3: return `${y}/${pad(m)}/${pad(d)}`;
    default: return `${pad(d)}.${pad(m)}.${y}`;
  }
}
export const time = (r: Random, seconds = r.chance(0.5)): string => `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}${seconds ? `:${pad(r.int(0, 59))}` : ''}`;
export const ip = (r: Random): string => `${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
const decimal = (r: Random, whole: number, places: number) => `${r.chance(0.3) ? '-' : ''}${r.int(0, whole)}.${r.digits(places)}`;
const amount = (r: Random, lang: Lang) => {
  const whole = r.int(1000, 99_999_999);
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' || lang === 'ja' ? ',' : lang === 'fr' || lang === 'sv' || lang === 'pl' || lang === 'cs' ? '\u00a0' : '.');
  return `${grouped}${lang === 'en' || lang === 'ja' ? '.' : ','}${r.digits(2)}`;
};
/** A valid national significant number of the region, to make identifiers that a plain matcher would take. */
const phoneLike = (c: Context) => sampleNumber(c.region, c.random).nationalNumber;
/** Digits that are either random or a valid number of the page's region without its trunk prefix. */
const idDigits = (c: Context) => (c.random.chance(0.5) ? phoneLike(c) : c.random.digits(c.random.int(7, 12), '123456789'));

type Generator = (c: Context) => string;

const logs: Generator[] = [
  ({ random: r }) => `${date(r, 'en')} ${time(r, true)} INFO job ${r.digits(r.int(7, 10), '123456789')} finished in ${pad(r.int(0, 2))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`,
  ({ random: r }) => `rx ${r.digits(r.int(7, 11), '123456789')} bytes tx ${r.digits(r.int(7, 11), '123456789')} bytes`,
  (c) => `worker-${c.random.int(1, 9)} pid ${c.random.digits(5, '123456789')} heap ${phoneLike(c)} B`,
  ({ random: r }) => `${ip(r)} ${time(r, true)} GET /api/v2/items 200 ${r.int(10, 999)} ms`,
  ({ random: r }) => `[${time(r, true)}.${r.digits(3)}] WARN queue depth ${r.digits(r.int(7, 9), '123456789')}`,
  (c) => `${date(c.random, 'en')}T${time(c.random, true)}Z trace=${c.random.digits(16, '123456789')} span ${phoneLike(c)}`,
  (c) => `exit code 0 after ${c.random.int(1, 59)}m${c.random.int(1, 59)}s; ${phoneLike(c)} rows written`,
];

const ipPort: Generator[] = [
  ({ random: r }) => `${ip(r)}:${r.int(1024, 65535)}`,
  ({ random: r }) => `listening on ${ip(r)}:${r.int(1024, 65535)}`,
  ({ random: r }) => `from ${ip(r)} port ${r.int(1024, 65535)} ssh2`,
];

const finance: Generator[] = [
  (c) => `${date(c.random, c.lang)} ${c.random.pick(['Wire', 'SEPA', 'ACH', 'POS'])} ${c.random.pick(['+', '-', '−'])}${amount(c.random, c.lang)} ${amount(c.random, c.lang)}`,
  ({ random: r }) => `${r.pick(['DKS', 'AAPL', 'SAP', 'ASML', 'NESN', 'BMW'])} ${r.int(10, 999)}.${r.digits(2)} ${r.pick(['+', '-'])}${r.int(0, 40)}.${r.digits(2)} (${r.pick(['+', '-'])}${r.int(0, 9)}.${r.digits(2)}%)`,
  (c) => `${c.random.pick(['€', '$', '£', 'CHF', 'USD', 'EUR'])} ${amount(c.random, c.lang)}`,
  (c) => `${amount(c.random, c.lang)} ${c.random.pick(['€', 'EUR', 'kr', 'zł', 'Kč', 'USD'])}`,
  ({ random: r }) => `${r.pick(['Sort code', 'Sort Code:', 'BSB', 'Routing'])} ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, ${r.pick(['Acc.', 'Account', 'Account no.', 'A/C'])} ${r.digits(8, '123456789')}`,
  ({ random: r }) => `BLZ ${r.digits(3, '123456789')} ${r.digits(3)} ${r.digits(2)}, Konto ${r.digits(r.int(7, 10), '123456789')}`,
  ({ random: r }) => `Q${r.int(1, 4)} ${year(r)} ${r.int(100, 999)}.${r.digits(1)} ${r.int(100, 999)}.${r.digits(1)} ${r.int(100, 999)}.${r.digits(1)}`,
  (c) => `${c.random.digits(4, '123456789')} ${c.random.digits(4)} ${c.random.digits(3)} ${c.random.digits(3)}`,
];

const science: Generator[] = [
  ({ random: r }) => `${decimal(r, 89, 4)}, ${decimal(r, 179, 4)} ${year(r)}${r.pick(DASHES)}${year(r)}`,
  ({ random: r }) => `${r.int(10, 99)}-${r.int(10, 99)} ${decimal(r, 89, 4)}, ${decimal(r, 179, 4)}`,
  ({ random: r }) => `n = ${r.digits(r.int(7, 9), '123456789')}, p = 0.${r.digits(4)}`,
  ({ random: r }) => `doi:10.${r.digits(4, '123456789')}/s${r.digits(5)}-${r.digits(3)}-${r.digits(4)}-${r.int(0, 9)}`,
  ({ random: r }) => `CAS ${r.digits(r.int(4, 7), '123456789')}-${r.digits(2)}-${r.int(0, 9)}`,
  ({ random: r }) => `Vol. ${r.int(1, 99)}(${r.int(1, 12)}):${r.digits(4, '123456789')}-${r.digits(4, '123456789')}`,
  ({ random: r }) => `${r.int(1, 999)} ${r.digits(3)} ${r.digits(3)} km² (${year(r)})`,
  ({ random: r }) => `${r.int(10, 89)}°${r.int(0, 59)}′${r.int(0, 59)}″N ${r.int(10, 179)}°${r.int(0, 59)}′${r.int(0, 59)}″E`,
  ({ random: r }) => `${r.int(1, 9)}.${r.digits(3)} ${r.digits(3)} ${r.digits(2)} × 10^${r.int(3, 30)}`,
];

const calendar: Generator[] = [
  ({ random: r }) => `${pad(r.int(1, 14))}.${r.pick(DASHES)}${pad(r.int(15, 28))}.${pad(r.int(1, 12))}.${year(r)}`,
  (c) => `${date(c.random, c.lang)} ${c.random.pick(DASHES)} ${date(c.random, c.lang)}`,
  (c) => `${date(c.random, c.lang)} ${time(c.random, false)}${c.random.pick(DASHES)}${time(c.random, false)}`,
  ({ random: r }) => `${year(r)}/${String(year(r)).slice(2)} ${r.pick(DASHES)} ${year(r)}/${String(year(r)).slice(2)}`,
  (c) => `${c.random.pick(['Mo–Fr', 'Mon–Fri', 'Lun.–Ven.', 'L–V'])} ${time(c.random, false)}–${time(c.random, false)}, ${date(c.random, c.lang)}`,
  ({ random: r }) => `${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/${year(r)} ${pad(r.int(0, 23))}h${pad(r.int(0, 59))}`,
  ({ random: r }) => `${year(r)}${pad(r.int(1, 12))}${pad(r.int(1, 28))} ${pad(r.int(0, 23))}${pad(r.int(0, 59))}`,
];

// Labels that name an identifier, in many languages and forms, some of them bare nouns ("Account", "DHL").
const ID_LABELS: Record<Lang, readonly string[]> = {
  en: ['Account', 'Account no.', 'Customer ID', 'Customer #', 'Case', 'Case number', 'Order', 'Invoice', 'Policy number', 'Member ID', 'Claim', 'Ticket', 'Contract', 'DHL', 'UPS', 'FedEx tracking', 'Flight PP', 'Booking ref', 'Serial', 'Lot', 'Reference', 'Sales order', 'RMA', 'PO', 'Subscriber ID', 'Patient ID', 'Loan'],
  de: ['Kundennummer', 'Kunden-Nr.', 'Konto', 'Kontonummer', 'Vertragsnummer', 'Rechnung', 'Rechnungs-Nr.', 'Bestellung', 'Auftrag', 'Mitgliedsnummer', 'Aktenzeichen', 'Sendungsnummer', 'Vorgang', 'Referenz', 'Versicherungsnummer'],
  fr: ['N° client', 'Numéro de compte', 'Compte', 'N° de commande', 'Facture', 'Contrat n°', 'Dossier', 'Référence', 'N° de suivi', 'Adhérent'],
  es: ['Nº de cliente', 'Cuenta', 'Número de cuenta', 'Pedido', 'Factura', 'Contrato', 'Expediente', 'Referencia', 'Póliza', 'Socio nº'],
  it: ['Codice cliente', 'Conto', 'Numero conto', 'Ordine', 'Fattura', 'Contratto', 'Pratica', 'Riferimento', 'Polizza'],
  pt: ['Nº de cliente', 'Conta', 'Número da conta', 'Pedido', 'Fatura', 'Contrato', 'Protocolo', 'Referência', 'Apólice'],
  nl: ['Klantnummer', 'Rekening', 'Rekeningnummer', 'Ordernummer', 'Factuur', 'Contract', 'Dossiernummer', 'Referentie', 'Polisnummer'],
  sv: ['Kundnummer', 'Konto', 'Kontonummer', 'Ordernummer', 'Faktura', 'Avtal', 'Ärende', 'Referens', 'OCR'],
  pl: ['Numer klienta', 'Konto', 'Nr konta', 'Zamówienie', 'Faktura', 'Umowa', 'Sprawa', 'Nr referencyjny'],
  ja: ['お客様番号', '注文番号', '口座番号', '請求書番号', '契約番号', '会員番号', '問い合わせ番号'],
  da: ['Kundenummer', 'Konto', 'Kontonummer', 'Ordrenummer', 'Faktura', 'Aftale', 'Sag'],
  cs: ['Číslo zákazníka', 'Účet', 'Číslo účtu', 'Objednávka', 'Faktura', 'Smlouva', 'Variabilní symbol'],
  he: ['מספר לקוח', 'חשבון', 'הזמנה', 'חשבונית', 'אסמכתא'],
};

export const idLabel = (c: Context): string => c.random.pick(c.random.chance(0.75) ? ID_LABELS[c.lang] : ID_LABELS.en);

const CONNECTORS = [' ', ': ', ' #', ' # ', ' no. ', ' – ', ':\u00a0', ' - '];

/** A labelled identifier in the block ("Account 3342093571", "Kundennummer: 0301234567"). */
export const labelledId: Generator = (c) => `${idLabel(c)}${c.random.pick(CONNECTORS)}${idValue(c)}`;

/** The value of an identifier: digits, some of them a valid number of the region (its trunk prefix too). */
export function idValue(c: Context): string {
  const r = c.random;
  switch (r.int(0, 5)) {
    case 0: return `0${phoneLike(c)}`;
    case 1: return `${r.digits(r.int(2, 4), '123456789')}-${r.digits(r.int(3, 4))}-${r.digits(r.int(3, 5))}`;
    case 2: return `${r.digits(3, '123456789')} ${r.digits(3)} ${r.digits(4)}`;
    default: return idDigits(c);
  }
}

const unlabelledId: Generator[] = [
  ({ random: r }) => `${r.pick(['SO', 'PO', 'INV', 'RMA', 'CRM', 'CASE', 'TCK', 'PRJ'])}-${year(r)}-${r.digits(r.int(4, 6))}`,
  ({ random: r }) => `${year(r)}-${pad(r.int(1, 12))}-${r.digits(4, '123456789')}`,
  ({ random: r }) => `${year(r)}/${r.digits(4)}/${r.digits(2)}`,
  ({ random: r }) => `${r.pick(['RMA', 'SO', 'Ref.', 'Vorgang'])} ${year(r)}-${r.int(1, 12)}-${r.digits(4, '123456789')}`,
  ({ random: r }) => `${year(r)}-${r.digits(6)}`,
  ({ random: r }) => `${year(r)} ${r.digits(3)} ${r.digits(4)}`,
  ({ random: r }) => `${r.pick(['A', 'B', 'X', 'DE', 'CH'])}${r.digits(2)}-${r.digits(4)}-${r.digits(4)}`,
  ({ random: r }) => `${year(r)}.${r.digits(3)}.${r.digits(4)}`,
];

const versions: Generator[] = [
  ({ random: r }) => `v${r.int(1, 20)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.digits(4, '123456789')}`,
  ({ random: r }) => `${r.int(6, 12)}.0.${r.digits(5, '123456789')}.${r.int(1, 999)}`,
  ({ random: r }) => `Build ${r.digits(5, '123456789')}.${r.digits(4, '123456789')}`,
  ({ random: r }) => `${r.int(100, 140)}.0.${r.digits(4, '123456789')}.${r.int(10, 250)}`,
  ({ random: r }) => `${r.int(1, 6)}.${r.int(0, 19)}.${r.int(0, 99)}-${r.int(10, 200)}-generic`,
  ({ random: r }) => `release ${year(r)}.${pad(r.int(1, 12))}.${r.digits(3)}`,
];

const ean13 = (r: Random, prefix = '') => {
  const body = prefix + r.digits(12 - prefix.length);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return body + String((10 - (sum % 10)) % 10);
};
const barcodes: Generator[] = [
  ({ random: r }) => { const e = ean13(r, r.pick(['978', '979'])); return `ISBN ${e.slice(0, 3)}-${e.slice(3, 4)}-${e.slice(4, 7)}-${e.slice(7, 12)}-${e.slice(12)}`; },
  ({ random: r }) => `EAN ${ean13(r, r.digits(1, '123456789'))}`,
  ({ random: r }) => { const e = ean13(r, '0'); return `${e.slice(1, 2)} ${e.slice(2, 7)} ${e.slice(7, 12)} ${e.slice(12)}`; },
  ({ random: r }) => { const e = ean13(r, r.digits(1, '123456789')); return `${e.slice(0, 1)} ${e.slice(1, 7)} ${e.slice(7)}`; },
  ({ random: r }) => `${year(r)}. ${r.int(1, 9)} ${r.digits(5)} ${r.digits(5)} ${r.int(0, 9)}`,
  ({ random: r }) => `GTIN ${ean13(r, r.digits(2, '0123456789'))}`,
];

const cards: Generator[] = [
  (c) => `**** ${c.random.digits(4)} ${c.random.pick(DASHES)} ${date(c.random, 'de')}`,
  ({ random: r }) => `${r.pick(['4', '5'])}${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
  ({ random: r }) => `37${r.digits(2)} ${r.digits(6)} ${r.digits(5)}`,
  ({ random: r }) => `Visa •••• ${r.digits(4)} exp ${pad(r.int(1, 12))}/${r.int(25, 32)}`,
  ({ random: r }) => `xxxx-xxxx-xxxx-${r.digits(4)} ${time(r, false)}`,
  ({ random: r }) => `${r.pick(['4', '5'])}${r.digits(15)}`,
];

const taxIds: Generator[] = [
  ({ random: r }) => `${r.pick(['SS#', 'SSN', ''])} ${r.digits(3, '1234567')}-${r.digits(2, '123456789')}-${r.digits(4, '123456789')}`.trim(),
  ({ random: r }) => `${r.pick(['EIN', 'TIN', ''])} ${r.digits(2, '123456789')}-${r.digits(7)}`.trim(),
  ({ random: r }) => `Steuernummer ${r.int(10, 99)}/${r.digits(3)}/${r.digits(5)}`,
  ({ random: r }) => `${r.pick(['USt-IdNr.', 'VAT', 'TVA', 'BTW', 'P.IVA'])} ${r.pick(['DE', 'FR', 'NL', 'IT', 'BE'])}${r.digits(9)}`,
  ({ random: r }) => `SIRET ${r.digits(3, '123456789')} ${r.digits(3)} ${r.digits(3)} ${r.digits(5)}`,
  ({ random: r }) => `SIREN ${r.digits(3, '123456789')} ${r.digits(3)} ${r.digits(3)}`,
  ({ random: r }) => `CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}`,
  ({ random: r }) => `CNPJ ${r.digits(2)}.${r.digits(3)}.${r.digits(3)}/0001-${r.digits(2)}`,
  ({ random: r }) => `ABN ${r.digits(2, '123456789')} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  ({ random: r }) => `P.IVA ${r.digits(11)}`,
  ({ random: r }) => `${r.digits(3, '1234567')}-${r.digits(2, '123456789')}-${r.digits(4, '123456789')}`,
  ({ random: r }) => `${r.digits(2, '123456789')}-${r.digits(7)}`,
  ({ random: r }) => `CHE-${r.digits(3)}.${r.digits(3)}.${r.digits(3)} MWST`,
  ({ random: r }) => `KvK ${r.digits(8, '123456789')}`,
];

const IBAN_COUNTRIES: Record<string, number> = { DE: 18, NL: 14, GB: 18, FR: 23, ES: 20, IT: 23, BE: 12, AT: 16, CH: 17, PL: 24 };
const ibans: Generator[] = [
  ({ random: r }) => {
    const country = r.pick(Object.keys(IBAN_COUNTRIES));
    let bban = country === 'NL' || country === 'GB' ? `${r.pick(['XSZK', 'NWBK', 'ABNA', 'RABO'])}${r.digits((IBAN_COUNTRIES[country] ?? 14) - 4)}` : r.digits(IBAN_COUNTRIES[country] ?? 18);
    bban = `${country}${r.digits(2)}${bban}`;
    const grouped = bban.replace(/(.{4})(?=.)/g, '$1 ');
    return `${r.pick(['IBAN ', 'IBAN: ', ''])}${grouped}`;
  },
  ({ random: r }) => `BIC ${r.pick(['COBADEFFXXX', 'INGDDEFFXXX', 'BNPAFRPP'])}, Konto ${r.digits(10)} BLZ ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`,
];

const sports: Generator[] = [
  ({ random: r }) => `W ${r.int(80, 140)}${r.pick(DASHES)}${r.int(80, 140)} ${r.pick(DASHES)} ${r.int(10, 60)}-${r.int(10, 60)} overall`,
  ({ random: r }) => `${r.int(1, 18)}. ${r.pick(['Bayern', 'Ajax', 'Lyon', 'Celtic'])} ${r.int(20, 38)} ${r.int(5, 30)} ${r.int(0, 10)} ${r.int(0, 10)} ${r.int(20, 99)}:${r.int(10, 60)} ${r.int(10, 90)}`,
  ({ random: r }) => `${r.int(0, 5)}-${r.int(0, 5)} (${r.int(0, 3)}-${r.int(0, 3)}), ${r.int(60, 99)}' ${r.int(10000, 80000)} spectators`,
  ({ random: r }) => `Record ${r.int(10, 70)}-${r.int(10, 70)} (${r.int(10, 40)}-${r.int(5, 40)} home, ${r.int(10, 40)}-${r.int(5, 40)} away)`,
  ({ random: r }) => `${r.digits(3, '123456789')}-${r.digits(2)}-${r.digits(4)} / ${r.int(0, 5)}:${r.int(0, 5)}`,
  ({ random: r }) => `Lap ${r.int(1, 70)} 1:${r.int(10, 59)}.${r.digits(3)} +${r.int(0, 59)}.${r.digits(3)}`,
];

const POSTAL: Partial<Record<Region, (r: Random) => string>> = {
  DE: (r) => `${r.pick(['D-', ''])}${r.digits(5, '0123456789')} ${r.pick(['Berlin', 'München', 'Köln'])}`,
  FR: (r) => `${r.digits(5, '0123456789')} ${r.pick(['Paris', 'Lyon', 'Nantes'])} CEDEX ${r.int(1, 20)}`,
  NL: (r) => `${r.digits(4, '123456789')} ${r.pick(['AB', 'XK', 'LM'])} Amsterdam`,
  PL: (r) => `${r.digits(2)}-${r.digits(3)} Warszawa`,
  BR: (r) => `CEP ${r.digits(5)}-${r.digits(3)}`,
  JP: (r) => `〒${r.digits(3)}-${r.digits(4)}`,
  US: (r) => `${r.pick(['Austin, TX', 'Boston, MA', 'Denver, CO'])} ${r.digits(5, '123456789')}-${r.digits(4)}`,
  PT: (r) => `${r.digits(4, '123456789')}-${r.digits(3)} Lisboa`,
  CZ: (r) => `${r.digits(3, '123456789')} ${r.digits(2)} Praha`,
};
// Postal codes as the page's region writes them (or German ones, where the region has none listed).
const postal: Generator[] = [
  (c) => (POSTAL[c.region] ?? POSTAL.DE ?? (() => ''))(c.random),
  ({ random: r }) => `${r.pick(['PLZ', 'PLZ-Bereich', 'Postleitzahlen'])} ${r.digits(5)}–${r.digits(5)}, ${r.digits(5)}`,
  ({ random: r }) => `${r.digits(5, '123456789')}, ${r.digits(5, '123456789')}, ${r.digits(5, '123456789')}`,
  (c) => { const one = POSTAL[c.region] ?? POSTAL.DE ?? (() => ''); return `${one(c.random)}; ${one(c.random)}`; },
];

export const NEGATIVES: Record<string, readonly Generator[]> = {
  'neg-logs': logs,
  'neg-ip-port': ipPort,
  'neg-finance': finance,
  'neg-science': science,
  'neg-calendar': calendar,
  'neg-id-labelled': [labelledId],
  'neg-id-unlabelled': unlabelledId,
  'neg-version': versions,
  'neg-isbn-ean': barcodes,
  'neg-card': cards,
  'neg-tax-id': taxIds,
  'neg-iban': ibans,
  'neg-sports': sports,
  'neg-postal': postal,
};

export const negativePhrase = (category: string, c: Context): string => c.random.pick(NEGATIVES[category] ?? logs)(c);
