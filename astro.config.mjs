// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { themeInit } from './src/scripts/theme-init.mjs';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { siteUrl } from './src/lib/site.ts';

export default defineConfig({
  // The public address for canonical links, Open Graph, the sitemap and the
  // feed: FIXPATH_SITE=https://help.example.org npm run build (README, "Deploy").
  site: siteUrl(process.env.FIXPATH_SITE),
  trailingSlash: 'always',
  // These run after the pages exist and read them back: the search index,
  // dist/_headers, sitemap.xml and robots.txt.
  integrations: [mdx(), pagefindIndex(), securityHeaders(), sitemap()],
  // The benchmark builds synthetic content with its own cache so the real
  // site's content cache is left alone and each timed build starts cold.
  ...(process.env.FIXPATH_CACHE_DIR ? { cacheDir: process.env.FIXPATH_CACHE_DIR } : {}),
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The theme must be set before first paint, so it is a classic inline
      // script. Astro does not hash `is:inline` scripts; we add its hash here.
      scriptDirective: {
        // Search runs Pagefind on the page itself (no worker: 12 KB less to
        // fetch), and Pagefind compiles its engine from WebAssembly, which a
        // CSP blocks without 'wasm-unsafe-eval' (in the meta tag and in the
        // _headers CSP alike). That keyword allows compiling WebAssembly only;
        // JavaScript eval() stays blocked.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [themeInit.hash],
      },
    },
  },
  // Component styles inside MDX are not hashed by Astro's CSP; emitting every
  // stylesheet as a file keeps them under 'self' (see TOOLCHAIN.md §7).
  build: { inlineStylesheets: 'never', format: 'directory' },
  // No highlighter: Shiki writes style="" attributes that a strict CSP blocks,
  // and Prism's token spans need a theme the site does not ship. Code blocks
  // are plain <pre><code>, styled by global.css.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Known, harmless Astro 7 MDX warning (withastro/astro#18087).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
