/** Numeric codes first (429 before 500 before 1020), then app-message slugs alphabetically. */
export function compareCodes(a: string, b: string): number {
  const na = /^\d+$/.test(a) ? Number(a) : Number.POSITIVE_INFINITY;
  const nb = /^\d+$/.test(b) ? Number(b) : Number.POSITIVE_INFINITY;
  if (na !== nb) return na - nb;
  return a.localeCompare(b, 'en');
}

/** Ids of the entries whose `fixes` list includes `guideId`, in the given order. */
export function usedBy<T extends { id: string; fixes: ReadonlyArray<{ id: string }> }>(guideId: string, errors: readonly T[]): T[] {
  return errors.filter((error) => error.fixes.some((fix) => fix.id === guideId));
}
