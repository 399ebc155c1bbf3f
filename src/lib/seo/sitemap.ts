/**
 * sitemap.xml and robots.txt, built from the pages the build actually wrote
 * (not from the route list), so a page is listed exactly when it exists.
 *
 * Pure: file paths and HTML in, text out.
 */

// With its extension: scripts/ load this file in Node, which resolves no bare relative paths.
import { escapeXml } from './xml.ts';

/** One built HTML file, by its path relative to the output folder (`errors/502/index.html`). */
export interface BuiltPage {
  file: string;
  html: string;
}

/** The URL path a static host serves a built file at: `errors/502/index.html` → `/errors/502/`. */
export function urlPathOf(file: string): string {
  const path = `/${file.replace(/\\/g, '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** True when the page asks not to be indexed (`<meta name="robots" content="noindex">`). */
export function isNoindex(html: string): boolean {
  return (html.match(/<meta\s[^>]*>/gi) ?? []).some(
    (tag) => /name\s*=\s*["']?robots\b/i.test(tag) && /content\s*=\s*["'][^"']*\bnoindex\b/i.test(tag),
  );
}

/**
 * URL paths that belong in the sitemap, sorted: every `index.html` page that
 * does not opt out with noindex. Other HTML files (404.html) are error
 * documents, not pages to list.
 */
export function sitemapPaths(pages: BuiltPage[]): string[] {
  return pages
    .filter((page) => /(^|\/)index\.html$/.test(page.file) && !isNoindex(page.html))
    .map((page) => urlPathOf(page.file))
    .sort();
}


/** A sitemaps.org `urlset` of absolute URLs on `site` (e.g. `https://fixpath.example/`). */
export function sitemapXml(site: string, paths: string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** The `<loc>` URLs of a sitemap written by sitemapXml. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

/** Every crawler may read every page; the sitemap says which ones exist. */
export function robotsTxt(site: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap.xml', site).href}`, ''].join('\n');
}
