import { expect, test } from '@playwright/test';
import { builtPagePaths, expectNoAxeViolations, gotoWithTheme, TEMPLATE_PAGES } from './support';

// Every page, not only one per template: content can break accessibility too
// (a table, a heading order, a link text).
for (const path of builtPagePaths()) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${path} (${theme})`, async ({ page }) => {
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
