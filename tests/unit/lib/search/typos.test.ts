import { describe, expect, it } from 'vitest';
import { allowedEdits, correctText, correctWord, editDistance } from '../../../../src/lib/search/typos';

const VOCAB = ['error', 'gateway', 'requests', 'network', 'service', 'unavailable', 'message', 'stream', 'something', 'insufficient_quota', 'limit', 'time', 'node'];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('gatway', 'gateway')).toBe(1);
    expect(editDistance('netwrok', 'network')).toBe(1);
    expect(editDistance('servise', 'service')).toBe(1);
    expect(editDistance('overloded', 'overloaded')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('gives up past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('correctWord', () => {
  it('allows one edit up to 7 letters, two from 8, none under 4', () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
    expect(correctWord('gatway', VOCAB)).toBe('gateway');
    expect(correctWord('unavalable', VOCAB)).toBe('unavailable');
    expect(correctWord('insuficient_quota', VOCAB)).toBe('insufficient_quota');
    expect(correctWord('eror', VOCAB)).toBe('error');
    expect(correctWord('limt', VOCAB)).toBe('limit');
  });

  it('keeps known words, numbers, short words and words with no close neighbour', () => {
    expect(correctWord('network', VOCAB)).toBe('network');
    expect(correctWord('gpt4o', VOCAB)).toBe('gpt4o');
    expect(correctWord('erx', VOCAB)).toBe('erx');
    expect(correctWord('laptop', VOCAB)).toBe('laptop');
    // A short word never changes its first letter.
    expect(correctWord('mode', VOCAB)).toBe('mode');
  });
});

describe('correctText', () => {
  it('corrects each word and lists the changes', () => {
    expect(correctText(['bad', 'gatway'], VOCAB)).toEqual({ text: 'bad gateway', changes: [['gatway', 'gateway']] });
    expect(correctText(['eror', 'in', 'mesage', 'stream'], VOCAB)).toEqual({ text: 'error in message stream', changes: [['eror', 'error'], ['mesage', 'message']] });
  });

  it('never touches words it is told to skip', () => {
    expect(correctText(['tiem'], VOCAB, new Set(['tiem'])).text).toBe('tiem');
    expect(correctText(['tiem'], VOCAB).text).toBe('time');
  });
});
