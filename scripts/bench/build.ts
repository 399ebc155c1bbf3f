// Timed builds for the benchmark: `astro build`, which also writes the search
// index (src/integrations/pagefind.ts), each with a fresh content cache so
// every build starts cold and the numbers compare.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BuildSample } from '../lib/bench/measure.ts';
import { listFiles } from '../../src/integrations/built-pages.ts';
import { isolatedRoot } from '../lib/isolated-root.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Runs `node <args>` in the project folder; resolves with its output and wall time, rejects on failure. */
function run(args: string[], env: Record<string, string>, cwd: string): Promise<{ output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((ok, fail) => {
    // process.execPath: the Node 22 that `npm run bench` runs on.
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) ok({ output, seconds });
      else fail(new Error(`node ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`));
    });
  });
}

/** Total bytes and number of files under `dir`. */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = listFiles(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0), files: files.length };
}

/**
 * Builds into `outDir` from `contentDir` (the real content/ when omitted) and
 * indexes it. `extraPages` is only recorded, for the per-page arithmetic.
 */
export async function timedBuild(input: { label: string; outDir: string; contentDir?: string; extraPages: number }): Promise<BuildSample> {
  const outDir = resolve(input.outDir);
  const cacheDir = mkdtempSync(join(tmpdir(), 'fixpath-bench-cache-'));
  // Its own project root, so the benchmark can build while the tests build too.
  const root = isolatedRoot(ROOT, mkdtempSync(join(tmpdir(), 'fixpath-bench-root-')));
  try {
    const env: Record<string, string> = { FIXPATH_CACHE_DIR: cacheDir, FIXPATH_CONTENT_DIR: resolve(input.contentDir ?? join(ROOT, 'content')) };
    const astro = await run([ASTRO, 'build', '--root', root, '--outDir', outDir], env, root);
    // Astro prints "48 page(s) built in 2.22s" and the index "… written to pagefind/ in 0.41 s"; colours are stripped first.
    const plain = astro.output.replace(/\x1b\[[0-9;]*m/g, '');
    const built = /(\d+) page\(s\) built/.exec(plain);
    const indexed = /written to pagefind\/ in ([\d.]+) s/.exec(plain);
    const indexSeconds = indexed ? Number(indexed[1]) : 0;
    const size = folderSize(outDir);
    return {
      label: input.label,
      extraPages: input.extraPages,
      pages: built ? Number(built[1]) : 0,
      // The index is written inside the astro build; report the two apart.
      astroSeconds: astro.seconds - indexSeconds,
      indexSeconds,
      distBytes: size.bytes,
      distFiles: size.files,
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
}
