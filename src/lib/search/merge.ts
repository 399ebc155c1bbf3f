/**
 * Per-term fallback. Pagefind ANDs every word it knows, so a long or noisy
 * query ("works on my phone but not my laptop") can find nothing although each
 * word finds good pages. Then each word is searched alone and the lists are
 * merged here: a page that several words find, or that a rare word finds in its
 * title, comes first.
 */

export interface TermHit {
  /** Pagefind's result id. */
  id: string;
  score: number;
}

export interface MergedHit {
  id: string;
  score: number;
  /** How many of the terms found this page. */
  terms: number;
}

/**
 * Merges one result list per term into one list, best first.
 *
 * A page earns its Pagefind score for each term, times that term's weight.
 * Raw scores are kept on purpose: Pagefind already scores a match in a title
 * or a message far above a passing mention in the text, and that is the signal
 * that matters here. A term's weight falls as it matches more pages (an inverse
 * document frequency), so "chatgpt", found on every page, counts for little,
 * and "slow", in a handful of titles, for a lot.
 *
 * @param perTerm one list per term; empty lists are skipped
 * @param totalPages pages in the index; defaults to the longest list
 */
export function mergeTermHits(perTerm: readonly (readonly TermHit[])[], totalPages?: number): MergedHit[] {
  const lists = perTerm.filter((list) => list.length > 0);
  const pages = Math.max(totalPages ?? 0, ...lists.map((list) => list.length), 1);
  const merged = new Map<string, MergedHit & { first: number }>();
  let order = 0;
  for (const list of lists) {
    const weight = Math.log(1 + pages / list.length);
    for (const hit of list) {
      const current = merged.get(hit.id) ?? { id: hit.id, score: 0, terms: 0, first: order++ };
      current.score += weight * hit.score;
      current.terms += 1;
      merged.set(hit.id, current);
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.score - a.score || b.terms - a.terms || a.first - b.first)
    .map(({ id, score, terms }) => ({ id, score, terms }));
}
