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
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await page.evaluate(() => 1)).toBe(1);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await page.getByLabel('Paste the error you see').fill('Network error');
  await page.getByRole('button', { name: 'Find this error' }).click();
  await expect(page.getByRole('link', { name: /A to Z list/ })).toBeVisible();
});
