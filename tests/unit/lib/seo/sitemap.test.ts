import { describe, expect, it } from 'vitest';
import { isNoindex, robotsTxt, sitemapLocs, sitemapPaths, sitemapXml, urlPathOf } from '../../../../src/lib/seo/sitemap';

describe('urlPathOf', () => {
  it('maps a folder index to its folder URL and other files to themselves', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('errors/502/index.html')).toBe('/errors/502/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});

describe('isNoindex', () => {
  it('sees a robots noindex meta tag in either attribute order', () => {
    expect(isNoindex('<meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<meta content="noindex, follow" name="robots">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex is a word">')).toBe(false);
  });
});

describe('sitemapPaths', () => {
  it('lists index pages, sorted, without noindex pages or the 404 document', () => {
    const pages = [
      { file: 'guides/index.html', html: '<p>guides</p>' },
      { file: 'index.html', html: '<p>home</p>' },
      { file: '404.html', html: '<p>not found</p>' },
      { file: 'triage/draft/index.html', html: '<meta name="robots" content="noindex">' },
    ];
    expect(sitemapPaths(pages)).toEqual(['/', '/guides/']);
  });
});

describe('sitemapXml', () => {
  it('writes absolute URLs on the configured site that sitemapLocs reads back', () => {
    const xml = sitemapXml('https://fixpath.example/', ['/', '/errors/502/', '/search/?a=1&b=2']);
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://fixpath.example/</loc></url>
        <url><loc>https://fixpath.example/errors/502/</loc></url>
        <url><loc>https://fixpath.example/search/?a=1&amp;b=2</loc></url>
      </urlset>
      "
    `);
    expect(sitemapLocs(xml)).toEqual(['https://fixpath.example/', 'https://fixpath.example/errors/502/', 'https://fixpath.example/search/?a=1&b=2']);
  });
});

describe('robotsTxt', () => {
  it('allows everything and points at the absolute sitemap URL', () => {
    expect(robotsTxt('https://fixpath.example/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://fixpath.example/sitemap.xml\n');
  });
});
