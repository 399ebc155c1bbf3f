/**
 * How Pagefind ranks pages for Fixpath, passed to `pagefind.options()` before
 * the first search. Chosen by running the relevance suite
 * (tests/e2e/search-relevance.cases.ts, 66 queries) over a grid of settings;
 * change a value only with that suite green, and record what it showed here.
 *
 * What the grid showed (top-1 out of 66, all with 100% top-3):
 * - termFrequency, pageLength, termSaturation: Pagefind's defaults (1, 0.75,
 *   1.4) scored 64. Starlight-style low values (0.1–0.5) scored 62–63: with
 *   them, long error pages that mention a word in passing outrank the short
 *   guide that is about it ("ad blocker breaks chatgpt"). So they stay default.
 * - metaWeights below: 64. Symptom phrases (`terms`) at 4 instead of 6 lost
 *   "is chatgpt down right now" to pages that merely say "downtime".
 * - termSimilarity 9 (default 1) kept all 66 and is what makes text the site
 *   does not cover ("Fehler beim Laden der Unterhaltung") end in a calm "no
 *   match": see below.
 */
export const PAGEFIND_RANKING = {
  // Pagefind prefix-matches every word ("down" finds "downtime"), and a word it
  // does not know at all falls back to its longest indexed prefix ("fehler" →
  // "fe"). Pasted and typed words are whole words, so a high value scores those
  // stretched matches near zero, under runSearch's minScore, instead of letting
  // them fill the results with noise.
  termSimilarity: 9,
  // Each metadata field's weight next to body text (1). People type the code
  // and the title, and paste the literal messages; symptom phrases are written
  // for exactly the questions the page answers, so they count like messages.
  metaWeights: { title: 8, code: 10, messages: 6, terms: 6 },
};

/** Words of page text around a match in a result excerpt (Pagefind's default is 30). */
export const EXCERPT_WORDS = 24;
