import { expect, test } from '@playwright/test';
import { builtPagePaths, watchForViolations } from './support';

// scripts/serve-dist.ts applies dist/_headers, so every page here runs under
// the header CSP and its own <meta> CSP at once, as on a static host.

for (const path of builtPagePaths()) {
  test(`${path} loads with no CSP violation, console error or request to another origin`, async ({ page }) => {
    const problems = await watchForViolations(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
  });
}

test('the violation watch does see a violation when one happens', async ({ page }) => {
  const problems = await watchForViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.png';
    document.body.append(img);
  });
  await expect.poll(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^CSP violation: img-src blocked https:\/\/tracker\.example/)]));
});

test('pages are served with the security headers from dist/_headers', async ({ request }) => {
  const response = await request.get('/errors/502/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/(^|; )default-src 'self'(;|$)/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain("'unsafe-inline'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
});

test("the header CSP carries every hash of the page's own meta CSP", async ({ page }) => {
  const response = await page.goto('/errors/502/');
  const header = response!.headers()['content-security-policy']!;
  const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  for (const source of meta!.match(/'sha(256|384|512)-[^']+'/g) ?? []) expect(header).toContain(source);
});

test('Pagefind loads its WebAssembly and finds results under the header CSP', async ({ page }) => {
  const problems = await watchForViolations(page);
  await page.goto('/errors/502/');
  const count = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    const search = await pagefind.search('gateway');
    return search.results.length as number;
  });
  expect(count).toBeGreaterThan(0);
  expect(await problems()).toEqual([]);
});

test('a page refuses to be framed by another site', async ({ page, baseURL }) => {
  // The outer page comes from another origin (a data: URL). Chromium replaces
  // a refused frame with its own error document, so the article never renders.
  await page.goto(`data:text/html,<iframe src="${baseURL}/errors/502/"></iframe>`);
  await expect.poll(() => page.frames().length).toBe(2);
  const frame = page.frames()[1]!;
  await frame.waitForLoadState();
  expect(frame.url()).not.toContain('/errors/502/');
  expect(await frame.getByRole('heading', { name: '502 Bad Gateway' }).count()).toBe(0);
});
