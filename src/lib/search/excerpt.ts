/**
 * Result excerpts as plain segments, never as HTML. Pagefind returns excerpts as
 * an HTML string with <mark> around matched words; the page text inside it can
 * hold anything an article quotes, including "<script>". The element renders
 * segments with text nodes and <mark> elements only, so nothing else can ever
 * become markup.
 */

export interface Segment {
  text: string;
  /** Shown highlighted, inside <mark>. */
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Decodes the character references an HTML excerpt can contain. Unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (NAMED[lower] !== undefined) return NAMED[lower];
    if (!lower.startsWith('#')) return whole;
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Splits an HTML excerpt into text and highlighted runs. Only <mark> and </mark>
 * carry meaning; any other tag is dropped and all text is decoded, then kept as
 * text.
 *
 * @example excerptSegments('a <mark>bad</mark> &lt;b&gt;') // → [{a }, {bad, mark}, { <b>}]
 */
export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  let rest = String(html ?? '');
  const tag = /<\/?([a-z][a-z0-9-]*)\b[^>]*>/i;
  for (let match = tag.exec(rest); match; match = tag.exec(rest)) {
    push(rest.slice(0, match.index));
    if (match[1]!.toLowerCase() === 'mark') mark = !match[0].startsWith('</');
    rest = rest.slice(match.index + match[0].length);
  }
  push(rest);
  return segments;
}

/**
 * Highlights whole words of `text` that are among `words` (lower case), for
 * results that come from the message table rather than from Pagefind.
 */
export function highlightSegments(text: string, words: readonly string[]): Segment[] {
  const wanted = new Set(words);
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}_]+/gu)) {
    if (!wanted.has(match[0].toLowerCase())) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
