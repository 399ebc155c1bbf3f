import { describe, expect, it, vi } from 'vitest';
import { runSearch, type PagefindLike, type PagefindResult, type SearchSources } from '../../../../src/lib/search/run';
import { translate } from '../../../../src/lib/search/languages';
import { buildVocabulary } from '../../../../src/lib/search/message-table';
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
  return { table: async () => table, pagefind: vi.fn(async () => pagefind), languages: async () => translate, vocabulary: async () => buildVocabulary(table.entries) };
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
    expect(await runSearch('zzzz qqqq', sources(fakePagefind(PAGES)))).toMatchObject({ state: 'none' });
  });

  it('treats empty input as empty and punctuation alone as no match, without searching', async () => {
    const src = sources(fakePagefind(PAGES));
    expect(await runSearch('   ', src)).toEqual({ state: 'empty' });
    expect(await runSearch('?!… --- ***', src)).toMatchObject({ state: 'none' });
    expect(src.pagefind).not.toHaveBeenCalled();
  });

  it('still searches when the message table could not be fetched', async () => {
    const src: SearchSources = { table: async () => undefined, pagefind: async () => fakePagefind(PAGES) };
    expect(await runSearch('vpn', src)).toMatchObject({ state: 'results', source: 'index' });
  });

  it('returns at most `limit` results', async () => {
    const outcome = await runSearch('tab', sources(fakePagefind({ '/a/': 'tab a', '/b/': 'tab b', '/c/': 'tab c' })), { limit: 2 });
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
    expect(await runSearch('Fehler beim Laden', sources(scored(0.03)))).toMatchObject({ state: 'none' });
    expect(await runSearch('Fehler beim Laden', sources(scored(2)))).toMatchObject({ state: 'results' });
  });

  it('with three words or more, shows only pages that two of the searches found', async () => {
    const pages = { '/guides/router/': 'the router shows a light', '/guides/other/': 'nothing shows here' };
    const outcome = await runSearch('toaster shows purple light', sources(fakePagefind(pages)));
    expect(outcome.state === 'results' && outcome.items.map((i) => i.url)).toEqual(['/guides/router/']);
  });
});

describe('runSearch, hostile and odd input', () => {
  it('answers junk with a calm "no match" without loading Pagefind', async () => {
    for (const junk of ['<img src=x onerror=alert(1)>', '%00', '...', '"""', 'the', 'chatgpt', 'is it', '<svg/onload=alert(1)>', '\u0000\u0001']) {
      const src = sources(fakePagefind(PAGES));
      expect(await runSearch(junk, src), junk).toMatchObject({ state: 'none' });
      expect(src.pagefind, junk).not.toHaveBeenCalled();
    }
  });

  it('never sends a service name or stop word to Pagefind, so none can veto a page', async () => {
    const pagefind = fakePagefind(PAGES);
    const outcome = await runSearch('turn off vpn chatgpt', sources(pagefind));
    expect(pagefind.search.mock.calls[0]![0]).toBe('turn off vpn');
    expect(outcome.state === 'results' && outcome.items[0]!.url).toBe('/guides/vpn/');
    pagefind.search.mockClear();
    await runSearch('why does openai say vpn', sources(pagefind));
    expect(pagefind.search.mock.calls.flat()).not.toContain('openai');
  });

  it('reads compact JSON whose message holds a link', async () => {
    const json = '{"error":{"message":"Read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.","type":"insufficient_quota","code":"insufficient_quota"}}';
    expect(await runSearch(json, sources(fakePagefind(PAGES)))).toMatchObject({ state: 'results', source: 'table', items: [{ url: '/errors/api-quota/' }] });
  });
});

describe('runSearch, notes for the page', () => {
  it('takes secrets out first and says which', async () => {
    const src = sources(fakePagefind(PAGES));
    const outcome = await runSearch('Authorization: Bearer sk-abcdefghijkl1234 502 Bad Gateway', src);
    expect(outcome).toMatchObject({ state: 'results', items: [{ url: '/errors/502/' }], notes: { removed: ['access token'] } });
  });

  it('answers another language from the table and says which language it saw', async () => {
    const src = sources(fakePagefind(PAGES));
    expect(await runSearch('Netzwerkfehler', src)).toMatchObject({ state: 'results', source: 'table', items: [{ url: '/errors/network-error/' }], notes: { language: 'German' } });
    expect(await runSearch('出了点问题', src)).toMatchObject({ state: 'results', items: [{ url: '/errors/something-went-wrong/' }], notes: { language: 'Chinese' } });
    expect(src.pagefind).not.toHaveBeenCalled();
  });

  it('corrects typos against the table vocabulary before matching', async () => {
    expect(await runSearch('bad gatway', sources(fakePagefind(PAGES)))).toMatchObject({
      state: 'results', source: 'table', items: [{ url: '/errors/502/' }], notes: { corrected: [['gatway', 'gateway']] },
    });
  });

  it('passes on when the paste says to retry', async () => {
    const outcome = await runSearch('Rate limit reached for requests. Please try again in 20s.', sources(fakePagefind(PAGES)));
    expect(outcome).toMatchObject({ state: 'results', notes: { wait: { kind: 'relative', seconds: 20 } } });
  });
});

describe('withSynonyms', async () => {
  const { withSynonyms } = await import('../../../../src/lib/search/synonyms');
  it('swaps everyday words for the ones the pages use', () => {
    expect(withSynonyms('log out and log back in to chatgpt')).toBe('sign out and sign back in to chatgpt');
    expect(withSynonyms('keep working while chatgpt is down')).toBe('keep working while chatgpt is outage');
    expect(withSynonyms('is it down')).toBe('is it outage');
    expect(withSynonyms('503 slow down')).toBe('503 slow down');
    expect(withSynonyms('open in incognito')).toBe('open in private window');
  });
});
