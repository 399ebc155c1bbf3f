// The real content in content/ passes every schema and integrity rule.
// (The build runs the same integrity check; this gives authors a fast answer.)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURED_CODES } from '../../../src/lib/content/featured';
import { formatProblems } from '../../../src/lib/content/integrity';
import { loadContentSet, PROJECT_ROOT } from '../../support/content-set';

describe('site content', () => {
  const { problems, entries } = loadContentSet([join(PROJECT_ROOT, 'content')]);

  it('has no schema or integrity problems', () => {
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
  });

  // "Every listed source is cited" is an integrity rule (bodyRules), pinned by
  // the listed-not-cited fixture; the check above runs it on this content.
  it('has a page for every featured error code', () => {
    const codes = entries.filter((e) => e.collection === 'errors').map((e) => e.data.code);
    expect(codes).toEqual(expect.arrayContaining([...FEATURED_CODES]));
  });
});
