// `npm run bench`: builds the site, measures it in real Chromium and with
// Lighthouse, times builds with 100 and 1,000 extra synthetic pages, prints
// tables and writes bench/report.json. Numbers are reported, never asserted:
// timings on a shared 2-core machine move too much to gate on.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveDist } from '../serve-dist.ts';
import { buildCosts, flatten, formatBytes, formatTable, growth, type BuildSample } from '../lib/bench/measure.ts';
import { executedJs, measureLoad, type ExecutedJs, type PageLoad } from './browser.ts';
import { timedBuild } from './build.ts';
import { generateContent } from './generate-content.ts';
import { runLighthouse } from './lighthouse.ts';
import { measureSearch } from './search.ts';
import { CHROMIUM_LAUNCH, CHROMIUM_PATH } from '../lib/chromium.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { STALE_AFTER_MONTHS, staleReviews } from '../../src/lib/content/stale.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const WORK = join(ROOT, 'bench/tmp');
// Its own build of the real site: never the dist/ that tests may be serving.
const DIST = join(WORK, 'dist');
const started = performance.now();
const log = (text: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

/** One page per template. `lighthousePath` where Lighthouse needs another address for the same page. */
const TEMPLATES: Array<{ name: string; path: string; expectStatus?: number; lighthousePath?: string }> = [
  { name: 'home', path: '/' },
  { name: 'error', path: '/errors/502/' },
  { name: 'app message', path: '/errors/network-error/' },
  { name: 'guide', path: '/guides/clear-site-data/' },
  { name: 'guides index', path: '/guides/' },
  { name: 'triage question', path: '/triage/' },
  { name: 'triage outcome', path: '/triage/outcome-outage/' },
  { name: 'search', path: '/search/' },
  // Lighthouse stops on a 404 status, so it scores the same page as a file.
  { name: '404', path: '/no-such-page/', expectStatus: 404, lighthousePath: '/404.html' },
];
/** Pages whose HTML must not grow with the site (indexes list every page, so they may). */
const ARTICLE_TEMPLATES = new Set(['home', 'error', 'app message', 'guide', 'triage question', 'triage outcome', 'search', '404']);
/** Pages a reader lands on from a search engine; the "no JS before search" target applies to them. */
const ARTICLES = ['error', 'app message', 'guide'];

function htmlFile(root: string, path: string): string | undefined {
  const file = path === '/no-such-page/' ? join(root, '404.html') : join(root, path, 'index.html');
  return existsSync(file) ? file : undefined;
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function htmlSizes(root: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const t of TEMPLATES) {
    const file = htmlFile(root, t.path);
    if (file && ARTICLE_TEMPLATES.has(t.name)) sizes.set(t.name, gzipSize(file));
  }
  return sizes;
}

// ---- 1. Builds: the real site into dist/, then 100 and 1,000 extra pages elsewhere.
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
log(`machine: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}; Node ${process.version}`);
const builds: BuildSample[] = [];
log('building the site into bench/tmp/dist/');
builds.push(await timedBuild({ label: 'real content', outDir: DIST, extraPages: 0 }));
const baseHtml = htmlSizes(DIST);
let grownHtml = new Map<string, number>();
for (const extra of [100, 1000]) {
  const contentDir = join(WORK, `content-${extra}`);
  const outDir = join(WORK, `dist-${extra}`);
  generateContent(contentDir, extra);
  log(`building with ${extra} extra synthetic pages`);
  builds.push(await timedBuild({ label: `+${extra} pages`, outDir, contentDir, extraPages: extra }));
  if (extra === 1000) grownHtml = htmlSizes(outDir);
  if (!process.env.FIXPATH_BENCH_KEEP) rmSync(contentDir, { recursive: true, force: true });
  if (!process.env.FIXPATH_BENCH_KEEP) rmSync(outDir, { recursive: true, force: true });
}
const costs = buildCosts(builds);
const htmlGrowth = growth(baseHtml, grownHtml);

// ---- 2. The browser: first-load weight per template, JS run on article pages.
const server = await serveDist(DIST, 0);
const address = server.address();
const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const loads = new Map<string, PageLoad>();
const missing: string[] = [];
log(`measuring first loads at ${baseUrl}`);
for (const t of TEMPLATES) {
  const load = await measureLoad(browser, baseUrl + t.path);
  if (load.status !== (t.expectStatus ?? 200)) missing.push(t.name);
  else loads.set(t.name, load);
}
const articleJs = new Map<string, ExecutedJs>();
for (const name of ARTICLES) {
  const t = TEMPLATES.find((x) => x.name === name)!;
  articleJs.set(name, await executedJs(browser, baseUrl + t.path));
}
await browser.close();

// The wizard's island: its entry file name contains "triage"; the chunks it
// imports (shared with search, e.g. the pasted-text helpers) count too.
const assets = existsSync(join(DIST, '_astro')) ? readdirSync(join(DIST, '_astro')) : [];
const wizardNames = new Set(assets.filter((f) => /triage/i.test(f) && f.endsWith('.js')));
for (const name of [...wizardNames]) {
  const code = readFileSync(join(DIST, '_astro', name), 'utf8');
  for (const [, imported] of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) if (imported) wizardNames.add(imported);
}
const wizardFiles = [...wizardNames].map((f) => ({ file: `_astro/${f}`, gzip: gzipSize(join(DIST, '_astro', f)) }));

// ---- 3. Search, measured by the search feature's own module.
log('measuring search (scripts/bench/search.ts)');
const search = await measureSearch({ baseUrl, distDir: DIST });

// ---- 4. Lighthouse, one template at a time.
log('running Lighthouse on each template (sequential)');
const lighthouse = await runLighthouse(
  TEMPLATES.filter((t) => !missing.includes(t.name)).map((t) => ({ name: t.name, url: baseUrl + (t.lighthousePath ?? t.path) })),
  CHROMIUM_PATH,
  join(WORK, 'lighthouse'),
);
server.close();

// ---- 5. Report.
const dash = '–';
const kb = (n: number | undefined) => (n === undefined ? dash : formatBytes(n));
const print = (title: string, table: string) => console.log(`\n${title}\n${table}`);

print('First load per template (response bodies as transferred, gzip; headers not counted)', formatTable(
  ['template', 'path', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total', 'requests'],
  TEMPLATES.map((t) => {
    const load = loads.get(t.name);
    if (!load) return [t.name, t.path, dash, dash, dash, dash, dash, dash, dash, dash];
    const b = load.bytes;
    return [t.name, t.path, kb(b.html), kb(b.css), kb(b.js), kb(b.fonts), kb(b.images), kb(b.other), kb(b.total), String(load.requests)];
  }),
));

if (missing.length > 0) console.log(`missing (the page is not built yet): ${missing.join(', ')}`);

print('JavaScript run on article pages before any interaction (target: none)', formatTable(
  ['page', 'scripts', 'inline', 'files', 'bytes', 'gzip'],
  ARTICLES.map((name) => {
    const js = articleJs.get(name)!;
    return [name, String(js.scripts.length), String(js.scripts.filter((s) => s.inline).length), String(js.scripts.filter((s) => !s.inline).length), kb(js.bytes), kb(js.gzip)];
  }),
));

print('Build time (astro build + search index; cold content cache)', formatTable(
  ['build', 'pages', 'astro s', 'index s', 'total s', 'ms/page', 'ms/extra page', 'dist', 'files'],
  costs.map((c) => [c.label, String(c.pages), c.astroSeconds.toFixed(1), c.indexSeconds.toFixed(1), c.totalSeconds.toFixed(1), c.msPerPage.toFixed(0), c.msPerExtraPage === undefined ? dash : c.msPerExtraPage.toFixed(1), formatBytes(c.distBytes), String(c.distFiles)]),
));

print('Page HTML (gzip) with the real content and with 1,000 extra pages (must not grow)', formatTable(
  ['template', 'real', '+1000', 'change'],
  htmlGrowth.map((g) => [g.page, formatBytes(g.base), formatBytes(g.grown), `${g.change >= 0 ? '+' : ''}${g.change} B`]),
));

print('Lighthouse (mobile, simulated throttling)', formatTable(
  ['template', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'points lost on'],
  TEMPLATES.map((t) => {
    const s = lighthouse.get(t.name);
    if (!s) return [t.name, dash, dash, dash, dash, dash, 'missing (not built yet)'];
    const n = (v: number | undefined) => (v === undefined ? dash : String(v));
    return [t.name, n(s.performance), n(s.accessibility), n(s.bestPractices), n(s.seo), s.lcpMs === undefined ? dash : s.lcpMs.toFixed(0), s.notes.join(', ')];
  }),
));

// The 404 page says noindex on purpose, so Lighthouse's SEO category marks it down (is-crawlable).
if (lighthouse.get('404')?.seo !== undefined) console.log('404: SEO counts the noindex the not-found page must carry (is-crawlable).');

console.log(`\nWizard JS: ${wizardFiles.length === 0 ? 'no triage script in dist/_astro yet' : wizardFiles.map((f) => `${f.file} ${formatBytes(f.gzip)} gzip`).join('; ')}`);
console.log(`Search:\n${flatten(search).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);

// Reviewed means reviewed: every page due for a check against its sources.
const reviewedPages = ['errors', 'guides'].flatMap((folder) => readdirSync(join(ROOT, 'content', folder)).filter((f) => f.endsWith('.mdx')).map((f) => {
  const { reviewed } = readFrontmatter(join(ROOT, 'content', folder, f)) as { reviewed?: string | Date };
  return { file: `content/${folder}/${f}`, reviewed: new Date(reviewed ?? 0) };
}));
const stale = staleReviews(reviewedPages, new Date());
print(`Pages not reviewed for more than ${STALE_AFTER_MONTHS} months (${stale.length} of ${reviewedPages.length})`, stale.length === 0
  ? 'none'
  : formatTable(['page', 'reviewed'], stale.map((p) => [p.file, p.reviewed.toISOString().slice(0, 10)])));

const report = {
  generatedAt: new Date().toISOString(),
  machine: { cores: cpus().length, loadAverageAtStart: loadavg(), node: process.version, chromium: CHROMIUM_PATH },
  templates: TEMPLATES.map((t) => {
    const load = loads.get(t.name);
    return { name: t.name, path: t.path, missing: !load, ...(load ? { status: load.status, bytes: load.bytes, headerBytes: load.headerBytes, requests: load.requests, files: load.samples } : {}) };
  }),
  articleJs: Object.fromEntries(articleJs),
  builds: costs,
  htmlGrowth,
  wizardJs: wizardFiles,
  search,
  lighthouse: Object.fromEntries(lighthouse),
  staleReviews: stale.map((p) => ({ file: p.file, reviewed: p.reviewed.toISOString().slice(0, 10) })),
  seconds: (performance.now() - started) / 1000,
};
writeFileSync(join(ROOT, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
if (!process.env.FIXPATH_BENCH_KEEP) rmSync(DIST, { recursive: true, force: true });
log('wrote bench/report.json');
