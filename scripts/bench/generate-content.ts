// Writes a temporary content folder for the build benchmark: a copy of
// content/ plus N synthetic pages (scripts/lib/bench/synthetic.ts). The build
// reads it through FIXPATH_CONTENT_DIR; it is never part of the site.
//
//   node scripts/bench/generate-content.ts <folder> <pages>
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { syntheticContent } from '../lib/bench/synthetic.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

/** Replaces `folder` with content/ plus `pages` synthetic pages; returns how many files were added. */
export function generateContent(folder: string, pages: number): number {
  const target = resolve(folder);
  rmSync(target, { recursive: true, force: true });
  cpSync(CONTENT, target, { recursive: true });
  // Cite sources that have quotes, so every synthetic citation names its evidence.
  const quoteKeys: Record<string, string> = {};
  for (const name of readdirSync(join(CONTENT, 'sources')).sort()) {
    const quotes = (parseYaml(readFileSync(join(CONTENT, 'sources', name), 'utf8')) as { quotes?: Record<string, string> }).quotes ?? {};
    const first = Object.keys(quotes)[0];
    if (first) quoteKeys[name.replace(/\.yaml$/, '')] = first;
    if (Object.keys(quoteKeys).length === 3) break;
  }
  const fallback = readdirSync(join(CONTENT, 'sources')).sort().slice(0, 3).map((n) => n.replace(/\.yaml$/, ''));
  const sourceIds = Object.keys(quoteKeys).length > 0 ? Object.keys(quoteKeys) : fallback;
  // Today: the integrity check rejects review dates in the future.
  const reviewed = new Date().toISOString().slice(0, 10);
  const files = syntheticContent({ pages, sourceIds, quoteKeys, reviewed });
  for (const file of files) {
    mkdirSync(dirname(join(target, file.path)), { recursive: true });
    writeFileSync(join(target, file.path), file.text);
  }
  return files.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [folder, count] = process.argv.slice(2);
  if (!folder || !count || !(Number(count) >= 2)) {
    console.error('usage: node scripts/bench/generate-content.ts <folder> <pages (2 or more)>');
    process.exit(1);
  }
  console.log(`${generateContent(folder, Number(count))} synthetic pages added to a copy of content/ in ${resolve(folder)}`);
}
