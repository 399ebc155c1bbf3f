// Reads the HTML files a build wrote. Shared by the integrations that derive
// files from the finished pages (the _headers file, the sitemap).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltPage } from '../lib/seo/sitemap';

/** Every file under `root`, as paths relative to `root` with forward slashes, sorted. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort((a, b) => a.localeCompare(b));
}

/** Every `.html` file under `root`, with its path relative to `root` (forward slashes). */
export function readBuiltPages(root: string): BuiltPage[] {
  return listFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }));
}
