import { describe, expect, it } from 'vitest';
import { checkHeaders, checkSecurityTxt, checkSite, checkSitemap, checkUniqueMeta, pageFacts, resolvePath, siteFromHome } from '../../../../scripts/lib/site-check';
import { headersFile } from '../../../../src/lib/security/headers';
import { robotsTxt, sitemapXml } from '../../../../src/lib/seo/sitemap';

const SITE = 'https://fixpath.example/';
const doc = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

/** A tiny built site: two pages, a stylesheet, a 404 page. */
function site(extra: Record<string, string> = {}) {
  const pages: Record<string, string> = {
    'index.html': doc('<main id="main"><a href="/errors/502/#fixes">502</a></main>', '<link rel="canonical" href="https://fixpath.example/"><link rel="stylesheet" href="/_astro/a.css">'),
    'errors/502/index.html': doc('<h2 id="fixes">Fixes</h2><a href="../../">home</a>', '<link rel="canonical" href="https://fixpath.example/errors/502/">'),
    '404.html': doc('<a href="/">home</a>'),
    ...extra,
  };
  const files = new Set([...Object.keys(pages), '_astro/a.css']);
  return { files, pages: Object.entries(pages).map(([file, html]) => ({ file, html })), site: SITE };
}

const messages = (extra: Record<string, string>) => checkSite(site(extra)).map((p) => `${p.file}: ${p.message}`);

describe('pageFacts', () => {
  it('finds ids, URLs with their rel, srcset candidates and the canonical link', () => {
    const facts = pageFacts(doc(
      '<a name="old"></a><p id="x">x</p><a href="https://a.example/?q=1&amp;r=2" rel="noopener  NoReferrer">a</a><img alt="" src="/i.png" srcset="/i-1x.png 1x, /i-2x.png 2x"><template><a href="/in-template/">t</a></template>',
      '<link rel="canonical" href="https://fixpath.example/x/"><meta property="og:url" content="https://fixpath.example/x/">',
    ));
    expect([...facts.ids]).toEqual(['old', 'x']);
    expect(facts.canonical).toBe('https://fixpath.example/x/');
    expect(facts.urls.map((u) => `${u.where} ${u.value}`)).toEqual([
      'link[href] https://fixpath.example/x/',
      'meta[property=og:url] https://fixpath.example/x/',
      'a[href] https://a.example/?q=1&r=2',
      'img[src] /i.png',
      'img[srcset] /i-1x.png',
      'img[srcset] /i-2x.png',
      'a[href] /in-template/',
    ]);
    expect(facts.urls[2]!.rel).toEqual(['noopener', 'noreferrer']);
  });

  it('is not fooled by markup inside scripts or text areas', () => {
    const facts = pageFacts(doc('<script>var s = "<a href=\'/nope/\'>";</script><textarea><a href="/nope/"></textarea>'));
    expect(facts.urls).toEqual([]);
  });
});

describe('resolvePath', () => {
  const files = new Set(['index.html', 'errors/index.html', '_astro/a.css']);

  it('serves folders by their index.html and files as they are', () => {
    expect(resolvePath(files, '/')).toEqual({ file: 'index.html' });
    expect(resolvePath(files, '/errors/')).toEqual({ file: 'errors/index.html' });
    expect(resolvePath(files, '/_astro/a.css')).toEqual({ file: '_astro/a.css' });
  });

  it('marks a folder without its trailing slash as a redirect, and a missing path as unresolved', () => {
    expect(resolvePath(files, '/errors')).toEqual({ file: 'errors/index.html', redirect: true });
    expect(resolvePath(files, '/guides/')).toEqual({});
  });
});

