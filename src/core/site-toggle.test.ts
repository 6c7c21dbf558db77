import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { isLinkingAllowed, MAX_SITES } from './site-list';
import { sitesWithLinking } from './site-toggle';

const settings = (overrides: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });

describe('sitesWithLinking', () => {
  it('turns a site off by listing it in deny mode, and on again by removing every pattern covering it', () => {
    expect(sitesWithLinking(settings({ sites: ['a.com'] }), 'shop.example.com', false)).toEqual(['a.com', 'shop.example.com']);
    expect(sitesWithLinking(settings({ sites: ['a.com', '*.example.com', 'shop.example.com'] }), 'shop.example.com', true)).toEqual(['a.com']);
  });

  it('does the reverse in allow mode', () => {
    const allow = settings({ siteListMode: 'allow', sites: ['a.com'] });
    const on = sitesWithLinking(allow, 'b.com', true);
    expect(on).toEqual(['a.com', 'b.com']);
    expect(isLinkingAllowed({ ...allow, sites: on ?? [] }, 'b.com')).toBe(true);
    expect(sitesWithLinking(settings({ siteListMode: 'allow', sites: ['a.com', '*.b.com'] }), 'x.b.com', false)).toEqual(['a.com']);
  });

  it('gives up rather than write a list the settings would refuse', () => {
    expect(sitesWithLinking(settings({}), '', false)).toBeUndefined();
    const full = Array.from({ length: MAX_SITES }, (_, i) => `s${i}.com`);
    expect(sitesWithLinking(settings({ sites: full }), 'new.com', false)).toBeUndefined();
  });
});
