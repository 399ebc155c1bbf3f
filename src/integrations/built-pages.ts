// Reads the HTML files a build wrote. Shared by the integrations that derive
// files from the finished pages (the _headers file, the sitemap).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltPage } from '../lib/seo/sitemap';

/** Every `.html` file under `root`, with its path relative to `root` (forward slashes). */
export function readBuiltPages(root: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push({ file: relative(root, path).split('\\').join('/'), html: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return pages.sort((a, b) => a.file.localeCompare(b.file));
}
