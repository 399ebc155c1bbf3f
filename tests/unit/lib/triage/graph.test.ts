import { describe, expect, it } from 'vitest';
import { buildTree, checkTree, MAX_QUESTIONS_PER_PATH } from '../../../../src/lib/triage/graph';
import type { TriageNode } from '../../../../src/lib/triage/types';
import { KNOWN, NODES, TREE } from './fixture-tree';

const q = (id: string, ...next: string[]): TriageNode => ({ id, type: 'question', question: `${id}?`, answers: next.map((n, i) => ({ id: `a${i}`, label: n, next: n })) });
const end = (id: string): TriageNode => ({ id, type: 'outcome', verdict: 'the-app', title: id, why: 'because', where: { usually: ['device'], sometimes: [] }, errors: [], guides: ['private-window'] });

describe('checkTree', () => {
  it('accepts a sound tree', () => {
    expect(checkTree(TREE, KNOWN)).toEqual([]);
  });

  it('names a missing root', () => {
    expect(checkTree(buildTree(NODES, 'begin'), KNOWN)).toEqual([{ node: 'begin', field: '(entry)', message: 'the root node "begin" does not exist. The first question must have id "begin".' }]);
  });

  it('names the node and answer whose next does not exist', () => {
    const tree = buildTree([q('start', 'done', 'ghost'), end('done')]);
    expect(checkTree(tree, KNOWN)).toContainEqual({ node: 'start', field: 'answers[1].next', message: 'leads to "ghost", which is not a node of the tree.' });
  });

  it('finds a cycle and prints it', () => {
    const tree = buildTree([q('start', 'b', 'done'), q('b', 'start', 'done'), end('done')]);
    expect(checkTree(tree, KNOWN)).toEqual([{ node: 'start', field: 'answers', message: 'is part of a cycle: start → b → start. Every path must end at an outcome.' }]);
  });

  it('finds a node nobody reaches', () => {
    const tree = buildTree([q('start', 'done', 'done'), end('done'), end('lonely')]);
    expect(checkTree(tree, KNOWN)).toEqual([{ node: 'lonely', field: '(entry)', message: 'cannot be reached from "start": no answer leads to it.' }]);
  });

  it(`rejects a path longer than ${MAX_QUESTIONS_PER_PATH} questions`, () => {
    const chain = Array.from({ length: MAX_QUESTIONS_PER_PATH + 1 }, (_, i) => q(i === 0 ? 'start' : `q${i}`, i === MAX_QUESTIONS_PER_PATH ? 'done' : `q${i + 1}`, 'done'));
    const problems = checkTree(buildTree([...chain, end('done')]), KNOWN);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ node: `q${MAX_QUESTIONS_PER_PATH}`, field: '(entry)' });
    expect(problems[0]?.message).toMatch(/is question 9 on the path start → q1 → .* → q8; a path may ask at most 8\./);
  });

  it('names guides and errors that do not exist', () => {
    const tree = buildTree([q('start', 'done', 'done'), { ...(end('done') as Extract<TriageNode, { type: 'outcome' }>), guides: ['nope'], errors: ['999'] }]);
    expect(checkTree(tree, KNOWN)).toEqual([
      { node: 'done', field: 'guides[0]', message: 'guide "nope" does not exist.' },
      { node: 'done', field: 'errors[0]', message: 'error "999" does not exist.' },
    ]);
  });

  it('names a repeated answer id', () => {
    const node = q('start', 'done', 'done');
    if (node.type === 'question') node.answers[1]!.id = 'a0';
    expect(checkTree(buildTree([node, end('done')]), KNOWN)).toEqual([{ node: 'start', field: 'answers[1].id', message: 'answer id "a0" is used twice in this question.' }]);
  });
});
