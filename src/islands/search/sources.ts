// The two things a search reads, each fetched once per page and only when a
// search first needs it: the known-message table, then (only for free text)
// Pagefind itself.
import { isMessageTable, type MessageTable } from '../../lib/search/message-table';
import { EXCERPT_WORDS, PAGEFIND_RANKING } from '../../lib/search/ranking';
import type { PagefindLike, SearchSources } from '../../lib/search/run';

interface PagefindModule extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

let table: Promise<MessageTable | undefined> | undefined;
let pagefind: Promise<PagefindLike> | undefined;

function loadTable(): Promise<MessageTable | undefined> {
  table ??= fetch('/search/messages.json')
    .then((response) => (response.ok ? response.json() : undefined))
    .then((json: unknown) => (isMessageTable(json) ? json : undefined))
    // Without the table, search still works: everything goes to Pagefind.
    .catch(() => undefined);
  return table;
}

function loadPagefind(): Promise<PagefindLike> {
  pagefind ??= (async () => {
    // A runtime URL: Pagefind is written after the site is bundled, so the
    // bundler must not try to resolve it.
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await module.options({
      ranking: PAGEFIND_RANKING,
      excerptLength: EXCERPT_WORDS,
      // The index is small, so searching on the page costs a few milliseconds,
      // and skipping the worker saves its 12 KB script and a start-up delay.
      // Needs 'wasm-unsafe-eval' in the CSP (astro.config.mjs).
      noWorker: true,
    });
    await module.init();
    return module;
  })();
  // A failed load (offline, say) is retried by the next search.
  pagefind.catch(() => { pagefind = undefined; });
  return pagefind;
}

// Its own chunk: English pastes never fetch it.
const loadLanguages: NonNullable<SearchSources['languages']> = () => import('../../lib/search/languages').then((m) => m.translate);

let vocabulary: Promise<readonly string[]> | undefined;
const loadVocabulary = () => {
  vocabulary ??= fetch('/search/vocabulary.json')
    .then((response) => (response.ok ? response.json() : []))
    .then((json: unknown) => (Array.isArray(json) ? json.filter((w): w is string => typeof w === 'string') : []))
    .catch(() => []);
  return vocabulary;
};

export const sources: SearchSources = { table: loadTable, pagefind: loadPagefind, languages: loadLanguages, vocabulary: loadVocabulary };
