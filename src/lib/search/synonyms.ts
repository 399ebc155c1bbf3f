/**
 * Everyday English for what the pages call something else: people "log out",
 * the pages say "sign out"; ChatGPT "is down", the pages say "outage". Used
 * only when the words as typed found no sure match.
 *
 * Pure: no DOM, no astro:*.
 */

const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\blog(?:ged|ging)?\s*(?:out|off)\b|\blogout\b/g, 'sign out'],
  [/\blog(?:ged|ging)?\s+(?:me\s+)?back\s+in\b/g, 'sign back in'],
  // "is ChatGPT down", "while it is down", not "slow down" or "shut down".
  [/\b(is|are|was|were|be|goes|going|went)\s+((?:\w+\s+)?)down\b/g, '$1 $2outage'],
  [/\bincognito\b/g, 'private window'],
  [/\bwi-?fi\b/g, 'wifi network'],
];

/** The lower-case text with everyday words swapped for the ones the pages use. */
export function withSynonyms(text: string): string {
  let out = text.toLowerCase();
  for (const [pattern, replacement] of SYNONYMS) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, ' ').trim();
}
