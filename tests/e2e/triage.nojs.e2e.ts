import { expect, test } from '@playwright/test';

test('without JavaScript, radios and Continue links lead from the first question to a plan', async ({ page }) => {
  await page.goto('/triage/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What are you looking at right now?');
  await expect(page.getByText('Choose an answer, then Continue.')).toBeVisible();

  await page.getByRole('radio', { name: /The page never loads/ }).check();
  await expect(page.getByText('Choose an answer, then Continue.')).toBeHidden();
  const continues = page.getByRole('link', { name: /^Continue/ });
  await expect(continues).toHaveCount(1);
  await continues.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do other websites open on this device and network?');
  await page.getByRole('radio', { name: 'Yes, only ChatGPT fails' }).check();
  await page.getByRole('link', { name: /^Continue/ }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your browser cannot reach the site');
  const plan = page.locator('[data-triage-plan] > li > a');
  await expect(plan.first()).toHaveAttribute('href', '/guides/vpn-and-proxy/');
  await expect(page.locator('[data-triage-report]')).toHaveValue(/Likely cause: Your browser cannot reach the site/);
  await expect(page.getByRole('button', { name: 'Copy report' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Cannot reach the site' }).or(page.locator('a[href="/errors/cannot-reach-site/"]')).first()).toBeVisible();

  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do other websites open on this device and network?');
});

test('without JavaScript, the theme follows the system and the search form still leads somewhere', async ({ page }) => {
  // The page's scripts are off; Playwright's evaluate still reads computed styles.
  // Every colour of the palette is resolved (light-dark() picks by the colour
  // scheme), for the system setting and for the toggle's data-theme alike.
  const background = () => page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const names = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
      .flatMap((rule) => (rule instanceof CSSStyleRule ? [...rule.style] : []))
      .filter((name) => name.startsWith('--') && root.getPropertyValue(name).includes('light-dark('));
    const probe = document.body.appendChild(document.createElement('span'));
    const palette = [...new Set(names)].sort().map((name) => {
      probe.style.color = `var(${name})`;
      return `${name}: ${getComputedStyle(probe).color}`;
    });
    probe.remove();
    return [getComputedStyle(document.body).backgroundColor, ...palette].join('\n');
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  const systemDark = await background();
  // The palette the toggle's dark theme uses, set by hand since no script runs.
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  const chosenDark = await background();
  await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
  expect(light.split('\n').length).toBeGreaterThan(15);
  // Every colour changes with the scheme (each light-dark() pair differs).
  expect(light.split('\n').filter((line) => systemDark.split('\n').includes(line))).toEqual([]);
  expect(systemDark).toBe(chosenDark);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await page.getByLabel('Paste the error you see').fill('Network error');
  await page.getByRole('button', { name: 'Find this error' }).click();
  await expect(page.getByRole('link', { name: /A to Z list/ })).toBeVisible();
});
