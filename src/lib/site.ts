/**
 * The site's public address: the one place it is decided. astro.config.mjs
 * passes FIXPATH_SITE through `siteUrl()`; pages and endpoints read it back
 * from Astro's `site` through `requireSite()`, with no fallback of their own.
 *
 * Pure: strings in, strings out.
 */

/** The placeholder used when FIXPATH_SITE is not set (builds, tests, the benchmark). */
export const DEFAULT_SITE = 'https://fixpath.example';

/** The origin to build for, from FIXPATH_SITE; a bad value stops the build with a message naming the variable. */
export function siteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`FIXPATH_SITE="${value}" is not a URL. Set it to the site's address, e.g. FIXPATH_SITE=https://help.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`FIXPATH_SITE="${value}" must start with https:// (or http://).`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`FIXPATH_SITE="${value}" must be an origin with no path, e.g. https://help.example.org (the site is built for the root of its host).`);
  return url.origin;
}

/** Astro's `site` as a string ending in "/"; throws if the config lost it. */
export function requireSite(site: URL | undefined): string {
  if (!site) throw new Error('`site` is not set in astro.config.mjs; it comes from FIXPATH_SITE through siteUrl() in src/lib/site.ts.');
  return site.href;
}
