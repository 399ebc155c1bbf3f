import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0–2.2 A/AA plus axe best practices, as Starlight and GOV.UK run it. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Loads `path` with the theme already chosen, as a returning visitor would. */
export async function gotoWithTheme(page: Page, path: string, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('fixpath-theme', t), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** One page of each template, for checks that run per template. */
export const TEMPLATE_PAGES = {
  home: '/',
  'errors index': '/errors/',
  'error page': '/errors/502/',
  'app message': '/errors/network-error/',
  'guides index': '/guides/',
  'guide page': '/guides/clear-site-data/',
  'messages a-z': '/errors/a-z/',
  search: '/search/',
  'triage question': '/triage/',
  'triage outcome': '/triage/outcome-outage/',
  incidents: '/incidents/',
  'not found': '/no-such-page/',
} as const;
