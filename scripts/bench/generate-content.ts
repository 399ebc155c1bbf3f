// Writes a temporary content folder for the build benchmark: a copy of
// content/ plus N synthetic pages (scripts/lib/bench/synthetic.ts). The build
// reads it through FIXPATH_CONTENT_DIR; it is never part of the site.
//
//   node scripts/bench/generate-content.ts <folder> <pages>
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { syntheticContent } from '../lib/bench/synthetic.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

/** Replaces `folder` with content/ plus `pages` synthetic pages; returns how many files were added. */
export function generateContent(folder: string, pages: number): number {
  const target = resolve(folder);
  rmSync(target, { recursive: true, force: true });
  cpSync(CONTENT, target, { recursive: true });
  const sources = parseYaml(readFileSync(join(CONTENT, 'sources.yaml'), 'utf8')) as Array<{ id: string }>;
  // Today: the integrity check rejects review dates in the future.
  const reviewed = new Date().toISOString().slice(0, 10);
  const files = syntheticContent({ pages, sourceIds: sources.slice(0, 3).map((s) => s.id), reviewed });
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
