/**
 * Recognises a known message or code in a (normalised) paste, so the answer can
 * come from the small message table instead of the full-text index.
 *
 * Matching works on lower-case word tokens, so punctuation, case, quotes and the
 * "…" vs "..." spelling never matter: "too many requests in 1 hour try again later"
 * is the same as "Too many requests in 1 hour. Try again later."
 */
import type { MessageTable } from './message-table';
import { STOP_WORDS, tokens } from './normalise';

export type HitKind =
  /** The whole query is a title or a message. */
  | 'exact'
  /** The query is a code, perhaps with words like "error" or "HTTP": "error 502". */
  | 'code'
  /** The query holds a whole message: a pasted page or API error. */
  | 'contains'
  /** The query is a large part of one message: "too many requests in 1 hour". */
  | 'within'
  /** One word away from a message of four words or more. */
  | 'close'
  /** Most of the query's words are in a title or message, in any order. */
  | 'overlap'
  /** A code or number that appears in the page's title or messages. */
  | 'mention'
  /** A browser code of a family the page lists (ERR_…, DNS_PROBE_…), though not this one. */
  | 'family';

export interface Hit {
  /** The page's address. */
  url: string;
  /** The title or message that matched, as the page writes it. */
  matched: string;
  kind: HitKind;
  score: number;
  /** Sure enough to answer from the table alone, without the full-text search. */
  strong: boolean;
}

export interface Recognition {
  /** Best first, one per page. Empty when nothing matched. */
  hits: Hit[];
  /** The best hit is strong: answer without loading Pagefind. */
  strong: boolean;
}

/** Words that say nothing about which error it is: "what does error code 502 mean". */
const FILLER = new Set(
  ('a am an api chatgpt cloudflare code codes do does error errors fix get getting got help how http https i id im ' +
    'in is it keep keeps me mean meaning means message my number of on openai page ray reference response returned ' +
    'returns say says see seeing server show showing shows site status the this to web website what when why with')
    .split(' '),
);

const NUMBER = /^\d{3,4}$/;

/** One token that names a single thing: `insufficient_quota`, `RateLimitError`. */
function isDistinctive(token: string): boolean {
  return token.includes('_') || token.length >= 12;
}

