// `npm run test:site`: integrity of the built site in dist/ (run after the
// build). Links, assets, fragments, other origins, the sitemap and _headers are checked
// by scripts/lib/site-check.ts; markup by html-validate with .htmlvalidate.json.
// Prints every problem, then exits 1 if there was any.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { listFiles } from '../src/integrations/built-pages.ts';
import { checkFirstFix } from './lib/first-fix.ts';
import { checkHeaders, checkSecurityTxt, checkSite, checkSitemap, checkUniqueMeta, siteFromHome, type SiteProblem } from './lib/site-check.ts';

const root = resolve(process.argv[2] ?? new URL('../dist/', import.meta.url).pathname);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const files = listFiles(root);
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const optional = (file: string) => (files.includes(file) ? read(file) : undefined);
const pages = files.filter((file) => file.endsWith('.html')).map((file) => ({ file, html: read(file) }));
const site = siteFromHome(read('index.html'));

const problems: SiteProblem[] = [
  ...checkSite({ files: new Set(files), pages, site }),
  ...checkSitemap({ pages, site, sitemapXml: optional('sitemap.xml'), robotsTxt: optional('robots.txt') }),
  ...checkHeaders({ pages, headersFile: optional('_headers') }),
  ...checkUniqueMeta(pages),
  ...checkSecurityTxt(optional('.well-known/security.txt'), new Date()),
  ...(files.includes('favicon.ico') ? [] : [{ file: 'favicon.ico', message: 'is missing (public/favicon.ico), so tools that ask for /favicon.ico get a 404' }]),
  ...checkFirstFix(pages),
];
for (const problem of problems) console.error(`  ${problem.file}: ${problem.message}`);

const validator = new HtmlValidate(new FileSystemConfigLoader());
const report = await validator.validateMultipleFiles(pages.map((page) => join(root, page.file)));
if (!report.valid) console.error(formatterFactory('stylish')(report.results));

const markupErrors = report.results.reduce((sum, result) => sum + result.errorCount, 0);
console.log(`site check: ${pages.length} pages, ${files.length} files; ${problems.length} link/asset/sitemap/header problem(s), ${markupErrors} html-validate error(s)`);
process.exit(problems.length === 0 && report.valid ? 0 : 1);
