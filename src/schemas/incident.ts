import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { lineField } from './fields';

/**
 * A documented outage: only incidents with a primary source (the provider's own
 * status page or write-up). Listed newest first at /incidents/ and on the
 * pages of the errors people saw.
 */
export const incidentSchema = z.object({
  /** The day it started, in the provider's own time zone (YYYY-MM-DD). */
  date: z.coerce.date(),
  /** Which service, e.g. "ChatGPT and the OpenAI API". */
  service: lineField,
  /** What people saw, in one line. */
  seen: lineField,
  /** Error pages for what people saw; only what the source itself names. */
  errors: z.array(reference('errors')).default([]),
  /** The cause in one line, as the provider explained it. */
  cause: lineField,
  /** The provider's own write-up or incident page. */
  source: reference('sources'),
  /** Keys of the passages in that source that show this incident (its `quotes`). */
  quotes: z.array(z.string()).default([]),
});
