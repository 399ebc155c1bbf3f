import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, gotoWithTheme, TEMPLATE_PAGES } from './support';

for (const theme of ['light', 'dark'] as const) {
  for (const [name, path] of Object.entries(TEMPLATE_PAGES)) {
    test(`axe finds no violations on the ${name} template (${theme})`, async ({ page }) => {
      await gotoWithTheme(page, path, theme);
      await expectNoAxeViolations(page);
    });
  }
}

for (const [name, path] of Object.entries(TEMPLATE_PAGES)) {
  test(`the ${name} template fits a 320 px screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
