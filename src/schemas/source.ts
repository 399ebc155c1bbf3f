import { z } from 'astro/zod';
import { SOURCE_KINDS } from '../lib/content/enums';

/** At most this many words per quote: a passage, not a copy of the page. */
export const QUOTE_MAX_WORDS = 40;

const quoteKey = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens for a quote key');

const quote = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((text) => text.split(/\s+/).length <= QUOTE_MAX_WORDS, `keep a quote to ${QUOTE_MAX_WORDS} words at most; cite the passage, not the page`);

/**
 * One citation: `content/sources/<id>.yaml`, the file name is the id used by
 * `sources:` lists and `<Cite id="…" q="…" />`, e.g. `rfc9110-502`.
 */
export const sourceSchema = z.object({
  /** The document's own title, e.g. "RFC 9110, section 15.6.3: 502 Bad Gateway". */
  title: z.string().min(3),
  /** Who published it, e.g. "IETF", "MDN Web Docs", "Cloudflare", "OpenAI". */
  publisher: z.string().min(2),
  /** Where it can be read. Must be https. */
  url: z.url({ protocol: /^https$/ }),
  /** When an author last read it (YYYY-MM-DD). */
  accessed: z.coerce.date(),
  /** `primary`: the standard or the vendor's own text. `secondary`: a report of it (news, forum, mirror); readers see it marked. */
  kind: z.enum(SOURCE_KINDS),
  /**
   * The exact passages the site relies on, word for word from the source, each
   * under a short key: `{ gateway: "The 502 (Bad Gateway) status code …" }`.
   * Every `<Cite>` names the key(s) its claim rests on, and every quote must
   * be used by some page.
   */
  quotes: z.record(quoteKey, quote).default({}),
});

export type SourceData = z.output<typeof sourceSchema>;
