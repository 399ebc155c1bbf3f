import type { GuideEntry, SourceEntry } from './content';

/**
 * What an article's MDX components need from the page that renders it. The page
 * stores it in `Astro.locals.article` just before rendering the body, because
 * MDX components receive no props from the page.
 */
export interface ArticleContext {
  /** Project-relative path, for build errors. */
  file: string;
  /** Source ids in citation order: `<Cite id>` renders the 1-based position. */
  sourceIds: string[];
  /** The ordered fixes for `<Fixes />` (error pages only). */
  fixes: GuideEntry[];
}

export function articleContext(file: string, sources: SourceEntry[], fixes: GuideEntry[] = []): ArticleContext {
  return { file, sourceIds: sources.map((s) => s.id), fixes };
}
