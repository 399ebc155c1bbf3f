// Builds the Pagefind index over the built site. Runs as the last step of
// `npm run build`; only elements marked data-pagefind-body are indexed (error
// pages and guides), and inside them nothing marked data-pagefind-ignore.
//
// Only the files our own search element loads are written: Pagefind also emits
// three UI bundles, a highlighter, a WebAssembly build for pages with no
// language and its web worker (about 640 KB), which nothing on the site uses.
// The worker is unused because search runs with `noWorker`
// (src/islands/search/sources.ts); drop it from UNUSED if that changes.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

// The benchmark indexes its synthetic builds elsewhere (FIXPATH_DIST_DIR).
const SITE = process.env.FIXPATH_DIST_DIR ? `${resolve(process.env.FIXPATH_DIST_DIR)}/` : new URL('../dist/', import.meta.url).pathname;
const OUT = join(SITE, 'pagefind');
const UNUSED = /^(pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)|pagefind-worker\.js|wasm\.unknown\.pagefind)$/;

function fail(step: string, errors: string[]): never {
  console.error(`search index: ${step} failed:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

// Every page is English; forcing it keeps one index and one WebAssembly file.
const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail('createIndex', createErrors);

const added = await index.addDirectory({ path: SITE });
if (added.errors.length > 0) fail('addDirectory', added.errors);

const { files, errors: fileErrors } = await index.getFiles();
if (fileErrors.length > 0) fail('getFiles', fileErrors);

await rm(OUT, { recursive: true, force: true });
let bytes = 0;
let written = 0;
for (const file of files) {
  if (UNUSED.test(file.path)) continue;
  const target = join(OUT, file.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.content);
  bytes += file.content.byteLength;
  written += 1;
}

await pagefind.close();
console.log(`search index: ${added.page_count} HTML files read, ${written} files (${Math.round(bytes / 1024)} KB) written to dist/pagefind/`);
