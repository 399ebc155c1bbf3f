/**
 * One search, from pasted text to ranked results. Pure orchestration: the
 * message table and Pagefind are passed in, so unit tests use fakes and the
 * browser element passes the real ones (src/islands/search/sources.ts).
 *
 * Order of work, cheapest first:
 * 1. take out secrets (keys, tokens, cookies, e-mail addresses), then the
 *    noise (Ray IDs, URLs, markup); nothing meaningful left means a calm
 *    "no match";
 * 2. put foreign wordings into English (languages.ts) and correct typos
 *    against the site's vocabulary (typos.ts);
 * 3. a strong match in the message table answers alone: no Pagefind load;
 * 4. otherwise Pagefind with the query minus stop words and service names,
 *    weak table matches first;
 * 5. if that finds fewer than three pages, one more search per word, all
 *    merged by score.
 */
import { excerptSegments, highlightSegments, type Segment } from './excerpt';
import type { translate } from './languages';
import { mergeTermHits } from './merge';
import type { MessageTable, SearchKind, TableEntry } from './message-table';
import { clampWords, fallbackTerms, normalise, STOP_WORDS, tokens, withoutStopWords } from './normalise';
import { recognise, type Hit } from './recognise';
import { findWait, type Wait } from '../retry';
import { redactSecrets, type SecretKind } from './secrets';
import { withSynonyms } from './synonyms';
import { correctText } from './typos';

/** The part of Pagefind's result data that search reads. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

/** The part of Pagefind's JS API that search calls. */
export interface PagefindLike {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchSources {
  /** The known-message table, or undefined if it could not be fetched. */
  table(): Promise<MessageTable | undefined>;
  pagefind(): Promise<PagefindLike>;
  /**
   * The other-language table (languages.ts), loaded only for text with words
   * the site's English does not know; absent means no translation.
   */
  languages?(): Promise<typeof translate>;
  /** The site's vocabulary for typo correction, loaded under the same condition. */
  vocabulary?(): Promise<readonly string[]>;
}

export interface ResultItem {
  url: string;
  title: string;
  /** The code for coded errors ("502"), else what the page is ("App message"). */
  label: string;
  excerpt: Segment[];
}

/** Where the results came from: shown to tests and the benchmark as data-source. */
export type ResultSource = 'table' | 'index' | 'terms' | 'table+index' | 'table+terms';

/** What the page should tell the reader besides the results. */
export interface Notes {
  /** The language the text was recognised in, in English ("German"), when not English. */
  language?: string;
  /** Secrets taken out of the text before anything else saw it. */
  removed: SecretKind[];
  /** Words corrected, as [typed, corrected]. */
  corrected: Array<[string, string]>;
  /** When the paste says to retry. */
  wait?: Wait;
}

export type Outcome =
  | { state: 'empty' }
  | { state: 'none'; notes: Notes }
  | { state: 'results'; items: ResultItem[]; source: ResultSource; notes: Notes };

export interface SearchOptions {
  /** The most results to return. Default 8. */
  limit?: number;
  /**
   * Fewer whole-query results than this, and per-word searches join in.
   * Default 3: with 1 (only when nothing at all is found) the relevance suite
   * lost "reinstall chatgpt app android", whose one AND match was not the guide.
   */
  enough?: number;
  /**
   * Pagefind results scoring below this are dropped. Default 0.5. A word the
   * index lacks ("Fehler", "asdf") still matches through Pagefind's fallback to
   * its longest indexed prefix ("fe", "as"), at scores near 0.03; real matches
   * score above 1.
   */
  minScore?: number;
}

const KIND_LABEL: Record<SearchKind, string> = { error: 'Error', 'app message': 'App message', guide: 'Fix guide' };

/** A code worth showing beside the title: "502", "1020". Slugs are not. */
function labelFor(code: string | undefined, kind: string | undefined): string {
  if (code && /^\d+$/.test(code)) return code;
  return KIND_LABEL[kind as SearchKind] ?? 'Page';
}

function tableItem(entry: TableEntry, hit: Hit, words: readonly string[]): ResultItem {
  // A searchTerm is how people describe the problem, not what the screen says: no quote marks.
  const quoted = hit.matched !== entry.title && !entry.terms.includes(hit.matched);
  const excerpt = quoted
    ? [{ text: hit.matched, mark: true }, { text: ` — ${entry.summary}`, mark: false }]
    : highlightSegments(entry.summary, words);
  return { url: entry.url, title: entry.title, label: labelFor(entry.code, entry.kind), excerpt };
}

const tableWords = new WeakMap<MessageTable, Set<string>>();

/** Every word in the table, any length: English the translator keeps. */
function wordsOf(table: MessageTable | undefined): Set<string> {
  if (!table) return new Set();
  let words = tableWords.get(table);
  if (!words) {
    words = new Set(table.entries.flatMap((e) => tokens([e.title, ...e.messages, ...e.terms].join(' '))));
    tableWords.set(table, words);
  }
  return words;
}

/** A word that can pick out a page: not a stop word or service name, not a lone digit or "00". */
function meaningful(word: string): boolean {
  if (STOP_WORDS.has(word)) return false;
  return /\p{L}/u.test(word) ? word.length >= 2 || /[^\p{Script=Latin}]/u.test(word) : /^\d{3,4}$/.test(word);
}

async function indexItem(result: PagefindResult): Promise<ResultItem> {
  const data = await result.data();
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    label: labelFor(data.meta.code, data.filters?.kind?.[0]),
    excerpt: excerptSegments(data.excerpt),
  };
}

