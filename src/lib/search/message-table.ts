/**
 * The known-message table: every error page's code, title and literal on-screen
 * messages, small enough to fetch before Pagefind. The build writes it to
 * /search/messages.json (src/pages/search/messages.json.ts); the search element
 * answers an exact or near-exact paste from it without loading Pagefind.
 */
import type { ErrorKind } from '../content/enums';

/** The search filter a page belongs to: what the reader would call it. */
export type SearchKind = 'error' | 'app message' | 'guide';

/** Error kinds from the content schema, mapped to the search filter. */
export function searchKind(kind: ErrorKind): SearchKind {
  return kind === 'app-message' ? 'app message' : 'error';
}

export interface TableEntry {
  /** The URL segment: the page is /errors/<code>/. */
  code: string;
  title: string;
  kind: SearchKind;
  /** One sentence, shown under the title in a result. */
  summary: string;
  /** Literal on-screen texts. */
  messages: string[];
}

export interface MessageTable {
  /** Bumped when the shape changes, so a cached old table is never misread. */
  version: 1;
  entries: TableEntry[];
}

export interface TableSource {
  code: string;
  title: string;
  kind: ErrorKind;
  summary: string;
  messages: readonly string[];
}

export function buildMessageTable(errors: readonly TableSource[]): MessageTable {
  return {
    version: 1,
    entries: errors.map((e) => ({
      code: e.code,
      title: e.title,
      kind: searchKind(e.kind),
      summary: e.summary,
      messages: [...e.messages],
    })),
  };
}

/** True for a table fetched from the network: the right version and shape. */
export function isMessageTable(value: unknown): value is MessageTable {
  const table = value as MessageTable | null;
  return (
    typeof table === 'object' && table !== null && table.version === 1 && Array.isArray(table.entries) &&
    table.entries.every((e) => typeof e?.code === 'string' && typeof e.title === 'string' && Array.isArray(e.messages))
  );
}
