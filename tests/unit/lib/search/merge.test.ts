import { describe, expect, it } from 'vitest';
import { mergeTermHits } from '../../../../src/lib/search/merge';

describe('mergeTermHits', () => {
  it('puts a page found by several words above pages found by one', () => {
    const merged = mergeTermHits([
      [{ id: 'a', score: 5 }, { id: 'b', score: 4 }],
      [{ id: 'b', score: 3 }, { id: 'c', score: 9 }],
    ]);
    expect(merged[0]).toMatchObject({ id: 'b', terms: 2 });
  });

  it('counts a rare word for more than a word found everywhere', () => {
    const everywhere = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => ({ id, score: id === 'p1' ? 10 : 1 }));
    const rare = [{ id: 'p2', score: 1 }];
    expect(mergeTermHits([everywhere, rare], 6)[0]!.id).toBe('p2');
  });

  it('scales each word by its own best score, so raw score sizes do not matter', () => {
    const merged = mergeTermHits([[{ id: 'a', score: 1000 }], [{ id: 'b', score: 1 }]], 10);
    expect(merged[0]!.score).toBeCloseTo(merged[1]!.score);
  });

  it('skips empty lists and returns nothing for nothing', () => {
    expect(mergeTermHits([])).toEqual([]);
    expect(mergeTermHits([[], []])).toEqual([]);
    expect(mergeTermHits([[], [{ id: 'x', score: 0 }]])).toEqual([{ id: 'x', score: Math.log(2), terms: 1 }]);
  });
});
