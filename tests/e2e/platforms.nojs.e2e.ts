import { expect, test } from '@playwright/test';

test('without JavaScript every platform\'s steps are on the page under its own heading', async ({ page }) => {
  await page.goto('/guides/private-window/');
  for (const name of ['Chrome', 'Edge', 'Firefox', 'Safari']) {
    await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  }
  await expect(page.getByRole('tab')).toHaveCount(0);
});
