/**
 * The regions generated pages come from: the page's language (<html lang>), its ccTLD and the words its
 * pages use around phone numbers. `writesTrunk`: national numbers there are always written with the trunk
 * prefix ("030…", "01…"), so the same digits without it are not a phone number as written.
 */
import type { Region } from '../../region';

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'sv' | 'pl' | 'ja' | 'da' | 'cs' | 'he';

export interface RegionInfo {
  readonly region: Region;
  readonly langs: readonly Lang[];
  readonly tld: string;
  readonly writesTrunk: boolean;
}

export const REGIONS: readonly RegionInfo[] = [
  { region: 'US', langs: ['en', 'es'], tld: 'com', writesTrunk: false },
  { region: 'CA', langs: ['en', 'fr'], tld: 'ca', writesTrunk: false },
  { region: 'GB', langs: ['en'], tld: 'co.uk', writesTrunk: true },
  { region: 'IE', langs: ['en'], tld: 'ie', writesTrunk: true },
  { region: 'AU', langs: ['en'], tld: 'com.au', writesTrunk: true },
  { region: 'NZ', langs: ['en'], tld: 'co.nz', writesTrunk: true },
  { region: 'ZA', langs: ['en'], tld: 'co.za', writesTrunk: true },
  { region: 'IN', langs: ['en'], tld: 'in', writesTrunk: false },
  { region: 'SG', langs: ['en'], tld: 'sg', writesTrunk: false },
  { region: 'DE', langs: ['de'], tld: 'de', writesTrunk: true },
  { region: 'AT', langs: ['de'], tld: 'at', writesTrunk: true },
  { region: 'CH', langs: ['de', 'fr', 'it'], tld: 'ch', writesTrunk: true },
  { region: 'FR', langs: ['fr'], tld: 'fr', writesTrunk: true },
  { region: 'BE', langs: ['fr', 'nl'], tld: 'be', writesTrunk: true },
  { region: 'NL', langs: ['nl'], tld: 'nl', writesTrunk: true },
  { region: 'ES', langs: ['es'], tld: 'es', writesTrunk: false },
  { region: 'IT', langs: ['it'], tld: 'it', writesTrunk: false },
  { region: 'PT', langs: ['pt'], tld: 'pt', writesTrunk: false },
  { region: 'SE', langs: ['sv'], tld: 'se', writesTrunk: true },
  { region: 'DK', langs: ['da'], tld: 'dk', writesTrunk: false },
  { region: 'PL', langs: ['pl'], tld: 'pl', writesTrunk: false },
  { region: 'CZ', langs: ['cs'], tld: 'cz', writesTrunk: false },
  { region: 'BR', langs: ['pt'], tld: 'com.br', writesTrunk: false },
  { region: 'MX', langs: ['es'], tld: 'com.mx', writesTrunk: false },
  { region: 'AR', langs: ['es'], tld: 'com.ar', writesTrunk: false },
  { region: 'CO', langs: ['es'], tld: 'com.co', writesTrunk: false },
  { region: 'JP', langs: ['ja'], tld: 'co.jp', writesTrunk: true },
  { region: 'IL', langs: ['he', 'en'], tld: 'co.il', writesTrunk: true },
  { region: 'HK', langs: ['en'], tld: 'com.hk', writesTrunk: false },
];

/** Words that introduce a phone number, by page language. */
export const PHONE_LABELS: Record<Lang, readonly string[]> = {
  en: ['Tel:', 'Phone:', 'Tel.', 'Call', 'Mobile:', 'Cell:', 'Fax:', 'Office:', 'Main line', 'Hotline:', 'Call us on', 'Phone'],
  de: ['Tel.:', 'Telefon:', 'Fon:', 'Tel.', 'Mobil:', 'Fax:', 'Telefax:', 'Handy:', 'Hotline:', 'Telefon'],
  fr: ['Tél. :', 'Téléphone :', 'Tél.', 'Portable :', 'Fax :', 'Standard :', 'Tel:'],
  es: ['Tel.:', 'Teléfono:', 'Tlf.', 'Móvil:', 'Fax:', 'Celular:', 'Llámenos al'],
  it: ['Tel.', 'Telefono:', 'Cell.', 'Fax:', 'Tel:', 'Centralino:'],
  pt: ['Tel.:', 'Telefone:', 'Celular:', 'Fax:', 'Tel:', 'WhatsApp:'],
  nl: ['Tel.:', 'Telefoon:', 'Mobiel:', 'Fax:', 'T:', 'Bel'],
  sv: ['Tel:', 'Telefon:', 'Mobil:', 'Växel:', 'Fax:'],
  pl: ['Tel.:', 'Telefon:', 'Kom.:', 'Fax:', 'tel.'],
  ja: ['電話:', 'TEL:', 'FAX:', '電話番号：', 'TEL'],
  da: ['Tlf.:', 'Telefon:', 'Mobil:', 'Fax:'],
  cs: ['Tel.:', 'Telefon:', 'Mobil:', 'Fax:'],
  he: ['טלפון:', 'טל.', 'נייד:', 'פקס:'],
};

/** Sentences a phone number appears in ("{n}" is the number). */
export const PHONE_SENTENCES: Record<Lang, readonly string[]> = {
  en: ['Call us at {n} for bookings.', 'For support, dial {n} (Mon–Fri).', 'Questions? Our team is on {n}.', 'Reach the front desk on {n} or by e-mail.'],
  de: ['Rufen Sie uns an unter {n}.', 'Termine nach Vereinbarung unter {n}.', 'Sie erreichen uns werktags unter {n}.'],
  fr: ['Appelez-nous au {n}.', 'Pour toute question, composez le {n}.', 'Réservations au {n} du lundi au vendredi.'],
  es: ['Llámenos al {n}.', 'Para más información, llame al {n}.', 'Reservas en el {n}.'],
  it: ['Chiamaci al {n}.', 'Per informazioni chiamare il {n}.', 'Prenotazioni al numero {n}.'],
  pt: ['Ligue para {n}.', 'Atendimento pelo {n}.', 'Marque a sua consulta pelo {n}.'],
  nl: ['Bel ons op {n}.', 'Voor vragen kunt u bellen naar {n}.'],
  sv: ['Ring oss på {n}.', 'Kundtjänst nås på {n}.'],
  pl: ['Zadzwoń pod numer {n}.', 'Infolinia: {n} (pn.–pt.).'],
  ja: ['お問い合わせは{n}まで。', 'ご予約は {n} へお電話ください。'],
  da: ['Ring til os på {n}.', 'Kundeservice: {n}.'],
  cs: ['Volejte {n}.', 'Zákaznická linka {n}.'],
  he: ['התקשרו אלינו {n}.', 'שירות לקוחות: {n}'],
};

/** "or" between two numbers, by page language. */
export const OR: Record<Lang, string> = {
  en: 'or', de: 'oder', fr: 'ou', es: 'o', it: 'o', pt: 'ou', nl: 'of', sv: 'eller', pl: 'lub', ja: 'または', da: 'eller', cs: 'nebo', he: 'או',
};
