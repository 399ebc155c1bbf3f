/**
 * Typo tolerance against the site's own vocabulary: the words of every title,
 * on-screen message, searchTerm and code (built with the known-message table).
 * "bad gatway" becomes "bad gateway" before the table or Pagefind sees it.
 *
 * A word is corrected only when it is not in the vocabulary, is long enough to
 * be a misspelling rather than another word (4 letters and up), and has one
 * nearest vocabulary word: edit distance 1 for words of up to 7 letters, 2 for
 * longer ones (a swap of two neighbouring letters counts as one edit).
 *
 * Pure: no DOM, no astro:*.
 */

/**
 * Optimal string alignment distance between `a` and `b`, or `max + 1` as soon
 * as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How far a word of this length may be from its correction. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * The vocabulary word `word` most likely misspells, or `word` itself. The
 * vocabulary is ordered most frequent first, which breaks ties.
 */
export function correctWord(word: string, vocabulary: readonly string[], known: ReadonlySet<string> = new Set(vocabulary)): string {
  const edits = allowedEdits(word.length);
  if (edits === 0 || known.has(word) || /\d/.test(word)) return word;
  let best = word;
  let bestDistance = edits + 1;
  for (const candidate of vocabulary) {
    if (candidate.length < 4 || Math.abs(candidate.length - word.length) > edits) continue;
    // A typo rarely changes the first letter (of a short word, never here), so
    // "mode" never becomes "node".
    if (word.length < 5 ? candidate[0] !== word[0] : candidate[0] !== word[0] && candidate[1] !== word[1]) continue;
    const d = editDistance(word, candidate, edits);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

export interface Corrected {
  /** The text with misspelt words replaced, lower case. */
  text: string;
  /** Each change as [typed, corrected]. */
  changes: Array<[string, string]>;
}

/**
 * Corrects each word of `text` (lower-case tokens joined by spaces) against the vocabulary.
 *
 * @param skip words never to correct (stop words, say)
 * @example correctText('bad gatway', ['gateway', 'bad']) // → { text: 'bad gateway', changes: [['gatway', 'gateway']] }
 */
export function correctText(words: readonly string[], vocabulary: readonly string[], skip: ReadonlySet<string> = new Set()): Corrected {
  const known = new Set(vocabulary);
  const changes: Array<[string, string]> = [];
  const out = words.map((word) => {
    if (skip.has(word)) return word;
    const fixed = correctWord(word, vocabulary, known);
    if (fixed !== word) changes.push([word, fixed]);
    return fixed;
  });
  return { text: out.join(' '), changes };
}
