// The real build, not only the fast validator, refuses broken content. Astro
// 7.3 only logs a broken reference(); src/data/content.ts makes it fail.
// fixtures.test.ts pins every rule's message; here three builds prove the
// wiring: the valid set builds, Astro's schema errors stop the build, and so
// does the integrity check, listing every problem it finds. They run at once,
// each in its own copy of the project root (scripts/lib/isolated-root.ts).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedRoot } from '../../../scripts/lib/isolated-root';
import { PROJECT_ROOT } from '../../support/content-set';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/content');
const work = mkdtempSync(join(tmpdir(), 'fixpath-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds valid/ with `scenarios` laid over it, in order; resolves with the exit code and all output. */
function build(name: string, scenarios: string[] = []): Promise<{ status: number | null; output: string }> {
  const content = join(work, name, 'content');
  for (const layer of ['valid', ...scenarios]) cpSync(join(FIXTURES, layer), content, { recursive: true });
  const root = isolatedRoot(PROJECT_ROOT, join(work, name, 'root'));
  const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--root', root, '--outDir', join(work, name, 'dist')], {
    cwd: root,
    // Its own content cache, so the real site's cache is never mixed with a fixture's.
    env: { ...process.env, FIXPATH_CONTENT_DIR: content, FIXPATH_CACHE_DIR: join(work, name, 'cache'), PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((ok, fail) => {
    child.on('error', fail);
    child.on('close', (status) => ok({ status, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

describe.concurrent('astro build on fixture content', { timeout: 180_000 }, () => {
  it('builds the valid set, with its search index', async () => {
    const { status, output } = await build('valid');
    expect(output).not.toMatch(/content check failed/);
    expect(output).toMatch(/search index: \d+ HTML files read/);
    expect(status).toBe(0);
  });

  it('stops on a missing field, naming file and field', async () => {
    const { status, output } = await build('missing-field', ['missing-field']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/errors → 504 data does not match collection schema/);
    expect(output).toMatch(/summary/);
    expect(output).toMatch(/missing-field\/content\/errors\/504\.mdx/);
  });

  it('stops on broken references and a triage cycle, naming each file and field', async () => {
    const { status, output } = await build('integrity', ['unknown-reference', 'triage-cycle']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Fixpath content check failed \(2 problems\):/);
    expect(output).toMatch(/content\/errors\/504\.mdx → fixes\[1\]: guide "wait-an-hour" does not exist/);
    expect(output).toMatch(/tree\.yaml → start\.answers: node "start" is part of a cycle: start → again → start/);
  });
});
