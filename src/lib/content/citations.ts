/**
 * The `<Cite id="…" q="…" />` tags of an MDX body. Each names a source and the
 * key(s) of the quoted passage(s) in that source its claim rests on, so the
 * source list can show readers the exact words and the build can refuse a
 * citation without evidence.
 */

export interface Citation {
  /** The source id (the file name in content/sources/). */
  id: string;
  /** Quote keys in that source, in the order written; empty when `q` is missing. */
  quotes: string[];
}

const CITE_TAG = /<Cite\b([^>]*?)\/>/g;
const ATTRIBUTE = /(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every citation in the body, in order. A tag without an `id` is returned with an empty id. */
export function citationsIn(body: string): Citation[] {
  return [...body.matchAll(CITE_TAG)].map((tag) => {
    const attributes = new Map([...(tag[1] ?? '').matchAll(ATTRIBUTE)].map((m) => [m[1] ?? '', m[2] ?? m[3] ?? '']));
    const q = attributes.get('q') ?? '';
    return { id: attributes.get('id') ?? '', quotes: q.split(/\s+/).filter(Boolean) };
  });
}

/** Quote keys used per source, in first-use order: what a page's source list shows under each source. */
export function quotesBySource(citations: readonly Citation[]): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const { id, quotes } of citations) {
    const keys = used.get(id) ?? [];
    for (const key of quotes) if (!keys.includes(key)) keys.push(key);
    used.set(id, keys);
  }
  return used;
}
