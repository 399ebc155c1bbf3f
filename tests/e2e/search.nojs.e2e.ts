// Without JavaScript, search still leads somewhere useful: the header link and
// the paste box reach /search/, which points to the A–Z list, the six codes and
// the step-by-step check.
import { expect, test } from '@playwright/test';

test('the header Search link is a plain link to /search/, which offers the A–Z list', async ({ page }) => {
  await page.goto('/errors/502/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
  await page.getByRole('link', { name: 'A to Z list of every message' }).click();
  await expect(page).toHaveURL(/\/errors\/a-z\/$/);
  await expect(page.getByRole('link', { name: '502 Bad Gateway' }).first()).toBeVisible();
});

test('a pasted error from the home page reaches /search/ with the six codes and the wizard', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Paste the error you see').fill('Error code 1020');
  await page.getByRole('button', { name: 'Find this error' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Error\+code\+1020&go=1$/);
  const search = page.locator('fixpath-search[data-mode="page"]');
  await expect(search.locator('.search-codes a')).toHaveCount(6);
  await expect(search.getByRole('link', { name: 'Error 1020: Access denied' })).toHaveAttribute('href', '/errors/1020/');
  await expect(search.getByRole('link', { name: 'Find out step by step' })).toHaveAttribute('href', '/triage/');
});

test('Ctrl+K does nothing harmful and the dialog stays closed', async ({ page }) => {
  await page.goto('/guides/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('dialog[data-search-dialog]')).toBeHidden();
});
