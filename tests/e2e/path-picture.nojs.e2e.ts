// The path picture on error pages and triage outcomes: drawn at build time, so
// it must read the same without JavaScript, on a phone and a wide screen, in both themes.
import { expect, test } from '@playwright/test';

for (const width of [320, 1440]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`without JavaScript the path picture marks where a 502 breaks (${width} px, ${colorScheme})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/errors/502/');
      const figure = page.locator('figure[data-path]');
      await expect(figure).toBeVisible();
      const hops = figure.locator('[data-hop]');
      await expect(hops).toHaveCount(5);
      // The mark is in words, not only in colour or border.
      await expect(figure.locator('[data-mark="usually"]').first()).toContainText('Usually here');
      await expect(figure.locator('figcaption')).toHaveText(/^Usually breaks at /);
      // Every hop fits the viewport: a row on a wide screen, a column on a phone.
      const boxes = await hops.evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top })));
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(width);
      const rows = new Set(boxes.map((b) => Math.round(b.top)));
      expect(rows.size).toBe(width < 640 ? 5 : 1);
    });
  }
}

test('without JavaScript a triage outcome shows its own path picture', async ({ page }) => {
  await page.goto('/triage/outcome-vpn/');
  await expect(page.locator('figure[data-path] [data-hop="network"]')).toHaveAttribute('data-mark', 'usually');
  await expect(page.locator('figure[data-path] figcaption')).toHaveText('Usually breaks at your network.');
});
