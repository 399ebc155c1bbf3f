// Indexes the built site for search when `astro build` finishes, so the build
// alone gives a site with search (as Starlight does). Only elements marked
// data-pagefind-body are indexed (error pages and guides), and inside them
// nothing marked data-pagefind-ignore.
//
// Only the files our own search element loads are written: Pagefind also emits
// three UI bundles, a highlighter, a WebAssembly build for pages with no
// language and its web worker (about 640 KB), which nothing on the site uses.
// The worker is unused because search runs with `noWorker`
// (src/islands/search/sources.ts); drop it from UNUSED if that changes.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const UNUSED = /^(pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)|pagefind-worker\.js|wasm\.unknown\.pagefind)$/;

function failed(step: string, errors: string[]): Error {
  return new Error(`search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Writes `<root>/pagefind/`; returns a one-line summary. */
export async function indexSite(root: string): Promise<string> {
  const started = performance.now();
  const out = join(root, 'pagefind');
  try {
    // Every page is English; forcing it keeps one index and one WebAssembly file.
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw failed('createIndex', createErrors);
    const added = await index.addDirectory({ path: root });
    if (added.errors.length > 0) throw failed('addDirectory', added.errors);
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw failed('getFiles', fileErrors);

    await rm(out, { recursive: true, force: true });
    let bytes = 0;
    let written = 0;
    for (const file of files) {
      if (UNUSED.test(file.path)) continue;
      const target = join(out, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
      bytes += file.content.byteLength;
      written += 1;
    }
    // The benchmark reads the seconds from this line.
    return `search index: ${added.page_count} HTML files read, ${written} files (${Math.round(bytes / 1024)} KB) written to pagefind/ in ${((performance.now() - started) / 1000).toFixed(2)} s`;
  } finally {
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'fixpath:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await indexSite(fileURLToPath(dir)));
      },
    },
  };
}
