// Every built page, visited once: the full axe rule set in the light theme
// (content can break accessibility too: a table, a heading order, a link text)
// and, in the same visit, no CSP violation, console error or request to
// another origin. scripts/serve-dist.ts applies dist/_headers, so each page
// runs under the header CSP and its own <meta> CSP at once, as on a static host.
//
// Per template: the colour rules in the dark theme (the dark theme only swaps
// colours, so nothing else can differ) and the 320 px layout.
import { test as base, expect, type Page } from '@playwright/test';
import {
  builtPagePaths,
  COLOUR_RULES,
  expectNoAxeViolations,
  gotoInTheme,
  presetTheme,
  TEMPLATE_PAGES,
  watchForViolations,
  type Theme,
  type ViolationWatch,
} from './support';

interface Visitor {
  page: Page;
  watch: ViolationWatch;
}

/**
 * One browser page per worker and theme, reused for every visit in this file.
 * A fresh browser context per test cost about 1 s of CPU each, two thirds of
 * this file's time. Reuse is safe here: these tests only load and read a page
 * (nothing is clicked, typed or stored), the watch is cleared before each
 * visit, and after a failed test Playwright starts a new worker, so no state
 * from one page can reach another page's result.
 */
const test = base.extend<object, { light: Visitor; dark: Visitor }>({
  light: [({ browser }, use) => visitorIn(browser, 'light', use), { scope: 'worker' }],
  dark: [({ browser }, use) => visitorIn(browser, 'dark', use), { scope: 'worker' }],
});

async function visitorIn(browser: import('@playwright/test').Browser, theme: Theme, use: (visitor: Visitor) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await presetTheme(page, theme);
  const watch = await watchForViolations(page);
  await use({ page, watch });
  await context.close();
}

test.describe.configure({ mode: 'parallel' });

for (const path of builtPagePaths()) {
  test(`${path}: axe finds nothing (light), and no CSP violation, console error or other-origin request`, async ({ light: { page, watch } }) => {
    watch.clear();
    await gotoInTheme(page, path, 'light');
    await expectNoAxeViolations(page);
    expect(await watch.read()).toEqual([]);
  });
}

for (const [name, path] of Object.entries(TEMPLATE_PAGES)) {
  test(`the ${name} template passes the colour rules in the dark theme`, async ({ dark: { page } }) => {
    await gotoInTheme(page, path, 'dark');
    await expectNoAxeViolations(page, { only: COLOUR_RULES });
  });

  test(`the ${name} template fits a 320 px screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

// The check above is only as good as its helper: it must see a real problem.
test('the axe check reports an image without alt text and text without contrast', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(image);
  });
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'Barely readable';
    faint.style.cssText = 'color: #777; background: #888';
    document.querySelector('main')?.append(faint);
  });
  await expect(expectNoAxeViolations(page, { only: COLOUR_RULES })).rejects.toThrow(/color-contrast/);
});
