import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, requireSite, siteUrl } from '../../../src/lib/site';

describe('siteUrl', () => {
  it('keeps the placeholder when FIXPATH_SITE is unset or empty', () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE);
    expect(siteUrl(' ')).toBe(DEFAULT_SITE);
  });

  it('takes an origin, with or without the final slash', () => {
    expect(siteUrl('https://help.example.org')).toBe('https://help.example.org');
    expect(siteUrl('https://help.example.org/')).toBe('https://help.example.org');
  });

  it('refuses what cannot be the root of a site, naming FIXPATH_SITE', () => {
    expect(() => siteUrl('help.example.org')).toThrow(/FIXPATH_SITE="help.example.org" is not a URL/);
    expect(() => siteUrl('ftp://help.example.org')).toThrow(/must start with https:\/\//);
    expect(() => siteUrl('https://example.org/docs/')).toThrow(/must be an origin with no path/);
  });
});

describe('requireSite', () => {
  it('gives the address or says where it comes from', () => {
    expect(requireSite(new URL('https://help.example.org'))).toBe('https://help.example.org/');
    expect(() => requireSite(undefined)).toThrow(/FIXPATH_SITE/);
  });
});
