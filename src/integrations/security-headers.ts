// Writes dist/_headers after the build, for static hosts that read it
// (Netlify, Cloudflare Pages; scripts/serve-dist.ts applies it too).
// The CSP is taken from the <meta> tags Astro wrote into the pages, so the two
// cannot drift; the header adds what a <meta> policy cannot carry.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerCsp, headersFile, metaCsp } from '../lib/security/headers';
import { readBuiltPages } from './built-pages';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'fixpath:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = readBuiltPages(root).map((page) => metaCsp(page.html)).filter((p): p is string => p !== undefined);
        writeFileSync(`${root}/_headers`, headersFile(headerCsp(policies)));
        logger.info(`_headers written (CSP from ${policies.length} pages)`);
      },
    },
  };
}
