// The relevance suite: every case in search-relevance.cases.ts goes through the
// real /search/ page in Chromium, against the built site and its real Pagefind
// index. The page is loaded once and each case runs through the element's own
// search() (what the page does with ?q=); one more test proves the ?q= address
// gives the same answer. Prints top-1 and top-3 accuracy; fails below 90% top-1
// or below 100% top-3.
import { expect, test, type Page } from '@playwright/test';
import { CASES, type RelevanceCase } from './search-relevance.cases';
import type { FixpathSearch } from '../../src/islands/search/search-element';

const TOP1_MIN = 0.9;
const TOP3_MIN = 1;
const SEARCH = 'fixpath-search[data-mode="page"]';

/** Opens /search/ and waits until its element is ready to search. */
async function openSearchPage(page: Page): Promise<void> {
  await page.goto('/search/');
  await expect(page.locator(SEARCH)).toHaveAttribute('data-search-ready', '');
}

/** The result addresses the element shows for `query`, best first; [] when nothing matched. */
function resultsFor(page: Page, query: string): Promise<{ urls: string[]; source: string }> {
  return page.evaluate(async ([selector, q]) => {
    const search = document.querySelector<FixpathSearch>(selector)!;
    await search.search(q);
    const urls = [...search.querySelectorAll('[data-search-results] a[data-result]')].map((a) => a.getAttribute('href') ?? '');
    return { urls, source: search.dataset.source ?? '-' };
  }, [SEARCH, query] as const);
}

function oneLine(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

test('search puts the right page first for realistic pastes and questions', async ({ page }) => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
  await openSearchPage(page);

  const rows: Array<RelevanceCase & { rank: number; got: string; source: string }> = [];
  for (const c of CASES) {
    const { urls, source } = await resultsFor(page, c.query);
    rows.push({ ...c, rank: urls.indexOf(c.expected) + 1, got: urls[0] ?? '(no match)', source });
  }

  const top1 = rows.filter((r) => r.rank === 1).length / rows.length;
  const top3 = rows.filter((r) => r.rank >= 1 && r.rank <= 3).length / rows.length;
  const byKind = Object.entries(Object.groupBy(rows, (r) => r.kind)).map(
    ([kind, list]) => `${kind} ${list!.filter((r) => r.rank === 1).length}/${list!.length}`,
  );
  const misses = rows
    .filter((r) => r.rank !== 1)
    .map((r) => `  rank ${r.rank || '-'} [${r.source}] "${oneLine(r.query)}" → wanted ${r.expected}, got ${r.got}`);
  console.log(
    [
      `search relevance: ${rows.length} queries, top-1 ${(top1 * 100).toFixed(1)}%, top-3 ${(top3 * 100).toFixed(1)}%`,
      `  first place by kind: ${byKind.join(', ')}`,
      ...misses,
    ].join('\n'),
  );

  expect(top3, `top-3 accuracy; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(TOP3_MIN);
  expect(top1, `top-1 accuracy; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(TOP1_MIN);
});

test('a /search/?q= address gives the same results as the element for the same text', async ({ page }) => {
  const query = CASES.find((c) => c.kind === 'symptom')!.query;
  await openSearchPage(page);
  const direct = await resultsFor(page, query);
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const search = page.locator(SEARCH);
  await expect(search).toHaveAttribute('data-state', /^(results|none)$/);
  const urls = await search.locator('[data-search-results] a[data-result]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(direct.urls.length).toBeGreaterThan(0);
  expect(urls).toEqual(direct.urls);
});
