/**
 * Integrity of a built site, checked on the files a static host would serve:
 * every internal link and asset resolves to a file, every #fragment to an
 * element id, nothing loads from another origin, external links carry
 * rel="noopener noreferrer", and the sitemap lists exactly the indexable pages.
 *
 * Pure: it sees file paths and HTML text, never the disk, so tests can hand it
 * a made-up site. `scripts/check-site.ts` feeds it dist/.
 */
import { parse } from 'parse5';
import { globalBlock, metaCsp, notAllowedByHeader } from '../../src/lib/security/headers.ts';
import { sitemapLocs, urlPathOf, type BuiltPage } from '../../src/lib/seo/sitemap.ts';

export interface SiteProblem {
  /** The built file the problem is in, relative to the site root (`errors/502/index.html`). */
  file: string;
  message: string;
}

/** A URL found in a page, with where it came from, e.g. `a[href]`. */
export interface PageUrl {
  where: string;
  value: string;
  /** The element's rel tokens, lowercased (links only). */
  rel: string[];
}

/** What the checks need from one page. */
export interface PageFacts {
  ids: Set<string>;
  urls: PageUrl[];
  /** `<link rel="canonical">`, when present. */
  canonical?: string;
}

// Attributes that hold one URL the browser may follow or fetch.
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], script: ['src'], img: ['src'], iframe: ['src'],
  source: ['src'], video: ['src', 'poster'], audio: ['src'], track: ['src'], embed: ['src'],
  object: ['data'], form: ['action'], use: ['href'], image: ['href'],
};
// Attributes that hold a list of "url width" candidates.
const SRCSET_ATTRIBUTES: Record<string, string[]> = { img: ['srcset'], source: ['srcset'] };
// Open Graph URLs are absolute URLs on the site; a typo there breaks link previews.
const META_URL_PROPERTIES = new Set(['og:url', 'og:image']);

interface P5Node {
  nodeName: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: P5Node[];
  content?: P5Node;
}

/** Ids, URLs and the canonical link of one page, read with a spec-compliant HTML parser. */
export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), urls: [] };
  const visit = (node: P5Node) => {
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
    const tag = node.nodeName;
    const id = attrs.get('id');
    if (id !== undefined) facts.ids.add(id);
    // A legacy fragment target, still honoured by browsers.
    if (tag === 'a' && attrs.has('name')) facts.ids.add(attrs.get('name')!);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    for (const name of URL_ATTRIBUTES[tag] ?? []) {
      const value = attrs.get(name);
      if (value !== undefined) facts.urls.push({ where: `${tag}[${name}]`, value: value.trim(), rel });
    }
    for (const name of SRCSET_ATTRIBUTES[tag] ?? []) {
      for (const candidate of (attrs.get(name) ?? '').split(',')) {
        const value = candidate.trim().split(/\s+/)[0];
        if (value) facts.urls.push({ where: `${tag}[${name}]`, value, rel });
      }
    }
    if (tag === 'meta' && META_URL_PROPERTIES.has(attrs.get('property') ?? '') && attrs.has('content')) {
      facts.urls.push({ where: `meta[property=${attrs.get('property')}]`, value: attrs.get('content')!.trim(), rel });
    }
    if (tag === 'link' && rel.includes('canonical')) facts.canonical = attrs.get('href');
    for (const child of node.childNodes ?? []) visit(child);
    // <template> content is a separate fragment in the DOM; its links are still links.
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as P5Node);
  return facts;
}

/**
 * The file a static host serves for a URL path, or undefined. Folders are
 * served by their index.html; `/errors` (no slash) is only reachable through
 * a redirect, which `checkSite` reports separately.
 */
export function resolvePath(files: ReadonlySet<string>, pathname: string): { file?: string; redirect?: boolean } {
  const path = pathname.replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return files.has(index) ? { file: index } : {};
  }
  if (files.has(path)) return { file: path };
  if (files.has(`${path}/index.html`)) return { file: `${path}/index.html`, redirect: true };
  return {};
}

const SAFE_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

function decode(text: string): string {
  try { return decodeURIComponent(text); } catch { return text; }
}

function isRelative(value: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value);
}

/**
 * Every problem in a site. `files` holds every file path relative to the site
 * root; `pages` the HTML files among them; `site` the configured origin
 * (`https://fixpath.example/`), which absolute links to the site itself use.
 */