describe('checkSite', () => {
  it('passes a sound site', () => {
    expect(checkSite(site())).toEqual([]);
  });

  it('reports a link to a page that was not built', () => {
    expect(messages({ 'a/index.html': doc('<a href="/errors/999/">x</a>') })).toEqual([
      'a/index.html: a[href] "/errors/999/" points to /errors/999/, which is not in the built site',
    ]);
  });

  it('reports a missing asset and a fragment with no matching id', () => {
    expect(messages({ 'a/index.html': doc('<img alt="" src="/_astro/gone.png"><a href="/errors/502/#nope">x</a><a href="#here">y</a><p id="here"></p>') })).toEqual([
      'a/index.html: img[src] "/_astro/gone.png" points to /_astro/gone.png, which is not in the built site',
      'a/index.html: a[href] "/errors/502/#nope" points to #nope, but /errors/502/ has no element with that id',
    ]);
  });

  it('reports a folder link without its trailing slash, an empty href and a bare #', () => {
    expect(messages({ 'a/index.html': doc('<a href="/errors/502">x</a><a href="">y</a><a href="#">z</a>') })).toEqual([
      'a/index.html: a[href] "/errors/502" only resolves through a redirect; write /errors/502/',
      'a/index.html: a[href] "" is empty',
      'a/index.html: a[href] "#" is an empty fragment; link to a real id or use a button',
    ]);
  });

  it('checks absolute links to the site itself like internal ones', () => {
    expect(messages({ 'a/index.html': doc('<a href="https://fixpath.example/errors/502/">ok</a><a href="https://fixpath.example/gone/">x</a>') })).toEqual([
      'a/index.html: a[href] "https://fixpath.example/gone/" points to /gone/, which is not in the built site',
    ]);
  });

  it('requires rel="noopener noreferrer" on links that leave the site', () => {
    expect(messages({ 'a/index.html': doc('<a href="https://x.example/" rel="noopener noreferrer">ok</a><a href="https://x.example/2" rel="noopener">x</a><a href="mailto:a@b.example">m</a>') })).toEqual([
      'a/index.html: a[href] "https://x.example/2" leaves the site without rel="noopener noreferrer"',
    ]);
  });

  it('reports anything loaded or sent to another origin', () => {
    expect(messages({ 'a/index.html': doc('<script src="https://cdn.example/x.js"></script><form action="https://forms.example/"></form>', '<link rel="stylesheet" href="//fonts.example/f.css">') })).toEqual([
      'a/index.html: link[href] "//fonts.example/f.css" loads from another origin; Fixpath serves everything itself',
      'a/index.html: script[src] "https://cdn.example/x.js" loads from another origin; Fixpath serves everything itself',
      'a/index.html: form[action] "https://forms.example/" sends the form to another origin',
    ]);
  });

  it('reports script URLs and relative links in 404.html, which is served at any address', () => {
    expect(messages({ '404.html': doc('<a href="errors/">x</a><a href="javascript:void(0)">y</a>') })).toEqual([
      '404.html: a[href] "errors/" is relative, but this page is served at any missing address; start it with /',
      '404.html: a[href] "javascript:void(0)" runs script from a URL, which the CSP blocks',
    ]);
  });
});

describe('checkSitemap', () => {
  const { pages } = site();

  it('passes a sitemap of every indexable page and a robots.txt pointing to it', () => {
    expect(checkSitemap({ pages, site: SITE, sitemapXml: sitemapXml(SITE, ['/', '/errors/502/']), robotsTxt: robotsTxt(SITE) })).toEqual([]);
  });

  it('reports pages left out, unknown and repeated URLs, and a robots.txt without the sitemap', () => {
    const xml = sitemapXml(SITE, ['/', '/', '/gone/']);
    expect(checkSitemap({ pages, site: SITE, sitemapXml: xml, robotsTxt: 'User-agent: *\n' }).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'robots.txt: does not point to https://fixpath.example/sitemap.xml',
      'sitemap.xml: lists https://fixpath.example/ twice',
      'sitemap.xml: lists https://fixpath.example/gone/, which is not an indexable built page',
      'sitemap.xml: leaves out https://fixpath.example/errors/502/',
    ]);
  });

  it('reports missing files', () => {
    expect(checkSitemap({ pages, site: SITE }).map((p) => p.file)).toEqual(['sitemap.xml', 'robots.txt']);
  });

  it('expects exactly the pages that carry a canonical link, whatever wrote the sitemap', () => {
    // A page without a canonical link (noindex, or an error document) must not be listed;
    // the sitemap's own writer is not consulted.
    const withStub = [...pages, { file: 'draft/index.html', html: doc('<p>draft</p>') }];
    expect(checkSitemap({ pages: withStub, site: SITE, sitemapXml: sitemapXml(SITE, ['/', '/draft/', '/errors/502/']), robotsTxt: robotsTxt(SITE) }).map((p) => p.message)).toEqual([
      'lists https://fixpath.example/draft/, which is not an indexable built page',
    ]);
  });

  it('reports a canonical link that names another address', () => {
    const moved = [...pages, { file: 'guides/a/index.html', html: doc('', '<link rel="canonical" href="https://fixpath.example/guides/b/">') }];
    expect(checkSitemap({ pages: moved, site: SITE, sitemapXml: sitemapXml(SITE, ['/', '/errors/502/', '/guides/b/']), robotsTxt: robotsTxt(SITE) }).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'guides/a/index.html: its canonical link is https://fixpath.example/guides/b/, not its own address https://fixpath.example/guides/a/',
    ]);
  });
});

