import { describe, expect, it } from 'vitest';
import { mergeTermHits } from '../../../../src/lib/search/merge';

describe('mergeTermHits', () => {
  it('puts a page found by several words above pages found by one', () => {
    const merged = mergeTermHits([
      [{ id: 'a', score: 5 }, { id: 'b', score: 4 }],
      [{ id: 'b', score: 4 }, { id: 'c', score: 6 }],
    ]);
    expect(merged[0]).toMatchObject({ id: 'b', terms: 2 });
  });

  it('counts a rare word for more than a word found everywhere', () => {
    const everywhere = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => ({ id, score: id === 'p1' ? 2 : 1 }));
    const rare = [{ id: 'p2', score: 1 }];
    expect(mergeTermHits([everywhere, rare], 6)[0]!.id).toBe('p2');
  });

  it('keeps Pagefind\'s scores, so a title match beats a passing mention', () => {
    const slow = [{ id: 'slow-responses', score: 12 }, { id: 'other', score: 1 }];
    const today = [{ id: 'unrelated', score: 1.5 }];
    expect(mergeTermHits([slow, today], 20)[0]!.id).toBe('slow-responses');
  });

  it('skips empty lists and returns nothing for nothing', () => {
    expect(mergeTermHits([])).toEqual([]);
    expect(mergeTermHits([[], []])).toEqual([]);
    expect(mergeTermHits([[], [{ id: 'x', score: 2 }]])).toEqual([{ id: 'x', score: 2 * Math.log(2), terms: 1 }]);
  });
});
