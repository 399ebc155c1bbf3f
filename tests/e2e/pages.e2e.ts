// Every built page, visited once: the full axe rule set in the light theme
// (content can break accessibility too: a table, a heading order, a link text)
// and, in the same visit, no CSP violation, console error or request to
// another origin. scripts/serve-dist.ts applies dist/_headers, so each page
// runs under the header CSP and its own <meta> CSP at once, as on a static host.
//
// Per template: the colour rules in the dark theme (the dark theme only swaps
// colours, so nothing else can differ) and the 320 px layout.
import { expect, test } from '@playwright/test';
import { builtPagePaths, COLOUR_RULES, expectNoAxeViolations, gotoWithTheme, TEMPLATE_PAGES, watchForViolations } from './support';

test.describe.configure({ mode: 'parallel' });

for (const path of builtPagePaths()) {
  test(`${path}: axe finds nothing (light), and no CSP violation, console error or other-origin request`, async ({ page }) => {
    const problems = await watchForViolations(page);
    await gotoWithTheme(page, path, 'light');
    await expectNoAxeViolations(page);
    expect(await problems()).toEqual([]);
  });
}

for (const [name, path] of Object.entries(TEMPLATE_PAGES)) {
  test(`the ${name} template passes the colour rules in the dark theme`, async ({ page }) => {
    await gotoWithTheme(page, path, 'dark');
    await expectNoAxeViolations(page, { only: COLOUR_RULES });
  });

  test(`the ${name} template fits a 320 px screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