describe('siteFromHome', () => {
  it("reads the site origin from the home page's canonical link", () => {
    expect(siteFromHome(doc('', '<link rel="canonical" href="https://fixpath.example/">'))).toBe(SITE);
    expect(() => siteFromHome(doc(''))).toThrow(/no <link rel="canonical">/);
  });
});

describe('checkHeaders', () => {
  const csp = (policy: string) => doc('', `<meta http-equiv="content-security-policy" content="${policy}">`);
  const pages = [{ file: 'index.html', html: csp("default-src 'self'; script-src 'self' 'sha256-a='") }];
  const messages = (input: Parameters<typeof checkHeaders>[0]) => checkHeaders(input).map((p) => `${p.file}: ${p.message}`);

  it("passes a header that carries every page's policy and the security headers", () => {
    expect(messages({ pages, headersFile: headersFile("default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'none'") })).toEqual([]);
  });

  it('reports a page whose hash the header lacks, and a page without a policy', () => {
    expect(messages({ pages: [...pages, { file: 'b/index.html', html: doc('') }], headersFile: headersFile("default-src 'self'; script-src 'self'; frame-ancestors 'none'") })).toEqual([
      "index.html: needs script-src 'sha256-a=', which the _headers CSP does not allow",
      'b/index.html: has no CSP <meta> tag',
    ]);
  });

  it("reports missing security headers, a frameable policy and 'unsafe-inline'", () => {
    expect(messages({ pages: [], headersFile: "/*\n  Content-Security-Policy: default-src 'self'; style-src 'unsafe-inline'\n" })).toEqual([
      `_headers: content-security-policy should match /(^|;\\s*)frame-ancestors 'none'(;|$)/, but is "default-src 'self'; style-src 'unsafe-inline'"`,
      '_headers: has no x-content-type-options header for /*',
      '_headers: has no referrer-policy header for /*',
      '_headers: has no permissions-policy header for /*',
      "_headers: the CSP allows 'unsafe-inline' or 'unsafe-eval'",
    ]);
    expect(messages({ pages: [] })).toEqual(['_headers: is missing']);
  });
});

describe('checkUniqueMeta', () => {
  const page = (file: string, title: string, description: string) => ({ file, html: `<html><head><title>${title}</title><meta name="description" content="${description}"></head></html>` });

  it('accepts pages with their own title and description', () => {
    expect(checkUniqueMeta([page('a/index.html', 'A', 'About A'), page('b/index.html', 'B', 'About B')])).toEqual([]);
  });

  it('names the page that repeats a title or lacks a description', () => {
    expect(checkUniqueMeta([page('a/index.html', 'A', 'About A'), page('b/index.html', 'A', ''), { file: 'c.html', html: '<title>C</title>' }])).toEqual([
      { file: 'b/index.html', message: 'has the same title as a/index.html: "A"' },
      { file: 'b/index.html', message: 'has no description' },
      { file: 'c.html', message: 'has no description' },
    ]);
  });
});

describe('checkSecurityTxt', () => {
  const today = new Date('2026-12-01T00:00:00Z');
  const file = (expires: string) => `# comment\nContact: mailto:security@example.org\nExpires: ${expires}\n`;

  it('passes a file with Contact and an Expires date less than a year ahead', () => {
    expect(checkSecurityTxt(file('2027-11-30T23:59:59Z'), today)).toEqual([]);
  });

  it('reports a missing file, a missing Contact, and an expired or too distant date', () => {
    expect(checkSecurityTxt(undefined, today).map((p) => p.message)).toEqual(['is missing (public/.well-known/security.txt)']);
    expect(checkSecurityTxt('Expires: 2027-01-01T00:00:00Z\n', today).map((p) => p.message)).toEqual(['has no Contact field (RFC 9116 requires one)']);
    expect(checkSecurityTxt(file('2026-11-30T00:00:00Z'), today).map((p) => p.message)).toEqual([
      'expired on 2026-11-30T00:00:00Z: update Contact if needed and move Expires up to a year ahead',
    ]);
    expect(checkSecurityTxt(file('2028-06-01T00:00:00Z'), today).map((p) => p.message)).toEqual(['Expires 2028-06-01T00:00:00Z is more than a year away (RFC 9116 advises less)']);
    expect(checkSecurityTxt(file('soon'), today).map((p) => p.message)).toEqual(['Expires "soon" is not an RFC 3339 date']);
  });
});
