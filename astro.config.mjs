// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { themeInit } from './src/scripts/theme-init.mjs';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  site: 'https://fixpath.example',
  trailingSlash: 'always',
  // The two file writers run after the pages exist: they read them back.
  integrations: [mdx(), securityHeaders(), sitemap()],
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
        // Pagefind compiles its search engine from WebAssembly. Under the _headers
        // CSP (which, unlike the meta tag, also governs its worker) that needs
        // 'wasm-unsafe-eval'; it allows WebAssembly only, never JavaScript eval.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [themeInit.hash],
      },
    },
  },
  // Component styles inside MDX are not hashed by Astro's CSP; emitting every
  // stylesheet as a file keeps them under 'self' (see TOOLCHAIN.md §7).
  build: { inlineStylesheets: 'never', format: 'directory' },
  // Shiki writes style="" attributes that a strict CSP blocks.
  markdown: { syntaxHighlight: 'prism' },
  vite: {
    build: {
      // Scripts as files, never inlined: cacheable, measurable, and hashed CSP stays short.
      assetsInlineLimit: 0,
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
