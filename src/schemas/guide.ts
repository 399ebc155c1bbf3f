import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { PLATFORMS, RISKS } from '../lib/content/enums';
import { lineField, reviewedField, searchTermsField } from './fields';


/** A fix guide: `content/guides/<slug>.mdx`, served at `/guides/<slug>/`. Which errors use it is derived. */
export const guideSchema = z.object({
  /** An instruction, e.g. "Check the status page". */
  title: lineField,
  /** One sentence: what this does and when it helps. */
  summary: lineField.max(200, 'keep the summary to one sentence (200 characters at most)'),
  /** Typical time in minutes, rounded up. */
  minutes: z.number().int().positive().max(120),
  /** What following it can cost: `none`, `loses-unsaved-text`, `signs-you-out`, `resets-site-settings`, `interrupts-network`. */
  risk: z.enum(RISKS),
  /** Platforms the steps cover; `any` when they do not depend on one. */
  platforms: z.array(z.enum(PLATFORMS)).min(1, 'list at least one platform, or "any"'),
  /** Citations for the guide's claims, in the order they are first cited. */
  sources: z.array(reference('sources')).default([]),
  searchTerms: searchTermsField,
  reviewed: reviewedField,
});
