import { z } from 'astro/zod';

/**
 * The date an author last checked the page against its sources (YYYY-MM-DD).
 * Shown as "Last reviewed" and used as `dateModified`. Dates in the future are
 * rejected by the integrity check, not here, so the message can name the file.
 */
export const reviewedField = z.coerce.date();

/** A non-empty line of prose with no leading or trailing spaces. */
export const lineField = z.string().trim().min(1, 'must not be empty');
