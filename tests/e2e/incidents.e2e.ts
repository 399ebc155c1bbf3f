import { expect, test } from '@playwright/test';

test('documented outages are listed newest first, each with its write-up and the passages quoted from it', async ({ page }) => {
  await page.goto('/incidents/');
  const dates = await page.locator('.incident-list time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(3);
  expect([...dates].sort().reverse()).toEqual(dates);
  const writeUps = page.getByRole('link', { name: /^The write-up \(/ });
  await expect(writeUps).toHaveCount(dates.length);
  // Every incident shows at least one passage of its write-up, word for word.
  const evidence = page.locator('.incident-list > li details.incident-evidence');
  await expect(evidence).toHaveCount(dates.length);
  for (const item of await evidence.all()) expect(await item.locator('blockquote').count()).toBeGreaterThan(0);
  for (const href of await writeUps.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^https:\/\//);
});

test('an error page links to the outages where people saw it', async ({ page }) => {
  await page.goto('/errors/502/');
  const link = page.getByRole('region', { name: 'Documented outages with this error' }).getByRole('link').first();
  await expect(link).toContainText('8 November 2023');
  await link.click();
  await expect(page.locator('.incident-list li:target')).toContainText('502 and 503');
});

test('the Atom feed lists every incident', async ({ request, page }) => {
  const response = await request.get('/incidents/feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('/incidents/');
  const count = await page.locator('.incident-list > li').count();
  expect(xml.match(/<entry>/g)?.length).toBe(count);
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
});
