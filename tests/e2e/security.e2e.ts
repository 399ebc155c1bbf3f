import { expect, test } from '@playwright/test';
import { watchForViolations } from './support';

// The per-page watch (no CSP violation, console error or other-origin request)
// runs in pages.e2e.ts, in the same visit as axe; this file proves the watch
// and the headers themselves.

test('the violation watch does see a violation when one happens', async ({ page }) => {
  const watch = await watchForViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.png';
    document.body.append(img);
  });
  await expect.poll(watch.read).toEqual(expect.arrayContaining([expect.stringMatching(/^CSP violation: img-src blocked https:\/\/tracker\.example/)]));
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

test('hashed assets get a one-year immutable cache, pages do not', async ({ page }) => {
  const response = await page.goto('/errors/502/');
  expect(response!.headers()['cache-control']).not.toContain('immutable');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(stylesheet).toMatch(/^\/_astro\//);
  const asset = await page.request.get(stylesheet!);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the server answers a malformed or escaping address with 400 and keeps serving', async ({ request }) => {
  expect((await request.get('/%E0%A4%A')).status()).toBe(400);
  expect((await request.get('/a%2F..%2F..%2Fdist-secret%2Fx.txt')).status()).toBe(400);
  expect((await request.get('/')).status()).toBe(200);
});

test('Pagefind loads its WebAssembly and finds results under the header CSP', async ({ page }) => {
  const watch = await watchForViolations(page);
  await page.goto('/errors/502/');
  const count = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    const search = await pagefind.search('gateway');
    return search.results.length as number;
  });
  expect(count).toBeGreaterThan(0);
  expect(await watch.read()).toEqual([]);
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
