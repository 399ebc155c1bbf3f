import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { lineField, reviewedField, searchTermsField } from './fields';

/** How an error reaches the reader: an HTTP status, a Cloudflare 1xxx page, or the service's own wording. */
export const ERROR_KINDS = ['http', 'cloudflare', 'app-message'] as const;

/** Whose side the problem usually sits on. */
export const FAULTS = ['upstream', 'local', 'either'] as const;

/** An error page: `content/errors/<file>.mdx`, served at `/errors/<code>/`. */
export const errorSchema = z.object({
  /** The URL segment and the short name: "502", "1020", or a slug such as "network-error". */
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use digits, lowercase letters and hyphens, e.g. "502" or "network-error"'),
  /** The page heading, e.g. "502 Bad Gateway". */
  title: lineField,
  /** One plain sentence a tired person understands. Also the meta description. */
  summary: lineField.max(200, 'keep the summary to one sentence (200 characters at most)'),
  kind: z.enum(ERROR_KINDS),
  /** The literal texts a person sees on screen, as they appear. Search matches them. */
  messages: z.array(lineField).min(1, 'list at least one message exactly as it appears on screen'),
  searchTerms: searchTermsField,
  fault: z.enum(FAULTS),
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

export type ErrorInput = z.input<typeof errorSchema>;
