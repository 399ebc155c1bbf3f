import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readBuiltPages } from '../../src/integrations/built-pages';
import { urlPathOf } from '../../src/lib/seo/sitemap';

/**
 * The rules a colour scheme can change. The dark theme swaps only CSS custom
 * properties, so in dark mode only these can find something light mode did not.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The axe rule tags: WCAG 2.0–2.2 A/AA plus axe best practices, as Starlight and GOV.UK run it. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's browser build, injected into the page under test. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe in the page as it is now and expects no violation: the full rule
 * set (`AXE_TAGS`), or `{ only: COLOUR_RULES }` for just those rules.
 *
 * axe-core runs directly in the page rather than through @axe-core/playwright:
 * that wrapper opens a second blank page on every call to merge results from
 * iframes, which tripled the cost of each check (about 1.8 s against 0.6 s).
 * Fixpath's pages have no iframes, and the first assertion keeps it so: a
 * frame would need its own run.
 */
export async function expectNoAxeViolations(page: Page, { only }: { only?: string[] } = {}) {
  expect(page.frames(), `${page.url()} has an iframe, which this axe check does not look inside`).toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: AXE_TAGS };
  const summary = await page.evaluate(async (runOnly) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { runOnly: runOnly as import('axe-core').RunOnly, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, runOnly);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export type Theme = 'light' | 'dark';

/** Makes every later page load in `page` start in `theme`, as for a returning visitor who chose it. */
export async function presetTheme(page: Page, theme: Theme) {
  await page.addInitScript((t) => localStorage.setItem('fixpath-theme', t), theme);
}

/** Loads `path` and waits until the page shows `theme` (set with `presetTheme`). */
export async function gotoInTheme(page: Page, path: string, theme: Theme) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Loads `path` with the theme already chosen, as a returning visitor would. */
export async function gotoWithTheme(page: Page, path: string, theme: Theme) {
  await presetTheme(page, theme);
  await gotoInTheme(page, path, theme);
}

/** One page of each template, for checks that run per template. */
export const TEMPLATE_PAGES = {
  home: '/',
  'errors index': '/errors/',
  'error page': '/errors/502/',
  'app message': '/errors/network-error/',
  'guides index': '/guides/',
  'guide page': '/guides/check-status-page/',
  'guide with platform steps': '/guides/clear-site-data/',
  'messages a-z': '/errors/a-z/',
  search: '/search/',
  'triage question': '/triage/',
  'triage outcome': '/triage/outcome-outage/',
  incidents: '/incidents/',
  'not found': '/no-such-page/',
} as const;

/**
 * Every page in the built site, as the URL a visitor uses: `/errors/502/` for
 * errors/502/index.html, and `/404.html` for the not-found page (served as a
 * file here, so it answers 200 and its own checks are not muddled by the 404).
 * Read from dist/ when the test files load; `npm test` builds first.
 */
export function builtPagePaths(): string[] {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) throw new Error('dist/ has no index.html: run `npm run build` before the browser tests.');
  return readBuiltPages(dist).map((page) => urlPathOf(page.file));
}

/**
 * Counts the page's requests in flight. `settled()` waits until none is: the
 * concrete signal that whatever the page fetched has arrived (unlike
 * `networkidle`, which waits for 500 ms of quiet and slows under load).
 * Call before `goto`.
 */
export function trackRequests(page: Page): { settled: () => Promise<void> } {
  let pending = 0;
  page.on('request', () => void pending++);
  page.on('requestfinished', () => void pending--);
  page.on('requestfailed', () => void pending--);
  return { settled: () => expect.poll(() => pending, { message: 'requests still in flight' }).toBe(0) };
}

/** What `watchForViolations` has seen so far. */
export interface ViolationWatch {
  /** Waits until no request is in flight, then lists what was seen since the start or the last `clear`. */
  read: () => Promise<string[]>;
  /** Forgets what was seen, for a page that is reused for the next visit. */
  clear: () => void;
}

/**
 * Starts recording what a page does that it must not: CSP violations (the
 * event, and the console error a worker's violation turns into), any console
 * error or uncaught exception, and requests to another origin. Call before
 * `goto`; it keeps watching every later load in the same page.
 */
export async function watchForViolations(page: Page): Promise<ViolationWatch> {
  const problems: string[] = [];
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin;
  const requests = trackRequests(page);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  // Each document keeps its own list, so a new load starts empty.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = []);
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    read: async () => {
      await requests.settled();
      return [...problems, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
    },
    clear: () => void problems.splice(0),
  };
}
