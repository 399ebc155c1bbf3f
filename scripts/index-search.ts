// Builds the Pagefind index over the built site. Runs as the last step of
// `npm run build`; only elements marked data-pagefind-body are indexed.
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

// The benchmark indexes its synthetic builds elsewhere (FIXPATH_DIST_DIR).
const SITE = process.env.FIXPATH_DIST_DIR ? `${resolve(process.env.FIXPATH_DIST_DIR)}/` : new URL('../dist/', import.meta.url).pathname;

function fail(step: string, errors: string[]): never {
  console.error(`search index: ${step} failed:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail('createIndex', createErrors);

const added = await index.addDirectory({ path: SITE });
if (added.errors.length > 0) fail('addDirectory', added.errors);

const written = await index.writeFiles({ outputPath: `${SITE}pagefind` });
if (written.errors.length > 0) fail('writeFiles', written.errors);

await pagefind.close();
console.log(`search index: ${added.page_count} pages read, index written to dist/pagefind/`);