export function checkSite(input: { files: ReadonlySet<string>; pages: BuiltPage[]; site: string }): SiteProblem[] {
  const { files, pages, site } = input;
  const origin = new URL(site).origin;
  const facts = new Map(pages.map((page) => [page.file, pageFacts(page.html)]));
  const problems: SiteProblem[] = [];

  for (const page of pages) {
    const { urls } = facts.get(page.file)!;
    const pageUrl = new URL(urlPathOf(page.file), site);
    // 404.html is served at whatever address was missing, so a relative link
    // in it would point somewhere different every time.
    const servedAnywhere = !/(^|\/)index\.html$/.test(page.file);
    for (const { where, value, rel } of urls) {
      const say = (message: string) => problems.push({ file: page.file, message: `${where} "${value}" ${message}` });
      if (value === '') { say('is empty'); continue; }
      if (value === '#') { say('is an empty fragment; link to a real id or use a button'); continue; }
      if (servedAnywhere && isRelative(value)) { say('is relative, but this page is served at any missing address; start it with /'); continue; }
      let url: URL;
      try { url = new URL(value, pageUrl); } catch { say('is not a valid URL'); continue; }
      if (url.protocol === 'javascript:') { say('runs script from a URL, which the CSP blocks'); continue; }
      if (SAFE_SCHEMES.has(url.protocol)) continue;

      if (url.origin !== origin) {
        if (where === 'a[href]' || where === 'area[href]') {
          if (!rel.includes('noopener') || !rel.includes('noreferrer')) say('leaves the site without rel="noopener noreferrer"');
        } else if (where === 'form[action]') {
          say('sends the form to another origin');
        } else {
          say('loads from another origin; Fixpath serves everything itself');
        }
        continue;
      }

      const pathname = decode(url.pathname);
      const target = resolvePath(files, pathname);
      if (!target.file) { say(`points to ${pathname}, which is not in the built site`); continue; }
      if (target.redirect) { say(`only resolves through a redirect; write ${pathname}/`); continue; }
      const fragment = decode(url.hash.slice(1));
      if (fragment && target.file.endsWith('.html')) {
        const targetFacts = facts.get(target.file);
        if (targetFacts && !targetFacts.ids.has(fragment)) say(`points to #${fragment}, but ${pathname} has no element with that id`);
      }
    }
  }
  return problems;
}

/** The sitemap lists every indexable page once, and nothing else; robots.txt points to it. */
export function checkSitemap(input: { pages: BuiltPage[]; site: string; sitemapXml?: string; robotsTxt?: string }): SiteProblem[] {
  const { pages, site, sitemapXml, robotsTxt } = input;
  const problems: SiteProblem[] = [];
  const sitemapUrl = new URL('/sitemap.xml', site).href;
  if (sitemapXml === undefined) problems.push({ file: 'sitemap.xml', message: 'is missing' });
  if (robotsTxt === undefined) problems.push({ file: 'robots.txt', message: 'is missing' });
  else if (!robotsTxt.split('\n').some((line) => line.trim() === `Sitemap: ${sitemapUrl}`)) {
    problems.push({ file: 'robots.txt', message: `does not point to ${sitemapUrl}` });
  }
  if (sitemapXml === undefined) return problems;

  // The expectation comes from the pages' own <link rel="canonical">, not from
  // sitemapPaths(), the function that wrote the file: a page that names its
  // address for search engines must be listed, and no other.
  const expected = new Set<string>();
  for (const page of pages) {
    const canonical = pageFacts(page.html).canonical;
    if (canonical === undefined) continue;
    const own = new URL(urlPathOf(page.file), site).href;
    if (canonical !== own) problems.push({ file: page.file, message: `its canonical link is ${canonical}, not its own address ${own}` });
    expected.add(canonical);
  }
  const listed = sitemapLocs(sitemapXml);
  const seen = new Set<string>();
  for (const loc of listed) {
    if (seen.has(loc)) problems.push({ file: 'sitemap.xml', message: `lists ${loc} twice` });
    seen.add(loc);
    if (!expected.has(loc)) problems.push({ file: 'sitemap.xml', message: `lists ${loc}, which is not an indexable built page` });
  }
  for (const url of expected) if (!seen.has(url)) problems.push({ file: 'sitemap.xml', message: `leaves out ${url}` });
  return problems;
}

/** The headers every response needs, and what their values must say. */
const REQUIRED_HEADERS: Array<[string, RegExp]> = [
  ['content-security-policy', /(^|;\s*)frame-ancestors 'none'(;|$)/],
  ['x-content-type-options', /^nosniff$/],
  ['referrer-policy', /^strict-origin-when-cross-origin$/],
  ['permissions-policy', /\bcamera=\(\)/],
];

