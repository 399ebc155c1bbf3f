import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { ERROR_KINDS } from '../lib/content/enums';
import { lineField, reviewedField, searchTermsField, whereField } from './fields';

/** An error page: `content/errors/<file>.mdx`, served at `/errors/<code>/`. */
export const errorSchema = z.object({
  /** The URL segment and the short name: "502", "1020", or a slug such as "network-error". */
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use digits, lowercase letters and hyphens, e.g. "502" or "network-error"'),
  /** The page heading, e.g. "502 Bad Gateway". */
  title: lineField,
  /** One plain sentence a tired person understands. Also the meta description. */
  summary: lineField.max(200, 'keep the summary to one sentence (200 characters at most)'),
  /** `http` (a status code), `cloudflare` (a Cloudflare page or challenge), `browser` (the browser's own error page, e.g. ERR_NAME_NOT_RESOLVED) or `app-message` (the service's own wording). */
  kind: z.enum(ERROR_KINDS),
  /**
   * The literal texts a person sees on screen, word for word, each backed by a
   * source. Never a description of a symptom: that goes in `searchTerms`. The
   * first five show under "What you see"; all of them further down and in search.
   */
  messages: z.array(lineField).default([]),
  searchTerms: searchTermsField,
  where: whereField,
  /** Guides to try, in the order to try them. The first is the "first thing to try". */
  fixes: z.array(reference('guides')).min(1, 'name at least one guide to try'),
  /** Errors people confuse with this one, or meet next. */
  related: z.array(reference('errors')).default([]),
  /** Citations for the claims on the page, in the order they are first cited. */
  sources: z.array(reference('sources')).min(1, 'cite at least one source'),
  /** The step-by-step question this error's "Find out step by step" link opens at. Default: the first question. */
  triage: reference('triage').optional(),
  reviewed: reviewedField,
});
