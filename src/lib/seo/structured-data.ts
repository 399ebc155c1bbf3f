import { isoDay } from '../content/labels';

/** JSON-LD for search engines: BreadcrumbList and TechArticle, built from plain data. */

export interface Crumb {
  label: string;
  /** Site-relative path such as `/errors/`. The current page has none. */
  href?: string;
}

export function breadcrumbList(crumbs: Crumb[], pageUrl: string, site: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href ? new URL(crumb.href, site).href : pageUrl,
    })),
  };
}

export function techArticle(input: { headline: string; description: string; url: string; dateModified: Date }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    dateModified: isoDay(input.dateModified),
    publisher: { '@type': 'Organization', name: 'Fixpath' },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so content cannot close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
