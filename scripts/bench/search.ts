// Search cost, measured in real Chromium against a served dist/:
// - bytes fetched (as transferred: gzip where the server compresses) from the
//   moment search opens until the first results show, for a pasted known
//   message and for free text;
// - time from the input event (a paste: one event) to the first results on
//   screen, cold (first search after the page loaded) and warm (the next one);
// - the size of dist/pagefind on disk.
//
// `npm run bench` calls measureSearch(); `node scripts/bench/search.ts` serves
// dist/ itself and prints a table.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { trackInFlight } from './browser.ts';
import { serveDist } from '../serve-dist.ts';

const ARTICLE = '/errors/504/';
const KNOWN_MESSAGE = 'Too many requests in 1 hour. Try again later.';
const FREE_TEXT = 'works on my phone but not my laptop';
const FREE_TEXT_WARM = 'ad blocker breaks the site';
/** Timings are the median of this many fresh-browser runs. */
const RUNS = 3;

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

/**
 * Measures search in real Chromium against `baseUrl` (a served dist/).
 *
 * @returns byte counts are transferred body bytes; times are milliseconds
 *   (median of three fresh runs) and include the input debounce (120 ms).
 */
export async function measureSearch(opts: { baseUrl: string; executablePath: string; distDir?: string }): Promise<Record<string, number>> {
  const distDir = opts.distDir ?? new URL('../../dist/', import.meta.url).pathname;
  const browser = await chromium.launch({ executablePath: opts.executablePath, args: ['--disable-background-networking', '--no-first-run'] });
  try {
    const known = [];
    const free = [];
    for (let run = 0; run < RUNS; run++) {
      known.push(await scenario(browser, opts.baseUrl, KNOWN_MESSAGE, KNOWN_MESSAGE.replace('1 hour', 'one hour')));
      free.push(await scenario(browser, opts.baseUrl, FREE_TEXT, FREE_TEXT_WARM));
    }
    if (known.some((r) => r.source !== 'table')) throw new Error('search bench: the known message was not answered from the message table');
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
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../../dist/', import.meta.url).pathname;
  // A free port of its own, so it never collides with a test server.
  const server = await serveDist(root, 0);
  const port = (server.address() as { port: number }).port;
  try {
    const results = await measureSearch({ baseUrl: `http://127.0.0.1:${port}/`, executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    const width = Math.max(...Object.keys(results).map((k) => k.length));
    for (const [key, value] of Object.entries(results)) {
      const unit = key.endsWith('bytes') ? `${(value / 1024).toFixed(1)} KB` : key.endsWith('Ms') ? `${value} ms` : String(value);
      console.log(`${key.padEnd(width)}  ${unit}`);
    }
  } finally {
    server.close();
  }
}
