// Search cost, measured in real Chromium against a served dist/:
// - bytes fetched (as transferred: gzip where the server compresses) from the
//   moment search opens until the first results show, for a pasted known
//   message and for free text;
// - time from the input event (a paste: one event) to the first results on
//   screen, cold (first search after the page loaded) and warm (the next one);
// - the size of dist/pagefind on disk.
//
// - over the whole relevance suite (tests/e2e/search-relevance.cases.ts), each
//   case in a fresh browser context on /search/: the share answered without
//   Pagefind, the median and 90th-percentile bytes of the search payload
//   (/search/messages.json and /pagefind/ files, not the page itself) up to the
//   first result, and top-1 / top-3 per half and category.
//
// `npm run bench` calls measureSearch(); `node scripts/bench/search.ts` serves
// dist/ itself and prints a table.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { CASES } from '../../tests/e2e/search-relevance.cases.ts';
import { formatRelevance, scoreRelevance, type CaseResult } from '../lib/relevance.ts';
import { trackInFlight } from './browser.ts';
import { CHROMIUM_LAUNCH } from '../lib/chromium.ts';
import { serveDist } from '../serve-dist.ts';

const ARTICLE = '/errors/504/';
const KNOWN_MESSAGE = 'Too many requests in 1 hour. Try again later.';
const FREE_TEXT = 'works on my phone but not my laptop';
const FREE_TEXT_WARM = 'ad blocker breaks the site';
/** Timings are the median of this many fresh-browser runs. */
const RUNS = Number(process.env.FIXPATH_BENCH_RUNS ?? 3);

interface Transfer { bytes: number; requests: number }

/** Sums the transferred body bytes of every request the page makes while `action` runs. */
async function transferred(page: Page, action: () => Promise<void>): Promise<Transfer> {
  const pending: Array<Promise<number>> = [];
  const onFinished = (request: Request) => {
    pending.push(request.sizes().then((sizes) => sizes.responseBodySize).catch(() => 0));
  };
  page.on('requestfinished', onFinished);
  const inFlight = trackInFlight(page);
  try {
    await action();
    // Let stragglers (fragments requested with the results) finish and count.
    await inFlight.settled();
  } finally {
    page.off('requestfinished', onFinished);
  }
  const sizes = await Promise.all(pending);
  return { bytes: sizes.reduce((sum, n) => sum + n, 0), requests: sizes.length };
}

/** Milliseconds from the input event to the first results painted, measured in the page. */
async function timeToResults(page: Page, text: string): Promise<number> {
  const timing = page.evaluate(() => {
    const search = document.querySelector<HTMLElement>('dialog[data-search-dialog] fixpath-search')!;
    return new Promise<number>((resolve) => {
      let start: number | undefined;
      search.addEventListener('input', (event) => { start ??= event.timeStamp; }, { capture: true });
      new MutationObserver((_, observer) => {
        if (start === undefined || search.dataset.state !== 'results') return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start!));
      }).observe(search, { attributes: true, attributeFilter: ['data-state'] });
    });
  });
  // The observer must be in place before the text goes in.
  await page.waitForFunction(() => true);
  await page.keyboard.insertText(text);
  return timing;
}

async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator('dialog[data-search-dialog] input[data-search-input]').waitFor({ state: 'visible' });
}

async function clearInput(page: Page): Promise<void> {
  await page.locator('dialog[data-search-dialog] input[data-search-input]').fill('');
}

/** One fresh browser context: cold cache, nothing loaded. */
async function freshPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const inFlight = trackInFlight(page);
  await page.goto(new URL(ARTICLE, baseUrl).href, { waitUntil: 'load' });
  await inFlight.settled();
  return page;
}

async function scenario(browser: Browser, baseUrl: string, query: string, warmQuery?: string) {
  const page = await freshPage(browser, baseUrl);
  let coldMs = 0;
  const transfer = await transferred(page, async () => {
    await openSearch(page);
    coldMs = await timeToResults(page, query);
  });
  let warmMs: number | undefined;
  if (warmQuery) {
    await clearInput(page);
    warmMs = await timeToResults(page, warmQuery);
  }
  const source = await page.locator('dialog[data-search-dialog] fixpath-search').getAttribute('data-source');
  await page.context().close();
  return { ...transfer, coldMs, warmMs, source };
}

async function directorySize(path: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** The nearest-rank percentile. */
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)]!;

interface SuiteRow { bytes: number; pagefind: boolean; urls: string[] }

/** One case in a fresh context: load /search/, search, read the payload from Resource Timing. */
async function suiteCase(browser: Browser, baseUrl: string, query: string): Promise<SuiteRow> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('/search/', baseUrl).href);
    const search = page.locator('fixpath-search[data-mode="page"][data-search-ready]');
    await search.waitFor({ state: 'attached' });
    return await search.evaluate(async (element, q) => {
      await (element as HTMLElement & { search(text: string): Promise<void> }).search(q);
      const payload = performance.getEntriesByType('resource')
        .filter((e): e is PerformanceResourceTiming => /\/search\/messages\.json|\/pagefind\//.test(e.name)) as PerformanceResourceTiming[];
      return {
        // Body bytes as sent (gzip where the server compressed); same origin, so Resource Timing has them.
        bytes: payload.reduce((sum, e) => sum + e.encodedBodySize, 0),
        pagefind: payload.some((e) => e.name.includes('/pagefind/')),
        urls: [...element.querySelectorAll('[data-search-results] a[data-result]')].map((a) => a.getAttribute('href') ?? ''),
      };
    }, query);
  } finally {
    await context.close();
  }
}

