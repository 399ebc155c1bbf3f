/** The codes the home page shows as cards, in this order. */
export const FEATURED_CODES = ['500', '502', '503', '504', '429', '1020'] as const;

/** The featured errors that exist, in FEATURED_CODES order. */
export function featuredErrors<T extends { code: string }>(errors: readonly T[]): T[] {
  return FEATURED_CODES.flatMap((code) => errors.filter((e) => e.code === code));
}
