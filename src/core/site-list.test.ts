import { describe, expect, it } from 'vitest';
import { isLinkingAllowed, isSitePattern, parseSiteList, parseSitePattern, siteMatches } from './site-list';

describe('parseSitePattern', () => {
  it('accepts host names and *. wildcards, normalised to lower case and punycode', () => {
    expect(parseSitePattern(' Example.COM ')).toEqual({ ok: true, value: 'example.com' });
    expect(parseSitePattern('*.crm.example.com')).toEqual({ ok: true, value: '*.crm.example.com' });
    expect(parseSitePattern('localhost')).toEqual({ ok: true, value: 'localhost' });
    expect(parseSitePattern('127.0.0.1')).toEqual({ ok: true, value: '127.0.0.1' });
    expect(parseSitePattern('bücher.de')).toEqual({ ok: true, value: 'xn--bcher-kva.de' });
    expect(parseSitePattern('example.com.')).toEqual({ ok: true, value: 'example.com' });
  });

  it('refuses URLs, paths, ports, inner wildcards, bad labels and a bare TLD wildcard', () => {
    for (const bad of ['https://example.com', 'example.com/path', 'example.com:8080', 'a.*.com', '*', '*.', 'exa mple.com',
      '-bad.com', 'bad-.com', 'a..b', `${'x'.repeat(64)}.com`, 'user@example.com', '']) {
      expect(parseSitePattern(bad).ok, bad).toBe(false);
    }
    expect(parseSitePattern('*.com')).toEqual({ ok: false, problem: { key: 'problemSiteWildcard', args: ['*.com'] } });
    expect(parseSitePattern('exa mple.com')).toEqual({ ok: false, problem: { key: 'problemSitePattern', args: ['exa mple.com'] } });
  });
});

describe('parseSiteList', () => {
  it('reads one pattern per line, dropping blanks and duplicates', () => {
    expect(parseSiteList('example.com\n\n *.crm.test \nEXAMPLE.com\n')).toEqual({ ok: true, value: ['example.com', '*.crm.test'] });
  });

  it('names the first bad line', () => {
    expect(parseSiteList('example.com\nbad site\nhttp://x')).toEqual({
      ok: false,
      error: { line: 2, problem: { key: 'problemSitePattern', args: ['bad site'] } },
    });
  });

  it('refuses more than 500 sites', () => {
    const text = Array.from({ length: 501 }, (_, i) => `s${i}.example.com`).join('\n');
    expect(parseSiteList(text).ok).toBe(false);
  });
});

describe('isSitePattern (stored values)', () => {
  it('accepts only valid patterns in normal form', () => {
    expect(isSitePattern('*.example.com')).toBe(true);
    expect(isSitePattern('Example.com')).toBe(false);
    expect(isSitePattern('a b')).toBe(false);
    expect(isSitePattern(42)).toBe(false);
  });
});

describe('siteMatches', () => {
  it('matches a plain host exactly and a wildcard on the domain and its subdomains', () => {
    expect(siteMatches('example.com', 'example.com')).toBe(true);
    expect(siteMatches('example.com', 'www.example.com')).toBe(false);
    expect(siteMatches('*.example.com', 'example.com')).toBe(true);
    expect(siteMatches('*.example.com', 'a.b.example.com')).toBe(true);
    expect(siteMatches('*.example.com', 'notexample.com')).toBe(false);
    expect(siteMatches('*.example.com', 'WWW.Example.com.')).toBe(true);
  });
});

describe('isLinkingAllowed', () => {
  const base = { linkingEnabled: true, siteListMode: 'deny' as const, sites: ['*.bank.test', 'mail.example.com'] };

  it('links everywhere but the listed sites in deny mode', () => {
    expect(isLinkingAllowed(base, 'news.example.com')).toBe(true);
    expect(isLinkingAllowed(base, 'mail.example.com')).toBe(false);
    expect(isLinkingAllowed(base, 'online.bank.test')).toBe(false);
  });

  it('links only on the listed sites in allow mode; an empty allow list links nowhere', () => {
    const allow = { ...base, siteListMode: 'allow' as const };
    expect(isLinkingAllowed(allow, 'online.bank.test')).toBe(true);
    expect(isLinkingAllowed(allow, 'news.example.com')).toBe(false);
    expect(isLinkingAllowed({ ...allow, sites: [] }, 'example.com')).toBe(false);
  });

  it('links nowhere when linking is off', () => {
    expect(isLinkingAllowed({ ...base, linkingEnabled: false }, 'news.example.com')).toBe(false);
    expect(isLinkingAllowed({ ...base, linkingEnabled: false, siteListMode: 'allow' }, 'online.bank.test')).toBe(false);
  });
});
