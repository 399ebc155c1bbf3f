import { expect, test } from '@playwright/test';
import { readFrontmatter } from '../../scripts/lib/frontmatter';

const frontmatter = (path: string) => readFrontmatter(new URL(`../../${path}`, import.meta.url));

test('the home page offers the paste box, the six codes and the step-by-step entry', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByLabel('Paste the error you see')).toBeVisible();
  const cards = page.locator('.card-grid .card a');
  await expect(cards).toHaveText(['500 Internal Server Error', '502 Bad Gateway', '503 Service Unavailable', '504 Gateway Timeout', '429 Too Many Requests', /1020/]);
  await expect(page.getByRole('link', { name: 'Find out step by step' }).first()).toHaveAttribute('href', '/triage/');
});

test('a known message pasted on the home page opens its page at once, and Back returns to the paste box', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Paste the error you see').fill('HTTP/1.1 502 Bad Gateway');
  await page.getByRole('button', { name: 'Find this error' }).click();
  await expect(page).toHaveURL(/\/errors\/502\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('other pasted text from the home page lands on the search results with the query', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Paste the error you see').fill('works on my phone but not my laptop');
  await page.getByRole('button', { name: 'Find this error' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=works\+on\+my\+phone\+but\+not\+my\+laptop$/);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
});

test('/errors/502/ lists its fixes in order, and each opens its guide', async ({ page }) => {
  const expected = frontmatter('content/errors/502.mdx').fixes as string[];
  await page.goto('/errors/502/');
  const links = page.locator('[data-fix-list] > li > a');
  await expect(links).toHaveCount(expected.length);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected.map((id) => `/guides/${id}/`));
  const firstTitle = await links.first().textContent();
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle ?? '');
});

test('an error page shows its verdict, messages and numbered sources linked from the text', async ({ page }) => {
  await page.goto('/errors/502/');
  await expect(page.locator('[data-verdict]')).toContainText('their side');
  await expect(page.locator('[data-messages] li').first()).toHaveText('502 Bad Gateway');
  const firstCite = page.locator('sup.cite a').first();
  await expect(firstCite).toHaveText('[1]');
  // [1] leads to the passage of source 1 that backs the sentence, shown word for word.
  const target = (await firstCite.getAttribute('href'))!.slice(1);
  const passage = page.locator(`ol.sources > li:first-child blockquote[id="${target}"]`);
  await expect(passage).toHaveCount(1);
  await expect(passage).not.toBeEmpty();
  await expect(page.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('a guide page links back to the errors it fixes', async ({ page }) => {
  await page.goto('/guides/check-status-page/');
  const usedFor = page.locator('[data-used-for]');
  await expect(usedFor.getByRole('link', { name: '502 Bad Gateway' })).toHaveAttribute('href', '/errors/502/');
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/errors/999/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await expect(page.getByRole('link', { name: '502 Bad Gateway' })).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/errors/502/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('platform steps become tabs that remember the reader\'s choice across guides', async ({ page }) => {
  await page.goto('/guides/private-window/');
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveText(['Chrome', 'Edge', 'Firefox', 'Safari']);
  await expect(page.getByRole('tab', { selected: true })).toHaveText('Chrome');
  await page.getByRole('tab', { name: 'Chrome' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Firefox' })).toBeFocused();
  await expect(page.getByRole('tabpanel')).toHaveCount(1);
  await expect(page.getByRole('tabpanel')).toContainText(/Firefox|Private Window/i);

  await page.goto('/guides/refresh-then-hard-refresh/');
  await expect(page.getByRole('tab', { selected: true })).toHaveText('Firefox');
});

test('an article carries BreadcrumbList and TechArticle data whose dateModified is its visible review date', async ({ page }) => {
  await page.goto('/guides/check-status-page/');
  const blocks = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}') as Record<string, unknown>));
  const article = blocks.find((b) => b['@type'] === 'TechArticle');
  const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ name: string }> } | undefined;
  expect(article?.dateModified).toBe(await page.locator('p.meta time').first().getAttribute('datetime'));
  expect(crumbs?.itemListElement.map((c) => c.name)).toEqual(['Home', 'Fix guides', 'Check the status page']);
  // The origin is whatever FIXPATH_SITE built for; the path is the page's own.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/guides\/check-status-page\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Check the status page');
});
