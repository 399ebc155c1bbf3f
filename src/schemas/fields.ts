import { z } from 'astro/zod';
import { HOPS } from '../lib/content/enums';

/**
 * The date an author last checked the page against its sources (YYYY-MM-DD).
 * Shown as "Last reviewed" and used as `dateModified`. Dates in the future are
 * rejected by the integrity check, not here, so the message can name the file.
 */
export const reviewedField = z.coerce.date();

/** A non-empty line of prose with no leading or trailing spaces. */
export const lineField = z.string().trim().min(1, 'must not be empty');

/**
 * Optional: short phrases people type for this page's problem when there is no
 * on-screen text to copy, e.g. "works on my phone but not my laptop". Search
 * matches them with less weight than a title or a message (src/lib/search/ranking.ts);
 * they are not shown on the page. List only problems the page really answers,
 * in the reader's words. Default: none.
 */
export const searchTermsField = z
  .array(lineField.max(80, 'keep each search term short (80 characters at most)'))
  .max(8, 'list at most 8 search terms; more dilutes them')
  .default([]);

/**
 * Where the failure sits on the request path (device → network → edge →
 * servers → account): `usually` the hops where it mostly breaks, `sometimes`
 * where it can also break. Take both from the page's sources, never guess.
 * Whose side it is, the verdict line and the path picture are derived from it
 * (src/lib/content/where.ts). Example for a 502:
 * `{ usually: [edge, servers], sometimes: [network] }`.
 */
export const whereField = z
  .object({
    usually: z.array(z.enum(HOPS)).min(1, 'name at least one hop where it usually breaks'),
    sometimes: z.array(z.enum(HOPS)).default([]),
    /**
     * True when the message is the service working as designed (a policy
     * decision, a session that expired): nothing on the path is broken, and
     * `usually` names where the message comes from.
     */
    notAFault: z.boolean().default(false),
  })
  .refine((where) => !where.sometimes.some((hop) => where.usually.includes(hop)), {
    message: 'a hop is either `usually` or `sometimes`, not both',
    path: ['sometimes'],
  });
