import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { lineField, reviewedField, searchTermsField } from './fields';

/** What a guide can cost the reader. Shown beside every step that links to it. */
export const RISKS = ['none', 'loses-unsaved-text', 'signs-you-out', 'resets-site-settings', 'interrupts-network'] as const;

/** Platforms a guide has steps for. `any` means the steps do not depend on the platform. */
export const PLATFORMS = [
  'any', 'chrome', 'edge', 'firefox', 'safari', 'windows', 'macos', 'linux', 'ios', 'android', 'api',
] as const;

/** A fix guide: `content/guides/<slug>.mdx`, served at `/guides/<slug>/`. Which errors use it is derived. */
export const guideSchema = z.object({
  /** An instruction, e.g. "Check the status page". */
  title: lineField,
  /** One sentence: what this does and when it helps. */
  summary: lineField.max(200, 'keep the summary to one sentence (200 characters at most)'),
  /** Typical time in minutes, rounded up. */
  minutes: z.number().int().positive().max(120),
  risk: z.enum(RISKS),
  platforms: z.array(z.enum(PLATFORMS)).min(1, 'list at least one platform, or "any"'),
  sources: z.array(reference('sources')).default([]),
  searchTerms: searchTermsField,
  reviewed: reviewedField,
});

export type GuideInput = z.input<typeof guideSchema>;
