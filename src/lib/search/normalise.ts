/**
 * Pasted-text clean-up for search. People paste whatever is on screen: a code,
 * one sentence, a whole Cloudflare page with a Ray ID and a timestamp, or an API
 * error as JSON. Pagefind ANDs every word it knows, so one stray token (a Ray ID,
 * `HTTP/1.1`, a URL) can turn a good query into zero results. This module takes
 * the noise out, and keeps the identifiers a support report needs.
 *
 * Pure: no DOM, no astro:*. The triage report imports `extractIds` from here.
 */

/** Longer pastes are cut here before any regular expression runs over them. */
export const MAX_INPUT_CHARS = 20_000;

/** What a paste can tell support besides the error itself. */
export interface PastedIds {
  /** Cloudflare Ray ID as shown, e.g. "8e4b0f1c2a3d4e5f" or, from a header, "8e4b0f1c2a3d4e5f-LHR". */
  rayId?: string;
  /** A request ID from an API error or a help-centre message, e.g. "req_3f9a…". */
  requestId?: string;
  /** The first date and time in the paste, exactly as written. */
  timestamp?: string;
}

const RAY_ID = /\b(?:cf-ray|ray[\s_-]?id)\b\s*[:#=]?\s*["']?([0-9a-f]{16}(?:-[a-z]{3})?)\b/i;
// A cf-ray header value pasted without its label: 16 hex digits, a dash, an airport code.
const BARE_RAY_ID = /\b([0-9a-f]{16}-[A-Z]{3})\b/;
const REQUEST_ID = /\b(?:x-)?request[\s_-]?id\b["'\s]*[:=]?\s*["']?([A-Za-z0-9][A-Za-z0-9_-]{7,})/i;
const REQ_TOKEN = /\b(req_[A-Za-z0-9]{8,})\b/;

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
// 2026-11-21T14:03:12Z, 2026-11-21 14:03:12 UTC, 2026-11-21T14:03:12.123+00:00
const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?(?![\w:])/i;
// Sat, 21 Nov 2026 14:03:12 GMT (the HTTP Date header)
const HTTP_DATE = new RegExp(`\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\\s+\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}\\s+\\d{2}:\\d{2}:\\d{2}\\s+GMT\\b`, 'i');

/** Each pattern is replaced by a space, in this order. */
const NOISE: readonly RegExp[] = [
  new RegExp(RAY_ID.source, 'gi'),
  new RegExp(BARE_RAY_ID.source, 'g'),
  new RegExp(REQUEST_ID.source, 'gi'),
  new RegExp(REQ_TOKEN.source, 'g'),
  new RegExp(HTTP_DATE.source, 'gi'),
  new RegExp(ISO_TIMESTAMP.source, 'gi'),
  // A clock time on its own: 14:03, 2:03:12 PM
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\b/gi,
  // Unix timestamps in seconds or milliseconds ("created": 1763733792)
  /\b\d{10}(?:\d{3})?\b/g,
  // Markup pasted from a page source or a hostile paste: tags and entities go, their text stays.
  /<\/?[a-z][^<>]*>?/gi,
  /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi,
  // What redactSecrets left in place of a key, token, cookie or address.
  /\[(?:API key|access token|cookie|e-mail address) removed\]/g,
  // A URL ends at whitespace, a quote, a bracket or a backslash: in compact JSON
  // ("…docs/api-errors.","type":"insufficient_quota") the rest is not the URL's.
  /\b(?:https?|wss?):\/\/[^\s"'`<>()[\]{}\\]+/gi,
  /\bwww\.[^\s"'`<>()[\]{}\\]+/gi,
  // IPv4 addresses ("Your IP: 203.0.113.7")
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/g,
  // UUIDs and long hex strings: trace ids, hashes, Ray IDs without a label
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b[0-9a-f]{16,}\b/gi,
  // The protocol in a status line: "HTTP/1.1 502 Bad Gateway" keeps "502 Bad Gateway"
  /\bHTTP\/\d(?:\.\d)?\b/gi,
  // "Error:" at the start of a line, repeated or not ("Error: Error: Network error")
  /^(?:[ \t]*error[ \t]*:)+/gim,
  // Double quotes and backticks anywhere; JSON and code punctuation
  /["“”„«»`{}[\]]/g,
  // Single quotes that quote, not the apostrophe inside "won't"
  /(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu,
];

function firstMatch(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return (match[1] ?? match[0]).trim();
  }
  return undefined;
}

/**
 * The Ray ID, request ID and timestamp in a paste, as written, so the triage
 * support report can carry them. Keys are absent when nothing was found.
 *
 * @example extractIds('Cloudflare Ray ID: 8e4b0f1c2a3d4e5f • 2026-11-21 14:03:12 UTC')
 * // → { rayId: '8e4b0f1c2a3d4e5f', timestamp: '2026-11-21 14:03:12 UTC' }
 */
export function extractIds(text: string): PastedIds {
  const input = String(text ?? '').slice(0, MAX_INPUT_CHARS);
  const ids: PastedIds = {};
  const rayId = firstMatch(input, [RAY_ID, BARE_RAY_ID]);
  const requestId = firstMatch(input, [REQ_TOKEN, REQUEST_ID]);
  const timestamp = firstMatch(input, [HTTP_DATE, ISO_TIMESTAMP]);
  if (rayId) ids.rayId = rayId;
  if (requestId) ids.requestId = requestId;
  if (timestamp) ids.timestamp = timestamp;
  return ids;
}

/**
 * The paste with the noise taken out and whitespace collapsed, in its original
 * case. This is what goes to Pagefind and to the known-message matcher.
 *
 * @example normalise('HTTP/1.1 502 Bad Gateway') // → '502 Bad Gateway'
 * @example normalise('Error: "Network error"')    // → 'Network error'
 */
export function normalise(text: string): string {
  let out = String(text ?? '').slice(0, MAX_INPUT_CHARS).normalize('NFKC');
  for (const pattern of NOISE) out = out.replace(pattern, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Lower-case word tokens: letters, digits and underscores, the way an API error
 * code like `insufficient_quota` is written. Every other character separates.
 *
 * @example tokens("Hmm…something seems") // → ['hmm', 'something', 'seems']
 */
export function tokens(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Names of the services every page is about; never a reason to show or hide a page. */
export const SERVICE_WORDS = ['chatgpt', 'openai', 'gpt', 'com', 'say', 'says', 'saying', 'said'] as const;

/**
 * Words too common to pick out a page: grammar, and the fillers of a typed
 * question ("is ChatGPT down right now", "really slow today"). Pagefind needs
 * every word of a query on a page, so one filler the right page lacks hides it.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a also am an and any are as at be but by can could currently do does don even for from get got has have how i if im ' +
    'in is it its just me my no not now of on or please really right s should so some still t that the their them then ' +
    'there this to today too very was we were what when where which while why will with would you your ' +
    // Service names: every page is about them, so they pick out nothing, and a
    // page that never writes "ChatGPT" must not vanish because the query did.
    SERVICE_WORDS.join(' '))
    .split(' '),
);

/** Plain lower-case letters and digits of a word, to compare with the stop list. */
function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');
}

/**
 * The query for Pagefind: the normalised text without stop words, unless that
 * would leave nothing.
 *
 * @example withoutStopWords('is ChatGPT down right now') // → 'ChatGPT down'
 */
export function withoutStopWords(text: string): string {
  const kept = text.split(' ').filter((word) => bare(word) !== '' && !STOP_WORDS.has(bare(word)));
  return kept.length > 0 ? kept.join(' ') : text;
}

/**
 * The words worth a search of their own when the whole query finds nothing:
 * codes first, then longer words first (they pick out fewer pages), at most `limit`.
 */
export function fallbackTerms(text: string, limit = 10): string[] {
  const unique = [...new Set(tokens(text))].filter((t) => (t.length > 1 || /\d/.test(t)) && !STOP_WORDS.has(t));
  const isCode = (t: string) => /^\d{3,4}$/.test(t);
  return unique
    .map((term, order) => ({ term, order }))
    .sort((a, b) => Number(isCode(b.term)) - Number(isCode(a.term)) || b.term.length - a.term.length || a.order - b.order)
    .slice(0, limit)
    .map(({ term }) => term);
}

/** The first `maxWords` words of a normalised query: Pagefind gets no 10,000-character string. */
export function clampWords(text: string, maxWords = 32): string {
  const words = text.split(' ');
  return words.length <= maxWords ? text : words.slice(0, maxWords).join(' ');
}
