// Writes dist/sitemap.xml and dist/robots.txt after the build, listing the
// pages that were really written and are not marked noindex.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { robotsTxt, sitemapPaths, sitemapXml } from '../lib/seo/sitemap';
import { readBuiltPages } from './built-pages';

export function sitemap(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'fixpath:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        // Absolute URLs are the point of a sitemap; without `site` there are none to write.
        if (!site) throw new Error('fixpath:sitemap needs `site` in astro.config.mjs to write absolute URLs.');
        const root = fileURLToPath(dir);
        const paths = sitemapPaths(readBuiltPages(root));
        writeFileSync(`${root}/sitemap.xml`, sitemapXml(site, paths));
        writeFileSync(`${root}/robots.txt`, robotsTxt(site));
        logger.info(`sitemap.xml written (${paths.length} pages) with robots.txt`);
      },
    },
  };
}
