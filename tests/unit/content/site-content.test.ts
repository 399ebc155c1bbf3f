// The real content in content/ passes every schema and integrity rule.
// (The build runs the same integrity check; this gives authors a fast answer.)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/content/integrity';
import { loadContentSet, PROJECT_ROOT } from '../../support/content-set';

describe('site content', () => {
  const { problems, entries } = loadContentSet([join(PROJECT_ROOT, 'content')]);

  it('has no schema or integrity problems', () => {
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
  });

  it('covers the six featured error codes', () => {
    const codes = entries.filter((e) => e.collection === 'errors').map((e) => e.data.code);
    expect(codes).toEqual(expect.arrayContaining(['500', '502', '503', '504', '429', '1020']));
  });

  it('cites every source an entry lists', () => {
    const uncited = entries
      .filter((e) => e.body !== undefined)
      .flatMap((e) => {
        const listed = (e.data.sources as Array<{ id: string }>).map((s) => s.id);
        return listed.filter((id) => !e.body?.includes(`<Cite id="${id}"`)).map((id) => `${e.file}: ${id}`);
      });
    expect(uncited).toEqual([]);
  });
});