/** ` a b c ` contains ` b c `: whole-token containment through a string search. */
function containsRun(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** True when `a` becomes `b` by changing, adding or removing one token. */
function withinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** `term`: a searchTerm, how people describe the problem; it ranks under a literal message. */
interface Phrase { url: string; text: string; words: string[]; joined: string; term: boolean }

const phraseCache = new WeakMap<MessageTable, Phrase[]>();

function phrasesOf(table: MessageTable): Phrase[] {
  let phrases = phraseCache.get(table);
  if (!phrases) {
    phrases = table.entries.flatMap((entry) => {
      const make = (text: string, term: boolean): Phrase => {
        const words = tokens(text);
        return { url: entry.url, text, words, joined: words.join(' '), term };
      };
      return [make(entry.title, false), ...entry.messages.map((m) => make(m, false)), ...entry.terms.map((t) => make(t, true))];
    });
    phraseCache.set(table, phrases);
  }
  return phrases;
}

/** Browser and network codes come in families; a page that lists some of one answers the rest. */
const FAMILY = /^(err_|dns_probe_|ssl_error_|sec_error_|pr_[a-z_]*_error$|mozilla_pkix_error_)/;

function familyOf(word: string): string | undefined {
  return FAMILY.exec(word)?.[1];
}

function scorePhrase(phrase: Phrase, query: string[], joined: string, informative: string[]): Omit<Hit, 'url' | 'matched'> | undefined {
  const scored = scoreWords(phrase, query, joined, informative);
  // A searchTerm counts a little under a message or title of the same match.
  return scored && phrase.term ? { ...scored, score: scored.score - 5 } : scored;
}

function scoreWords(phrase: Phrase, query: string[], joined: string, informative: string[]): Omit<Hit, 'url' | 'matched'> | undefined {
  const { words } = phrase;
  if (words.length === 0) return undefined;
  if (joined === phrase.joined) return { kind: 'exact', score: 1000, strong: true };

  if (words.length >= 2 || isDistinctive(words[0]!)) {
    if (containsRun(joined, phrase.joined)) {
      // Of the words that say something, how many this message explains.
      const explained = informative.filter((w) => words.includes(w)).length;
      const coverage = informative.length === 0 ? 1 : explained / informative.length;
      return { kind: 'contains', score: 500 + 10 * words.length, strong: words.length >= 4 || coverage >= 0.6 };
    }
  }
  if (query.length >= 2 && containsRun(phrase.joined, joined)) {
    const share = query.length / words.length;
    return {
      kind: 'within',
      score: 400 * share,
      strong: (query.length >= 3 && share >= 0.5) || share >= 0.66,
    };
  }
  if (words.length >= 4 && withinOneEdit(query, words)) return { kind: 'close', score: 450, strong: true };
  // "429 rate limit api python": three of its four telling words are in
  // "OpenAI API: 429 Rate limit reached". A hint, never an answer on its own.
  const shared = new Set(informative.filter((w) => words.includes(w))).size;
  if (shared >= 3 && shared / informative.length >= 0.75) return { kind: 'overlap', score: 250 + 100 * (shared / words.length), strong: false };
  // A question worded much like a searchTerm: "is chatgpt down right now or is it
  // just me" and "Is ChatGPT down for everyone or just me". Every telling word of
  // the query is in it, and most of the words of both. A hint, never an answer.
  if (phrase.term && informative.length > 0 && informative.every((w) => words.includes(w))) {
    const all = new Set(query);
    const common = new Set(words.filter((w) => all.has(w))).size;
    if (common / new Set(words).size >= 0.6 && common / all.size >= 0.5) return { kind: 'overlap', score: 200 + 100 * (common / words.length), strong: false };
  }
  return undefined;
}

/**
 * Finds the pages whose code, title or literal messages match the query.
 *
 * @param query the normalised paste (see `normalise`)
 * @example recognise('Error code 502', table) // → { strong: true, hits: [{ code: '502', kind: 'code', … }] }
 */
export function recognise(query: string, table: MessageTable): Recognition {
  const words = tokens(query);
  if (words.length === 0) return { hits: [], strong: false };
  const joined = words.join(' ');
  const informative = words.filter((w) => !FILLER.has(w) && !STOP_WORDS.has(w));
  const numbers = informative.filter((w) => NUMBER.test(w));
  const codeOnly = informative.length === 1 && numbers.length === 1;

  const best = new Map<string, Hit>();
  const offer = (hit: Hit) => {
    const current = best.get(hit.url);
    if (!current || hit.score > current.score) best.set(hit.url, hit);
  };

  for (const entry of table.entries) {
    if (NUMBER.test(entry.code) && numbers.includes(entry.code)) {
      offer(codeOnly
        ? { url: entry.url, matched: entry.title, kind: 'code', score: 900, strong: true }
        : { url: entry.url, matched: entry.title, kind: 'code', score: 200, strong: false });
    }
  }
  const phrases = phrasesOf(table);
  for (const phrase of phrases) {
    const scored = scorePhrase(phrase, words, joined, informative);
    if (scored) offer({ url: phrase.url, matched: phrase.text, ...scored });
    else if (codeOnly && phrase.words.includes(numbers[0]!)) {
      // "1015" is no page's code, but "Error 1015" is a 429 message.
      offer({ url: phrase.url, matched: phrase.text, kind: 'mention', score: 300, strong: true });
    }
  }
  // ERR_CONNECTION_CLOSED, listed nowhere, belongs with the page that lists ERR_CONNECTION_RESET.
  if (best.size === 0) {
    const families = new Set(informative.map(familyOf).filter((f): f is string => f !== undefined));
    if (families.size > 0) {
      const counts = new Map<string, { count: number; matched: string }>();
      for (const phrase of phrases) {
        const n = phrase.words.filter((w) => families.has(familyOf(w) ?? '')).length;
        if (n > 0) {
          const c = counts.get(phrase.url) ?? { count: 0, matched: phrase.text };
          c.count += n;
          counts.set(phrase.url, c);
        }
      }
      const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
      ranked.forEach(([url, { count, matched }], i) =>
        offer({ url, matched, kind: 'family', score: 150 + count, strong: i === 0 && (ranked.length === 1 || count >= 2 * ranked[1]![1].count) }));
    }
  }

  // One API error code (`insufficient_quota`) found in a paste names its page,
  // as long as no other page's code is in the same paste.
  const codeHits = [...best.values()].filter((h) => h.kind === 'contains' && /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(h.matched));
  if (codeHits.length === 1 && ![...best.values()].some((h) => h.strong)) {
    const only = codeHits[0]!;
    best.set(only.url, { ...only, strong: true });
  }

  const hits = [...best.values()].sort((a, b) => b.score - a.score);
  return { hits, strong: hits[0]?.strong ?? false };
}
