/**
 * How Pagefind ranks pages for Fixpath. Passed to `pagefind.options()` before
 * the first search. Tuned against the relevance suite
 * (tests/e2e/search-relevance.cases.ts); change a value only with that suite
 * green, and say why here.
 */
export const PAGEFIND_RANKING = {
  // Pagefind's default (1.0) ranks by how often a word appears relative to the
  // page's length, which favours a short guide that says "502" once over the
  // 502 page. Our pages are all short; a low value ranks by raw weighted hits,
  // so a page that is about the word wins.
  termFrequency: 0.3,
  // Default 0.75 favours short pages strongly. Fix guides are shorter than
  // error pages, so the default put guides above the error a person pasted.
  pageLength: 0.2,
  // Default 1.4. Lower saturates repeated words sooner, so a page that repeats
  // "network" ten times does not beat one whose title is the query.
  termSaturation: 1.0,
  // Default 1.0. Pagefind prefix-matches every word ("time" finds "timeout");
  // a higher value prefers whole-word matches, which pasted text always is.
  termSimilarity: 3.0,
  // What each metadata field is worth next to body text (1). The title and the
  // code are what people type; the literal messages are what they paste; the
  // symptom phrases are a hint, worth less than the messages.
  metaWeights: { title: 8, code: 10, messages: 6, terms: 4 },
} as const;

/** Words of page text around a match in a result excerpt (Pagefind's default is 30). */
export const EXCERPT_WORDS = 24;
