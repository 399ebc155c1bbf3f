/**
 * "Reviewed means reviewed": a page whose `reviewed` date is older than this
 * is reported by the build (a warning) and listed by the benchmark, so someone
 * checks it against its sources again. Pure and import-free, so Node scripts
 * can load it directly.
 */

/** How long a review holds. */
export const STALE_AFTER_MONTHS = 6;

/** True when `reviewed` lies more than STALE_AFTER_MONTHS before `today` (calendar days, UTC). */
export function isStale(reviewed: Date, today: Date): boolean {
  const cutoff = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - STALE_AFTER_MONTHS, today.getUTCDate());
  return reviewed.getTime() < cutoff;
}

/** The pages among `pages` that are due for a review, oldest first. */
export function staleReviews<T extends { reviewed: Date }>(pages: readonly T[], today: Date): T[] {
  return pages.filter((page) => isStale(page.reviewed, today)).sort((a, b) => a.reviewed.getTime() - b.reviewed.getTime());
}
