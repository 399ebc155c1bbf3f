/**
 * The known-message table: every error page's code, title, literal on-screen
 * messages and searchTerms, and every guide's title and searchTerms. Small enough to fetch before Pagefind: the
 * build writes it to /search/messages.json (src/pages/search/messages.json.ts),
 * and the search element answers most pastes from it without loading Pagefind.
 */
import type { ErrorKind } from '../content/enums';
import { tokens } from './normalise';

/** The search filter a page belongs to: what the reader would call it. */
export type SearchKind = 'error' | 'app message' | 'guide';

/** Error kinds from the content schema, mapped to the search filter. */
export function searchKind(kind: ErrorKind): SearchKind {
  return kind === 'app-message' ? 'app message' : 'error';
}

export interface TableEntry {
  /** The page's address: /errors/<code>/ or /guides/<slug>/. */
  url: string;
  /** The error's code or the guide's slug. */
  code: string;
  title: string;
  kind: SearchKind;
  /** One sentence, shown under the title in a result. */
  summary: string;
  /** Literal on-screen texts (errors only). */
  messages: string[];
  /** How people describe the problem when there is nothing to paste (searchTerms). */
  terms: string[];
}

export interface MessageTable {
  /** Bumped when the shape changes, so a cached old table is never misread. */
  version: 2;
  entries: TableEntry[];
}

export interface TableSource {
  code: string;
  title: string;
  kind: ErrorKind;
  summary: string;
  messages: readonly string[];
  searchTerms?: readonly string[] | undefined;
}

export interface GuideTableSource {
  slug: string;
  title: string;
  summary: string;
  searchTerms?: readonly string[] | undefined;
}

/**
 * The vocabulary of a set of entries: every word of 4+ characters in the
 * titles, messages, terms and codes, most frequent first, then A–Z. What typo
 * correction corrects towards; served beside the table as
 * /search/vocabulary.json and fetched only for words the table does not know.
 */
export function buildVocabulary(entries: readonly Pick<TableEntry, 'code' | 'title' | 'messages' | 'terms'>[]): string[] {
  const counts = new Map<string, number>();
  for (const e of entries) {
    for (const word of tokens([e.code.replace(/-/g, ' '), e.title, ...e.messages, ...e.terms].join(' '))) {
      if (word.length >= 4 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

export function buildMessageTable(errors: readonly TableSource[], guides: readonly GuideTableSource[] = []): MessageTable {
  const entries: TableEntry[] = [
    ...errors.map((e) => ({
      url: `/errors/${e.code}/`,
      code: e.code,
      title: e.title,
      kind: searchKind(e.kind),
      summary: e.summary,
      messages: [...e.messages],
      terms: [...(e.searchTerms ?? [])],
    })),
    ...guides.map((g) => ({
      url: `/guides/${g.slug}/`,
      code: g.slug,
      title: g.title,
      kind: 'guide' as const,
      summary: g.summary,
      messages: [],
      terms: [...(g.searchTerms ?? [])],
    })),
  ];
  return { version: 2, entries };
}

/** True for a table fetched from the network: the right version and shape. */
export function isMessageTable(value: unknown): value is MessageTable {
  const table = value as MessageTable | null;
  return (
    typeof table === 'object' && table !== null && table.version === 2 && Array.isArray(table.entries) &&
    table.entries.every((e) => typeof e?.code === 'string' && typeof e.url === 'string' && typeof e.title === 'string' && Array.isArray(e.messages) && Array.isArray(e.terms))
  );
}
