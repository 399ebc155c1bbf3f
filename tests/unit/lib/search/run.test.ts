import { describe, expect, it, vi } from 'vitest';
import { runSearch, type PagefindLike, type PagefindResult, type SearchSources } from '../../../../src/lib/search/run';
import { TABLE } from './fixture-table';

/** A fake Pagefind over a few pages: a page matches when its text holds every query word. */
function fakePagefind(pages: Record<string, string>) {
  const search = vi.fn(async (query: string) => {
    const words = query.toLowerCase().split(/\W+/).filter(Boolean);
    const results: PagefindResult[] = Object.entries(pages)
      .filter(([, text]) => words.every((w) => text.includes(w)))
      .map(([url, text]) => ({
        id: url,
        score: words.reduce((n, w) => n + text.split(w).length - 1, 0),
        data: async () => ({ url, excerpt: `<mark>${words[0]}</mark> &amp; more`, meta: { title: `Title of ${url}` }, filters: { kind: ['guide'] } }),
      }));
    return { results: results.sort((a, b) => b.score - a.score) };
  });
  return { search } satisfies PagefindLike;
}

function sources(pagefind: PagefindLike, table = TABLE): SearchSources & { pagefind: ReturnType<typeof vi.fn> } {
  return { table: async () => table, pagefind: vi.fn(async () => pagefind) };
}

const PAGES = {
  '/guides/vpn/': 'turn off your vpn to test the vpn',
  '/guides/switch-network/': 'use your phone hotspot instead of the laptop wifi',
  '/guides/extensions/': 'an extension in the laptop browser can break it',
};

describe('runSearch', () => {
  it('answers a known message from the table without loading Pagefind', async () => {
    const src = sources(fakePagefind(PAGES));
    const outcome = await runSearch('HTTP/1.1 502 Bad Gateway', src);
    expect(outcome).toMatchObject({ state: 'results', source: 'table', items: [{ url: '/errors/502/', label: '502', title: '502 Bad Gateway' }] });
    expect(src.pagefind).not.toHaveBeenCalled();
  });

  it('uses Pagefind for free text', async () => {
    const src = sources(fakePagefind(PAGES));
    const outcome = await runSearch('vpn', src);
    expect(outcome).toMatchObject({ state: 'results', source: 'index', items: [{ url: '/guides/vpn/', label: 'Fix guide' }] });
    if (outcome.state === 'results') expect(outcome.items[0]!.excerpt).toEqual([{ text: 'vpn', mark: true }, { text: ' & more', mark: false }]);
  });

  it('searches word by word when the whole query finds nothing, and merges the lists', async () => {
    const pagefind = fakePagefind(PAGES);
    const outcome = await runSearch('works on my phone but not my laptop', sources(pagefind));
    expect(outcome).toMatchObject({ state: 'results', source: 'terms' });
    if (outcome.state === 'results') expect(outcome.items[0]!.url).toBe('/guides/switch-network/');
    expect(pagefind.search.mock.calls.map((c) => c[0])).toEqual(['works phone laptop', 'laptop', 'works', 'phone']);
  });

  it('puts a weak table match first, then Pagefind results', async () => {
    const outcome = await runSearch('502 on my laptop', sources(fakePagefind(PAGES)));
    expect(outcome).toMatchObject({ state: 'results', source: 'table+terms' });
    if (outcome.state === 'results') expect(outcome.items.map((i) => i.url)).toEqual(['/errors/502/', '/guides/switch-network/', '/guides/extensions/']);
  });

  it('reports no match calmly', async () => {
    expect(await runSearch('zzzz qqqq', sources(fakePagefind(PAGES)))).toEqual({ state: 'none' });
  });

  it('treats empty input as empty and punctuation alone as no match, without searching', async () => {
    const src = sources(fakePagefind(PAGES));
    expect(await runSearch('   ', src)).toEqual({ state: 'empty' });
    expect(await runSearch('?!… --- ***', src)).toEqual({ state: 'none' });
    expect(src.pagefind).not.toHaveBeenCalled();
  });

  it('still searches when the message table could not be fetched', async () => {
    const src: SearchSources = { table: async () => undefined, pagefind: async () => fakePagefind(PAGES) };
    expect(await runSearch('vpn', src)).toMatchObject({ state: 'results', source: 'index' });
  });

  it('returns at most `limit` results', async () => {
    const outcome = await runSearch('the', sources(fakePagefind(PAGES)), { limit: 2 });
    expect(outcome.state === 'results' && outcome.items.length).toBe(2);
  });
});

describe('runSearch, few whole-query results', () => {
  it('adds per-word searches when the whole query finds fewer than `enough` pages', async () => {
    const pagefind = fakePagefind(PAGES);
    await runSearch('vpn test', sources(pagefind), { enough: 3 });
    expect(pagefind.search.mock.calls.map((c) => c[0])).toEqual(['vpn test', 'test', 'vpn']);
    pagefind.search.mockClear();
    await runSearch('vpn test', sources(pagefind), { enough: 1 });
    expect(pagefind.search.mock.calls.map((c) => c[0])).toEqual(['vpn test']);
  });
});

describe('runSearch, noise', () => {
  const scored = (score: number): PagefindLike => ({
    search: async () => ({ results: [{ id: 'p', score, data: async () => ({ url: '/guides/p/', excerpt: '', meta: { title: 'P' } }) }] }),
  });

  it('drops matches scoring under minScore, which is how unknown words match', async () => {
    expect(await runSearch('Fehler beim Laden', sources(scored(0.03)))).toEqual({ state: 'none' });
    expect(await runSearch('Fehler beim Laden', sources(scored(2)))).toMatchObject({ state: 'results' });
  });

  it('with three words or more, shows only pages that two of the searches found', async () => {
    const pages = { '/guides/router/': 'the router shows a light', '/guides/other/': 'nothing shows here' };
    const outcome = await runSearch('toaster shows purple light', sources(fakePagefind(pages)));
    expect(outcome.state === 'results' && outcome.items.map((i) => i.url)).toEqual(['/guides/router/']);
  });
});
