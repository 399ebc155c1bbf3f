import { z } from 'astro/zod';

/** One citation. Every claim about a standard, a vendor or an incident links to one of these. */
export const sourceSchema = z.object({
  /** Stable id used by `sources:` lists and `<Cite id="…" />`, e.g. `rfc9110-502`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens'),
  /** The document's own title, e.g. "RFC 9110, section 15.6.3: 502 Bad Gateway". */
  title: z.string().min(3),
  /** Who published it, e.g. "IETF", "MDN Web Docs", "Cloudflare", "OpenAI". */
  publisher: z.string().min(2),
  /** Where it can be read. Must be https. */
  url: z.url({ protocol: /^https$/ }),
  /** When an author last read it (YYYY-MM-DD). */
  accessed: z.coerce.date(),
});

export type SourceData = z.output<typeof sourceSchema>;
