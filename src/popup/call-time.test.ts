import { describe, expect, it } from 'vitest';
import { formatCallTime } from './call-time';

const NOW = Date.UTC(2026, 0, 5, 14, 5);
const MINUTE = 60_000;
/** Intl separates some parts with narrow or non-breaking spaces, depending on the ICU version. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const at = (ago: number, locale: string) => plain(formatCallTime(NOW - ago, NOW, locale, 'UTC'));

/** Per shipped locale: seconds ago, 5 minutes ago, earlier today, and two days ago (2026-01-03 14:05 UTC). */
const EXPECTED: Record<string, [RegExp, RegExp, RegExp, RegExp]> = {
  en: [/^now$/, /^5 minutes ago$/, /^9:30 AM$/, /^Jan 3, 2026,? 2:05 PM$/],
  de: [/^jetzt$/, /^vor 5 Minuten$/, /^09:30$/, /^03\.01\.2026,? 14:05$/],
  fr: [/^maintenant$/, /^il y a 5 minutes$/, /^09:30$/, /^3 janv\. 2026,? (à )?14:05$/],
  es: [/^ahora$/, /^hace 5 minutos$/, /^9:30$/, /^3 ene 2026,? 14:05$/],
  it: [/^ora$/, /^5 minuti fa$/, /^09:30$/, /^3 gen 2026,? 14:05$/],
  'pt-BR': [/^agora$/, /^há 5 minutos$/, /^09:30$/, /^3 de jan\. de 2026,? 14:05$/],
  nl: [/^nu$/, /^5 minuten geleden$/, /^09:30$/, /^3 jan 2026,? 14:05$/],
  pl: [/^teraz$/, /^5 minut temu$/, /^09:30$/, /^3 sty 2026,? 14:05$/],
  sv: [/^nu$/, /^för 5 minuter sedan$/, /^09:30$/, /^3 jan\. 2026,? 14:05$/],
  ja: [/^今$/, /^5 分前$/, /^9:30$/, /^2026\/01\/03 14:05$/],
  // Node's ICU writes AM/PM in Korean dates; the browsers' write 오전/오후.
  ko: [/^지금$/, /^5분 전$/, /^(오전|AM) 9:30$/, /^2026\. 1\. 3\. (오후|PM) 2:05$/],
  'zh-CN': [/^现在$/, /^5分钟前$/, /^09:30$/, /^2026年1月3日 14:05$/],
  'zh-TW': [/^現在$/, /^5 分鐘前$/, /^上午9:30$/, /^2026年1月3日 下午2:05$/],
};

describe('when a recent call was opened, in the shown locale', () => {
  it.each(Object.entries(EXPECTED))('%s', (locale, [now, minutes, today, earlier]) => {
    expect(at(20_000, locale)).toMatch(now);
    expect(at(5 * MINUTE + 10_000, locale)).toMatch(minutes);
    expect(at(NOW - Date.UTC(2026, 0, 5, 9, 30), locale)).toMatch(today);
    expect(at(2 * 24 * 60 * MINUTE, locale)).toMatch(earlier);
  });

  it('counts whole minutes up to the hour, then shows the time; a time ahead of the clock shows as a time', () => {
    expect(at(59 * MINUTE + 59_000, 'en')).toBe('59 minutes ago');
    expect(at(60 * MINUTE, 'en')).toBe('1:05 PM');
    expect(at(-5 * MINUTE, 'en')).toBe('2:10 PM');
  });

  it('tells today from yesterday by the calendar day in the time zone, not by 24 hours', () => {
    expect(plain(formatCallTime(Date.UTC(2026, 0, 4, 23, 50), Date.UTC(2026, 0, 5, 1, 0), 'en', 'UTC'))).toBe('Jan 4, 2026, 11:50 PM');
    expect(plain(formatCallTime(Date.UTC(2026, 0, 4, 23, 50), Date.UTC(2026, 0, 5, 1, 0), 'en', 'America/New_York'))).toBe('6:50 PM');
  });
});
