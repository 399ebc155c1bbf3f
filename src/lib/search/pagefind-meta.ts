/**
 * What Pagefind indexes about a page besides its text, as the attributes of an
 * empty element: the `kind` filter, and metadata that search matches with its
 * own weight (ranking.ts). Attributes, because text inside the element would
 * also land in the page body and in excerpts.
 */
import type { SearchKind } from './message-table';

export interface PageSearchMeta {
  kind: SearchKind;
  /** Error pages only: the code, e.g. "502". */
  code?: string | undefined;
  /** Error pages only: the literal on-screen messages. */
  messages?: readonly string[] | undefined;
  /** Symptom phrases from the entry's `searchTerms`. */
  terms?: readonly string[] | undefined;
}

/** Joins a list in one attribute: Pagefind splits `data-pagefind-meta` on commas, so the values may not use them as a separator. */
const LIST_SEPARATOR = ' · ';

export function pagefindMetaAttributes({ kind, code, messages = [], terms = [] }: PageSearchMeta): Record<string, string> {
  const attributes: Record<string, string> = { 'data-pagefind-filter': 'kind[data-kind]', 'data-kind': kind };
  const meta: string[] = [];
  if (code) { meta.push('code[data-code]'); attributes['data-code'] = code; }
  if (messages.length > 0) { meta.push('messages[data-messages]'); attributes['data-messages'] = messages.join(LIST_SEPARATOR); }
  if (terms.length > 0) { meta.push('terms[data-terms]'); attributes['data-terms'] = terms.join(LIST_SEPARATOR); }
  if (meta.length > 0) attributes['data-pagefind-meta'] = meta.join(', ');
  return attributes;
}
