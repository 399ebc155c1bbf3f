// The relevance suite: every case in search-relevance.cases.ts runs through the
// real <fixpath-search> element on /search/ in Chromium, against the built site
// and its real Pagefind index. The page loads once; each case calls the
// element's public search() and reads the links it rendered. Prints top-1 and
// top-3 per half and category; fails below RELEVANCE_GATE (scripts/lib/relevance.ts).
//
// A case whose expected page is not in dist/ yet is SKIPPED and counted loudly:
// content for issue 11's new pages lands separately.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { formatRelevance, gateFailures, scoreRelevance, type CaseResult } from '../../scripts/lib/relevance';
import { CASES, type RelevanceCase } from './search-relevance.cases';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = (path: string) => existsSync(`${DIST}${path.replace(/^\//, '')}index.html`);

function oneLine(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

test('search puts the right page first for realistic pastes and questions', async ({ page }) => {
  test.setTimeout(240_000);
  expect(CASES.length).toBeGreaterThanOrEqual(150);

  await page.goto('/search/');
  const search = page.locator('fixpath-search[data-mode="page"]');
  await expect(search).toHaveAttribute('data-search-ready', '');

  const results: Array<CaseResult<RelevanceCase>> = [];
  for (const c of CASES) {
    if (!built(c.expect)) { results.push({ case: c }); continue; }
    const { urls, source } = await search.evaluate(async (element, query) => {
      await (element as HTMLElement & { search(q: string): Promise<void> }).search(query);
      const el = element as HTMLElement;
      return {
        urls: [...el.querySelectorAll('[data-search-results] a[data-result]')].map((a) => a.getAttribute('href') ?? ''),
        source: el.dataset.source ?? '-',
      };
    }, c.query);
    results.push({ case: c, rank: urls.indexOf(c.expect) + 1, got: urls[0] ?? '(no match)', source });
  }

  const score = scoreRelevance(results);
  const misses = results
    .filter((r) => r.rank !== undefined && r.rank !== 1)
    .map((r) => `  ${r.case.half} ${r.case.category} rank ${r.rank || '-'} [${r.source}] "${oneLine(r.case.query)}" → wanted ${r.case.expect}, got ${r.got}`);
  const skipped = results.filter((r) => r.rank === undefined);
  console.log(
    [
      `search relevance: ${CASES.length} cases`,
      ...formatRelevance(score),
      skipped.length > 0
        ? `!!! ${skipped.length} cases SKIPPED: their page is not built yet (${[...new Set(skipped.map((r) => r.case.expect))].join(', ')})`
        : 'no case skipped',
      ...misses,
    ].join('\n'),
  );

  // Every page a case names exists now: a case that points nowhere is a broken case.
  expect(skipped.map((r) => r.case.expect), 'cases whose expected page is not built').toEqual([]);
  expect(gateFailures(score), `misses:\n${misses.join('\n')}`).toEqual([]);
});
