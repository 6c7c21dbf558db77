import { describe, expect, it } from 'vitest';
import { bcp47FromFolder, textDirection, validTag } from './ui-locale';

describe('the shown locale', () => {
  it('turns a _locales folder name into the BCP 47 tag <html lang> and Intl take', () => {
    expect(['en', 'de', 'pt_BR', 'zh_CN', 'zh_TW', 'es_419'].map(bcp47FromFolder)).toEqual(['en', 'de', 'pt-BR', 'zh-CN', 'zh-TW', 'es-419']);
  });

  it('is written right to left only in right-to-left languages and scripts', () => {
    const cases: [string, 'ltr' | 'rtl'][] = [
      ['en', 'ltr'], ['de', 'ltr'], ['ja', 'ltr'], ['zh-TW', 'ltr'], ['pt-BR', 'ltr'],
      ['ar', 'rtl'], ['he', 'rtl'], ['fa-IR', 'rtl'], ['ur', 'rtl'], ['pa-Arab', 'rtl'], ['az-Arab-IR', 'rtl'], ['ks', 'rtl'], ['ks-Deva', 'ltr'],
      ['ku-Latn', 'ltr'], ['uz-Cyrl', 'ltr'],
    ];
    expect(cases.map(([tag]) => [tag, textDirection(tag)])).toEqual(cases);
  });

  it('falls back to en when a locale file names a malformed tag, so Intl does not throw', () => {
    expect(validTag('pt-BR')).toBe('pt-BR');
    expect(validTag('zh-cn')).toBe('zh-CN');
    expect(validTag('de_DE')).toBe('en');
    expect(validTag('')).toBe('en');
  });
});