/** The relevance suite, one fresh context per case. Cases whose page is not built are skipped. */
async function measureSuite(browser: Browser, baseUrl: string, distDir: string) {
  const rows: SuiteRow[] = [];
  const results: CaseResult[] = [];
  for (const c of CASES) {
    if (!existsSync(join(distDir, c.expect, 'index.html'))) { results.push({ case: c }); continue; }
    const row = await suiteCase(browser, baseUrl, c.query);
    rows.push(row);
    results.push({ case: c, rank: row.urls.indexOf(c.expect) + 1, got: row.urls[0] ?? '(no match)' });
  }
  const score = scoreRelevance(results);
  const bytes = rows.map((r) => r.bytes);
  const withoutPagefind = rows.filter((r) => !r.pagefind).length / Math.max(rows.length, 1);
  const numbers: Record<string, number> = {
    'search.suite.cases': rows.length,
    'search.suite.skipped': results.length - rows.length,
    'search.suite.withoutPagefindShare': Math.round(withoutPagefind * 1000) / 1000,
    'search.suite.payloadBytes.median': median(bytes),
    'search.suite.payloadBytes.p90': percentile(bytes, 90),
  };
  for (const half of ['check', 'tune'] as const) {
    const h = score[half];
    numbers[`search.relevance.${half}.cases`] = h.cases;
    numbers[`search.relevance.${half}.skipped`] = h.skipped;
    numbers[`search.relevance.${half}.top1`] = h.top1;
    numbers[`search.relevance.${half}.top3`] = h.top3;
    for (const [category, t] of Object.entries(h.byCategory)) {
      numbers[`search.relevance.${half}.${category}.top1`] = t.top1;
      numbers[`search.relevance.${half}.${category}.top3`] = t.top3;
      numbers[`search.relevance.${half}.${category}.of`] = t.cases;
    }
  }
  const lines = [
    `search suite: ${rows.length} cases in fresh contexts (${results.length - rows.length} skipped: page not built); ` +
      `${(withoutPagefind * 100).toFixed(0)}% answered without Pagefind; payload to first result median ${(median(bytes) / 1024).toFixed(1)} KB, p90 ${(percentile(bytes, 90) / 1024).toFixed(1)} KB`,
    ...formatRelevance(score),
  ];
  return { numbers, lines };
}

/**
 * Measures search in real Chromium against `baseUrl` (a served dist/).
 *
 * @returns byte counts are transferred body bytes; times are milliseconds
 *   (median of three fresh runs) and include the input debounce (120 ms).
 */
export async function measureSearch(opts: { baseUrl: string; distDir?: string }): Promise<Record<string, number>> {
  const distDir = opts.distDir ?? new URL('../../dist/', import.meta.url).pathname;
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const known = [];
    const free = [];
    for (let run = 0; run < RUNS; run++) {
      known.push(await scenario(browser, opts.baseUrl, KNOWN_MESSAGE, KNOWN_MESSAGE.replace('1 hour', 'one hour')));
      free.push(await scenario(browser, opts.baseUrl, FREE_TEXT, FREE_TEXT_WARM));
    }
    if (known.some((r) => r.source !== 'table')) throw new Error('search bench: the known message was not answered from the message table');
    const suite = await measureSuite(browser, opts.baseUrl, distDir);
    for (const line of suite.lines) console.log(line);
    const pagefindDir = await directorySize(join(distDir, 'pagefind'));
    const indexOnly = await directorySize(join(distDir, 'pagefind', 'index'));
    const fragments = await directorySize(join(distDir, 'pagefind', 'fragment'));
    return {
      'search.knownMessage.bytes': known[0]!.bytes,
      'search.knownMessage.requests': known[0]!.requests,
      'search.knownMessage.coldMs': Math.round(median(known.map((r) => r.coldMs))),
      'search.knownMessage.warmMs': Math.round(median(known.map((r) => r.warmMs!))),
      'search.freeText.bytes': free[0]!.bytes,
      'search.freeText.requests': free[0]!.requests,
      'search.freeText.coldMs': Math.round(median(free.map((r) => r.coldMs))),
      'search.freeText.warmMs': Math.round(median(free.map((r) => r.warmMs!))),
      'search.pagefindDir.bytes': pagefindDir.bytes,
      'search.pagefindDir.files': pagefindDir.files,
      'search.indexAndFragments.bytes': indexOnly.bytes + fragments.bytes,
      ...suite.numbers,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // FIXPATH_BENCH_DIST measures a copy, so a rebuild of dist/ cannot pull files from under it.
  const root = process.env.FIXPATH_BENCH_DIST ? `${process.env.FIXPATH_BENCH_DIST.replace(/\/$/, '')}/` : new URL('../../dist/', import.meta.url).pathname;
  // A free port of its own, so it never collides with a test server.
  const server = await serveDist(root, 0);
  const port = (server.address() as { port: number }).port;
  try {
    const results = await measureSearch({ baseUrl: `http://127.0.0.1:${port}/`, distDir: root });
    const width = Math.max(...Object.keys(results).map((k) => k.length));
    for (const [key, value] of Object.entries(results)) {
      if (key.startsWith('search.relevance.')) continue; // printed above, per category
      const unit = /bytes/i.test(key) ? `${(value / 1024).toFixed(1)} KB` : key.endsWith('Ms') ? `${value} ms` : String(value);
      console.log(`${key.padEnd(width)}  ${unit}`);
    }
  } finally {
    server.close();
  }
}