/**
 * Pagefind with the whole query; when that finds fewer than `enough` pages, also
 * one search per word, all merged. Pagefind ANDs the words, so one word that the
 * right page lacks ("reinstall chatgpt app android") hides it; the pages that do
 * hold every word still lead the merge, because their list counts as a rare term.
 * With three words or more, a page must be found by two of the searches: one
 * common word alone ("shows") is no reason to show a page.
 */
async function searchIndex(pagefind: PagefindLike, text: string, enough: number, minScore: number): Promise<{ results: PagefindResult[]; perTerm: boolean }> {
  const keep = (results: PagefindResult[] | undefined) => (results ?? []).filter((result) => result.score >= minScore);
  const whole = keep((await pagefind.search(clampWords(withoutStopWords(text))))?.results);
  const terms = fallbackTerms(text);
  if (whole.length >= enough || (whole.length > 0 && terms.length <= 1)) return { results: whole, perTerm: false };
  const lists = [whole, ...(await Promise.all(terms.map(async (term) => keep((await pagefind.search(term))?.results))))];
  const byId = new Map(lists.flat().map((r) => [r.id, r] as const));
  const merged = mergeTermHits(lists.map((list) => list.map(({ id, score }) => ({ id, score }))))
    .filter((hit) => terms.length < 3 || hit.terms >= 2);
  return { results: merged.map((m) => byId.get(m.id)!), perTerm: true };
}

/**
 * Searches for what a person pasted or typed.
 *
 * @param raw the text as pasted
 */
export async function runSearch(raw: string, sources: SearchSources, { limit = 8, enough = 3, minScore = 0.5 }: SearchOptions = {}): Promise<Outcome> {
  if (String(raw ?? '').trim() === '') return { state: 'empty' };
  const redacted = redactSecrets(raw);
  const notes: Notes = { removed: redacted.removed, corrected: [] };
  const wait = findWait(redacted.text);
  if (wait) notes.wait = wait;
  let text = normalise(redacted.text);
  if (!tokens(text).some(meaningful)) return { state: 'none', notes };

  const table = await sources.table().catch(() => undefined);
  const known = wordsOf(table);
  const foreign = tokens(text).some((w) => !known.has(w) && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
  const translator = foreign && sources.languages ? await sources.languages().catch(() => undefined) : undefined;
  const translated = translator?.(text, (word) => known.has(word));
  if (translated?.name) {
    text = translated.text;
    notes.language = translated.name;
  }
  const vocabulary = foreign && sources.vocabulary ? await sources.vocabulary().catch(() => undefined) : undefined;
  if (vocabulary) {
    const corrected = correctText(tokens(text), vocabulary, STOP_WORDS);
    if (corrected.changes.length > 0) {
      text = corrected.text;
      notes.corrected = corrected.changes;
    }
  }
  if (!tokens(text).some(meaningful)) return { state: 'none', notes };

  let recognised = table ? recognise(text, table) : { hits: [], strong: false };
  // Everyday words ("log out", "is down") for the pages' own ("sign out", "outage").
  const everyday = withSynonyms(text);
  if (!recognised.strong && table && everyday !== text.toLowerCase()) {
    const again = recognise(everyday, table);
    if (again.strong || recognised.hits.length === 0) recognised = again;
    text = everyday;
  }
  const words = tokens(text);
  const entries = new Map(table?.entries.map((e) => [e.url, e]) ?? []);
  const fromTable = recognised.hits.flatMap((hit) => {
    const entry = entries.get(hit.url);
    return entry ? [tableItem(entry, hit, words)] : [];
  });
  if (recognised.strong && fromTable.length > 0) return { state: 'results', items: fromTable.slice(0, limit), source: 'table', notes };

  const pagefind = await sources.pagefind();
  const { results, perTerm } = await searchIndex(pagefind, text, enough, minScore);
  const found = await Promise.all(results.slice(0, limit).map(indexItem));
  // Table matches first: a recognised message or code is never buried.
  const seen = new Set(fromTable.map((item) => item.url));
  const items = [...fromTable, ...found.filter((item) => !seen.has(item.url))].slice(0, limit);
  if (items.length === 0) return { state: 'none', notes };
  const source: ResultSource = fromTable.length > 0 ? (perTerm ? 'table+terms' : 'table+index') : perTerm ? 'terms' : 'index';
  return { state: 'results', items, source, notes };
}
