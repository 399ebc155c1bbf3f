import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { VERDICTS } from '../lib/content/enums';
import { lineField, whereField } from './fields';

/** A slug that is safe in a URL: answers travel in `?answers=`. */
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens');


const answer = z.object({
  /** Stable within its question; appears in shared URLs, so do not rename lightly. */
  id: slug,
  /** What the reader chooses, e.g. "A full-page error with a code". */
  label: lineField,
  /** The node this answer leads to. */
  next: reference('triage'),
});

/** One question per page, GOV.UK style: 2–5 answers, an optional one-line hint. */
const question = z.object({
  type: z.literal('question'),
  /** The page heading: one question, ending with "?". */
  question: lineField.regex(/\?$/, 'a question ends with "?"'),
  /** One line under the question, e.g. where to look for the answer. */
  hint: lineField.optional(),
  answers: z.array(answer).min(2, 'a question needs at least 2 answers').max(5, 'a question has at most 5 answers'),
});

/** Where a path ends: a verdict, why, the errors it concerns and the guides to try in order. */
const outcome = z.object({
  type: z.literal('outcome'),
  /** Labels live in src/lib/triage/labels.ts. */
  verdict: z.enum(VERDICTS),
  where: whereField,
  /** The page heading, e.g. "It looks like an outage". */
  title: lineField,
  /** One paragraph: why this verdict follows from the answers. */
  why: lineField,
  /** Error pages this outcome concerns; linked from the result. */
  errors: z.array(reference('errors')).default([]),
  /** Ordered; after the last one the page offers contacting support. */
  guides: z.array(reference('guides')).min(1, 'an outcome names at least one guide'),
});

/** A node of the triage tree in content/triage/tree.yaml; the id comes from the file. */
export const triageNodeSchema = z.discriminatedUnion('type', [question, outcome]);
