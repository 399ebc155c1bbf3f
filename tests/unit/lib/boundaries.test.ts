// src/lib/ is pure: the build, the tests and the browser islands all import it,
// so it must not reach for Astro's virtual modules or the DOM.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/content-set';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('src/lib boundaries', () => {
  const files = tsFiles(join(PROJECT_ROOT, 'src/lib'));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(PROJECT_ROOT, f), f]))('%s imports no astro:* module and touches no DOM', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/from\s+['"]astro:/);
    expect(code).not.toMatch(/\b(?:document|window|localStorage|sessionStorage)\./);
  });
});
