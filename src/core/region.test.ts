import { describe, expect, it } from 'vitest';
import { inferPageRegion, regionFromLanguages } from './region';

describe('regionFromLanguages', () => {
  it('takes the region subtag of the first language that has one', () => {
    expect(regionFromLanguages(['en-GB', 'en-US'])).toBe('GB');
    expect(regionFromLanguages(['fr', 'de-AT'])).toBe('AT');
    expect(regionFromLanguages(['zh-Hant-TW'])).toBe('TW');
  });

  it('falls back to the main country of a language without a region', () => {
    expect(regionFromLanguages(['de'])).toBe('DE');
    expect(regionFromLanguages(['ja'])).toBe('JP');
  });

  it('falls back to US when nothing says more', () => {
    expect(regionFromLanguages([])).toBe('US');
    expect(regionFromLanguages(['en'])).toBe('US');
    expect(regionFromLanguages(['xx-ZZ'])).toBe('US');
  });
});

describe('inferPageRegion', () => {
  it('reads the country-code TLD, second-level forms included', () => {
    expect(inferPageRegion({ hostname: 'www.bbc.co.uk' })).toBe('GB');
    expect(inferPageRegion({ hostname: 'www.gov.uk' })).toBe('GB');
    expect(inferPageRegion({ hostname: 'www.spiegel.de' })).toBe('DE');
    expect(inferPageRegion({ hostname: 'www.abc.net.au' })).toBe('AU');
    expect(inferPageRegion({ hostname: 'www.lemonde.fr' })).toBe('FR');
    expect(inferPageRegion({ hostname: 'www.folha.com.br' })).toBe('BR');
    expect(inferPageRegion({ hostname: 'WWW.NHK.OR.JP.' })).toBe('JP');
  });

  it('prefers the TLD to the page language', () => {
    expect(inferPageRegion({ hostname: 'www.example.ch', htmlLang: 'de-DE' })).toBe('CH');
    expect(inferPageRegion({ hostname: 'shop.example.de', htmlLang: 'en' })).toBe('DE');
  });

  it('falls back to the region of <html lang>', () => {
    expect(inferPageRegion({ hostname: 'www.example.com', htmlLang: 'en-GB' })).toBe('GB');
    expect(inferPageRegion({ hostname: 'example.org', htmlLang: 'pt_BR' })).toBe('BR');
    expect(inferPageRegion({ hostname: 'example.io', htmlLang: 'zh-Hant-TW' })).toBe('TW');
  });

  it('says nothing when neither the host nor the language names a country', () => {
    expect(inferPageRegion({ hostname: 'www.example.com', htmlLang: 'en' })).toBeUndefined();
    expect(inferPageRegion({ hostname: 'github.io' })).toBeUndefined();
    expect(inferPageRegion({ hostname: 'news.example.eu', htmlLang: '' })).toBeUndefined();
    expect(inferPageRegion({ hostname: 'app.example.co', htmlLang: null })).toBeUndefined();
    expect(inferPageRegion({ hostname: 'localhost', htmlLang: 'fr' })).toBeUndefined();
    expect(inferPageRegion({ hostname: '127.0.0.1' })).toBeUndefined();
    expect(inferPageRegion({ hostname: 'example.xx', htmlLang: 'xx-ZZ' })).toBeUndefined();
  });
});
