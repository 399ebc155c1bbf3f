// The real step-by-step check routes each situation to an outcome that says
// the same as the situation's own page: what the page would tell the reader.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choose, isOutcome, replay, startOver } from '../../../src/lib/triage/engine';
import { treeFromEntries, type TriageEntryData } from '../../../src/lib/triage/from-entries';
import type { TriageOutcome, TriageState } from '../../../src/lib/triage/types';
import { loadContentSet, PROJECT_ROOT } from '../../support/content-set';

const { entries } = loadContentSet([join(PROJECT_ROOT, 'content')]);
const tree = treeFromEntries(entries.filter((e) => e.collection === 'triage').map((e) => ({ id: e.id, data: e.data as unknown as TriageEntryData })));
const fixesOf = new Map(entries.filter((e) => e.collection === 'errors').map((e) => [e.id, (e.data.fixes as Array<{ id: string }>).map((f) => f.id)]));

/** Follows answer ids from the first question; fails loudly if one does not fit. */
function walk(...answers: string[]): TriageOutcome {
  let state: TriageState = startOver(tree);
  for (const answer of answers) {
    const next = choose(tree, state, answer);
    if (!next) throw new Error(`answer "${answer}" does not fit at "${replay(tree, state).node.id}"`);
    state = next;
  }
  const { node } = replay(tree, state);
  if (!isOutcome(node)) throw new Error(`the path ${answers.join(' → ')} ends at a question, "${node.id}"`);
  return node;
}

describe('the step-by-step check', () => {
  it.each([
    ['401', ['api', 'access', '401'], 'api-authentication'],
    ['403', ['api', 'access', '403'], 'api-permission'],
    ['404', ['api', 'access', '404'], 'api-not-found'],
    ['400', ['api', 'bad-request'], 'api-bad-request'],
    ['a rate limit', ['api', 'limit', 'rate-limit'], 'api-rate-limit'],
    ['503 Slow Down', ['api', 'limit', 'slow-down'], 'api-slow-down'],
  ])('never blames the API for a %s: the outcome is about the developer\'s side and names its page', (_name, path, page) => {
    const outcome = walk(...path);
    expect(outcome.verdict).not.toBe('service-outage');
    expect(outcome.errors).toContain(page);
  });

  it('leads a quota error with billing, never with backoff', () => {
    const outcome = walk('api', 'limit', 'quota');
    expect(outcome.guides[0]).toBe('fix-api-billing');
    expect(outcome.guides).not.toContain('rate-limits-and-backoff');
  });

  it('ends "something else" from the API at a neutral outcome that lists the API error pages', () => {
    const outcome = walk('api', 'other');
    expect(outcome.verdict).toBe('unclear');
    expect(outcome.errors.filter((id) => id.startsWith('api-')).length).toBeGreaterThan(2);
  });

  it('gives "Only one message at a time" its own outcome: wait first, no reload first, not a rate limit', () => {
    const outcome = walk('in-chat', 'one-at-a-time');
    expect(outcome.errors).toEqual(['only-one-message']);
    expect(outcome.guides[0]).toBe('wait-out-a-limit');
    expect(outcome.why).not.toMatch(/last longer/i);
  });

  it('never says waiting longer is a penalty for a ChatGPT limit', () => {
    expect(walk('in-chat', 'limit', 'many').why).not.toMatch(/last longer|longer block/i);
  });

  it('sends a page that never loads, or a browser error page, to the connection page', () => {
    expect(walk('no-load', 'only-this-site').errors).toContain('cannot-reach-site');
    expect(walk('no-load', 'nothing-opens').errors).toContain('cannot-reach-site');
  });

  it('keeps a broken reply on screen before anything that can lose it, with no router restart', () => {
    const outcome = walk('in-chat', 'broken-reply', 'all-clear');
    expect(outcome.errors).toContain('error-in-message-stream');
    expect(outcome.guides).not.toContain('restart-router-flush-dns');
    expect(outcome.why).toMatch(/keep what you have/i);
  });

  it('does not claim "it fails in every browser" after "I\'m not sure"', () => {
    const unsure = walk('in-chat', 'other', 'not-sure', 'not-tried', 'not-sure', 'not-sure');
    expect(unsure.why).not.toMatch(/fails in every browser/i);
  });

  it.each([
    ['api', 'limit', 'quota'],
    ['api', 'access', '401'],
    ['in-chat', 'one-at-a-time'],
    ['code-page', 'challenge'],
  ])('an outcome for one page tries that page\'s fixes in the page\'s order (%s…)', (...path) => {
    const outcome = walk(...path);
    const page = outcome.errors[0] as string;
    const order = fixesOf.get(page) ?? [];
    const positions = outcome.guides.map((g) => order.indexOf(g)).filter((i) => i >= 0);
    expect(positions.length).toBeGreaterThan(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
