import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticContent } from '../../../../../scripts/lib/bench/synthetic';
import { formatProblems } from '../../../../../src/lib/content/integrity';
import { loadContentSet, PROJECT_ROOT } from '../../../../support/content-set';

const options = { sourceIds: ['rfc9110-502', 'mdn-502', 'openai-status'], reviewed: '2026-11-01' };

describe('syntheticContent', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('makes half errors and half guides, the odd page going to errors', () => {
    const files = syntheticContent({ ...options, pages: 7 });
    expect(files.filter((f) => f.path.startsWith('errors/'))).toHaveLength(4);
    expect(files.filter((f) => f.path.startsWith('guides/'))).toHaveLength(3);
  });

  it('is the same on every run', () => {
    expect(syntheticContent({ ...options, pages: 10 })).toEqual(syntheticContent({ ...options, pages: 10 }));
  });

  it('passes every schema and integrity rule on top of the real content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixpath-synthetic-'));
    dirs.push(dir);
    // Real source ids, as generate-content.ts picks them, so content edits cannot break this.
    const real = loadContentSet([join(PROJECT_ROOT, 'content')]).entries;
    const sourceIds = real.filter((e) => e.collection === 'sources').slice(0, 3).map((e) => e.id);
    for (const file of syntheticContent({ ...options, sourceIds, reviewed: new Date().toISOString().slice(0, 10), pages: 40 })) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
    // Today, as the benchmark runs it: a fixed "today" would call every page
    // reviewed after it a future date.
    const { problems, entries } = loadContentSet([join(PROJECT_ROOT, 'content'), dir]);
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
    expect(entries.filter((e) => e.id.startsWith('synthetic-'))).toHaveLength(40);
  });

  it('refuses counts that cannot pair every error with a guide', () => {
    expect(() => syntheticContent({ ...options, pages: 1 })).toThrow(/at least 2 pages/);
  });
});