/**
 * `_headers` carries the security headers for every path, and its CSP allows
 * everything each page's own <meta> CSP allows (the browser enforces both, so
 * a hash missing from the header would block that page's script or style).
 */
export function checkHeaders(input: { pages: BuiltPage[]; headersFile?: string }): SiteProblem[] {
  if (input.headersFile === undefined) return [{ file: '_headers', message: 'is missing' }];
  const headers = globalBlock(input.headersFile);
  const problems: SiteProblem[] = [];
  for (const [name, pattern] of REQUIRED_HEADERS) {
    const value = headers.get(name);
    if (value === undefined) problems.push({ file: '_headers', message: `has no ${name} header for /*` });
    else if (!pattern.test(value)) problems.push({ file: '_headers', message: `${name} should match ${pattern}, but is "${value}"` });
  }
  const headerPolicy = headers.get('content-security-policy');
  if (headerPolicy === undefined) return problems;
  if (/'unsafe-inline'|'unsafe-eval'/.test(headerPolicy)) problems.push({ file: '_headers', message: "the CSP allows 'unsafe-inline' or 'unsafe-eval'" });
  for (const page of input.pages) {
    const policy = metaCsp(page.html);
    if (policy === undefined) { problems.push({ file: page.file, message: 'has no CSP <meta> tag' }); continue; }
    const missing = notAllowedByHeader(policy, headerPolicy);
    if (missing.length > 0) problems.push({ file: page.file, message: `needs ${missing.join(', ')}, which the _headers CSP does not allow` });
  }
  return problems;
}

/** The configured site origin, read from the home page's canonical link (`https://fixpath.example/`). */
export function siteFromHome(homeHtml: string): string {
  const canonical = pageFacts(homeHtml).canonical;
  if (!canonical) throw new Error('The home page has no <link rel="canonical">, so the site address is unknown.');
  return new URL('/', canonical).href;
}

/** `<title>` and meta description of a page, as the layout writes them. */
function titleAndDescription(html: string): { title?: string; description?: string } {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

/** Every page has a title and a description, and no two pages share either: search results must tell them apart. */
export function checkUniqueMeta(pages: BuiltPage[]): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
  for (const page of pages) {
    const meta = titleAndDescription(page.html);
    for (const key of ['title', 'description'] as const) {
      const value = meta[key];
      if (!value) { problems.push({ file: page.file, message: `has no ${key}` }); continue; }
      const first = seen[key].get(value);
      if (first) problems.push({ file: page.file, message: `has the same ${key} as ${first}: "${value}"` });
      else seen[key].set(value, page.file);
    }
  }
  return problems;
}

/**
 * `/.well-known/security.txt` (RFC 9116) has its two required fields, and its
 * Expires date lies ahead but less than a year away (RFC 9116 §2.5.5: readers
 * ignore an expired file). `today` is the day of the check.
 */
export function checkSecurityTxt(text: string | undefined, today: Date): SiteProblem[] {
  const file = '.well-known/security.txt';
  if (text === undefined) return [{ file, message: 'is missing (public/.well-known/security.txt)' }];
  const fields = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z-]+):\s*(.+?)\s*$/.exec(line);
    if (match && !line.startsWith('#')) fields.set(match[1]!.toLowerCase(), [...(fields.get(match[1]!.toLowerCase()) ?? []), match[2]!]);
  }
  const problems: SiteProblem[] = [];
  if (!fields.has('contact')) problems.push({ file, message: 'has no Contact field (RFC 9116 requires one)' });
  const expires = fields.get('expires') ?? [];
  if (expires.length !== 1) return [...problems, { file, message: `needs exactly one Expires field, found ${expires.length}` }];
  const date = new Date(expires[0]!);
  const yearAhead = new Date(today);
  yearAhead.setUTCFullYear(yearAhead.getUTCFullYear() + 1);
  if (Number.isNaN(date.getTime())) problems.push({ file, message: `Expires "${expires[0]}" is not an RFC 3339 date` });
  else if (date <= today) problems.push({ file, message: `expired on ${expires[0]}: update Contact if needed and move Expires up to a year ahead` });
  else if (date > yearAhead) problems.push({ file, message: `Expires ${expires[0]} is more than a year away (RFC 9116 advises less)` });
  return problems;
}
