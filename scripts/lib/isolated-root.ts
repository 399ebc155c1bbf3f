// A private project root for an extra `astro build` (the benchmark's, the
// fixture builds in the tests). Astro writes `.astro/content-modules.mjs` into
// the project root, so two builds in one root at once read each other's
// content and fail; a copy of the few files a build reads, with node_modules
// linked, gives each build its own. (Symlinking src/ does not work: Vite then
// compiles a file under two names.)
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/** Fills `dir` with a buildable copy of the project at `projectRoot`; returns `dir`. */
export function isolatedRoot(projectRoot: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
