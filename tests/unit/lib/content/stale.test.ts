import { describe, expect, it } from 'vitest';
import { isStale, staleReviews } from '../../../../src/lib/content/stale';

describe('reviews that are due', () => {
  const today = new Date('2026-12-01T09:00:00Z');

  it('holds a review for six calendar months, to the day', () => {
    expect(isStale(new Date('2026-06-01'), today)).toBe(false);
    expect(isStale(new Date('2026-05-31'), today)).toBe(true);
  });

  it('lists the pages due, oldest first', () => {
    const pages = [
      { file: 'b.mdx', reviewed: new Date('2026-03-02') },
      { file: 'fresh.mdx', reviewed: new Date('2026-11-21') },
      { file: 'a.mdx', reviewed: new Date('2025-12-24') },
    ];
    expect(staleReviews(pages, today).map((p) => p.file)).toEqual(['a.mdx', 'b.mdx']);
  });
});
