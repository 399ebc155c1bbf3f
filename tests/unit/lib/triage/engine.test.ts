import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { back, choose, firstParent, isOutcome, nodePath, replay, NOTICES, stateFromUrl, startOver, urlForState } from '../../../../src/lib/triage/engine';
import type { TriageState } from '../../../../src/lib/triage/types';
import { TREE } from './fixture-tree';

const S = (answers: string[], start = 'start'): TriageState => ({ start, answers });

describe('moving through the tree', () => {
  it('follows answers to the node they lead to', () => {
    expect(replay(TREE, S(['page', 'here'])).node.id).toBe('done-browser');
    expect(replay(TREE, S(['page'])).steps.map((s) => s.question.id)).toEqual(['start']);
  });

  it('stops at the first answer that does not belong to the question', () => {
    const result = replay(TREE, S(['page', 'bogus', 'here']));
    expect(result.node.id).toBe('where');
    expect(result.answers).toEqual(['page']);
    expect(result.complete).toBe(false);
  });

  it('ignores answers given after an outcome', () => {
    const result = replay(TREE, S(['message', 'page']));
    expect(result.node.id).toBe('done-limit');
    expect(result.complete).toBe(false);
  });

  it('refuses an answer that is not offered at the current question', () => {
    expect(choose(TREE, S([]), 'everywhere')).toBeUndefined();
    expect(choose(TREE, S([]), 'page')).toEqual(S(['page']));
  });

  it('goes back one answer, and stays put at the start', () => {
    expect(back(S(['page', 'here']))).toEqual(S(['page']));
    expect(back(S([]))).toEqual(S([]));
    expect(startOver(TREE)).toEqual(S([]));
  });

  it('names the first question that leads to a node, for the no-JavaScript Back link', () => {
    expect(firstParent(TREE, 'done-browser')).toBe('where');
    expect(firstParent(TREE, 'start')).toBeUndefined();
  });
});

describe('URLs', () => {
  it('puts the root at /triage/ and the path of answers in the query', () => {
    expect(nodePath(TREE, 'start')).toBe('/triage/');
    expect(urlForState(TREE, S(['page', 'here']))).toBe('/triage/done-browser/?answers=page,here');
    expect(urlForState(TREE, S(['here'], 'where'), { from: '502', tried: [{ guide: 'private-window', fixed: false }] }))
      .toBe('/triage/done-browser/?start=where&answers=here&from=502&tried=private-window:no');
  });

  it('reads back exactly the state it wrote', () => {
    const url = new URL(urlForState(TREE, S(['here'], 'where'), { from: '502' }), 'http://x');
    expect(stateFromUrl(TREE, url.pathname, url.search)).toEqual({ state: S(['here'], 'where'), from: '502', tried: [] });
  });

  it('treats a plain node address as starting at that node', () => {
    expect(stateFromUrl(TREE, '/triage/where/', '')).toEqual({ state: S([], 'where'), tried: [] });
  });

  it.each([
    ['answers that do not fit', '/triage/done-browser/', '?answers=page,nope', S(['page']), NOTICES.lastStep],
    ['a path that ends elsewhere than the page', '/triage/done-outage/', '?answers=page,here', S(['page', 'here']), NOTICES.jump],
    ['markup in the answers', '/triage/where/', '?answers=%3Cscript%3E', S([]), NOTICES.restart],
    ['an oversized parameter', '/triage/where/', `?answers=${'page,'.repeat(500)}`, S([]), NOTICES.restart],
    ['an unknown start (answers replayed from the root)', '/triage/where/', '?start=nowhere&answers=page', S(['page']), NOTICES.lastStep],
    ['an unknown node and no answers', '/triage/nowhere/', '', S([]), NOTICES.restart],
    ['a start that is not the page, with no answers', '/triage/where/', '?start=start', S([], 'start'), NOTICES.jump],
  ])('resets %s and says what it did', (_name, path, search, expected, notice) => {
    const parsed = stateFromUrl(TREE, path, search);
    expect(parsed.state).toEqual(expected);
    expect(parsed.notice).toBe(notice);
  });

  it('drops a malformed `from` and a malformed `tried` list, and says only the results were left out', () => {
    const parsed = stateFromUrl(TREE, '/triage/', '?from=%3Cb%3E&tried=x:maybe');
    expect(parsed.from).toBeUndefined();
    expect(parsed.tried).toEqual([]);
    expect(parsed.notice).toBe(NOTICES.tried);
  });

  it('keeps valid answers when only the `tried` list is over-long', () => {
    const parsed = stateFromUrl(TREE, '/triage/done-browser/', `?answers=page,here&tried=${'private-window:no,'.repeat(60)}`);
    expect(parsed.state).toEqual(S(['page', 'here']));
    expect(parsed.tried).toEqual([]);
    expect(parsed.notice).toBe(NOTICES.tried);
  });
});

describe('properties', () => {
  const answerIndexes = fc.array(fc.nat({ max: 9 }), { maxLength: 20 });

  /** Walks the tree choosing answers by index (mod the number offered). */
  function walk(indexes: number[]): TriageState {
    let state = S([]);
    for (const i of indexes) {
      const { node } = replay(TREE, state);
      if (isOutcome(node)) break;
      const answer = node.answers[i % node.answers.length];
      state = choose(TREE, state, answer!.id) ?? state;
    }
    return state;
  }

  it('a random walk of enough answers always ends at an outcome', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 9 }), { minLength: 8, maxLength: 20 }), (indexes) => {
      expect(isOutcome(replay(TREE, walk(indexes)).node)).toBe(true);
    }));
  });

  it('back then forward restores the same state', () => {
    fc.assert(fc.property(answerIndexes, (indexes) => {
      const state = walk(indexes);
      fc.pre(state.answers.length > 0);
      const last = state.answers.at(-1)!;
      expect(choose(TREE, back(state), last)).toEqual(state);
    }));
  });

  it('any URL parses without throwing, to a state whose URL round-trips', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (path, search) => {
      const parsed = stateFromUrl(TREE, `/triage/${path}`, `?${search}`);
      const url = new URL(urlForState(TREE, parsed.state), 'http://x');
      expect(stateFromUrl(TREE, url.pathname, url.search).state).toEqual({ start: parsed.state.start, answers: replay(TREE, parsed.state).answers });
    }));
  });
});
