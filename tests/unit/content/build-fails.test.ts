// The real build, not only the fast validator, refuses broken content. Astro
// 7.3 only logs a broken reference(); src/data/content.ts makes it fail.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/content-set';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/content');
const work = mkdtempSync(join(tmpdir(), 'fixpath-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds valid/ with `scenario` laid over it; returns the exit code and all output. */
function build(scenario?: string) {
  const content = join(work, scenario ?? 'valid', 'content');
  cpSync(join(FIXTURES, 'valid'), content, { recursive: true });
  if (scenario) cpSync(join(FIXTURES, scenario), content, { recursive: true });
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', join(work, scenario ?? 'valid', 'dist')], {
    cwd: PROJECT_ROOT,
    // Its own content cache, so the real site's cache is never mixed with a fixture's.
    env: { ...process.env, FIXPATH_CONTENT_DIR: content, FIXPATH_CACHE_DIR: join(work, scenario ?? 'valid', 'cache'), PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

describe('astro build on fixture content', () => {
  it('builds the valid set', () => {
    const { status, output } = build();
    expect(output).not.toMatch(/content check failed/);
    expect(status).toBe(0);
  });

  it('stops on a reference to a guide that does not exist, naming file and field', () => {
    const { status, output } = build('unknown-reference');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Fixpath content check failed \(1 problem\):\n\s+.*unknown-reference\/content\/errors\/504\.mdx → fixes\[1\]: guide "wait-an-hour" does not exist/);
  });

  it('stops on a missing field, naming file and field', () => {
    const { status, output } = build('missing-field');
    expect(status).not.toBe(0);
    expect(output).toMatch(/errors → 504 data does not match collection schema/);
    expect(output).toMatch(/summary/);
    expect(output).toMatch(/missing-field\/content\/errors\/504\.mdx/);
  });

  it('stops on a cycle in the triage tree, naming the node', () => {
    const { status, output } = build('triage-cycle');
    expect(status).not.toBe(0);
    expect(output).toMatch(/tree\.yaml → start\.answers: node "start" is part of a cycle: start → again → start/);
  });
});
