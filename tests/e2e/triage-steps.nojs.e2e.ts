import { expect, test } from '@playwright/test';

test('without JavaScript, a step reached from several questions offers a way back to each', async ({ page }) => {
  await page.goto('/triage/status-page/');
  const back = page.getByRole('navigation', { name: 'Back to an earlier question' });
  await expect(back.getByRole('link', { name: 'Which code does the page show?' })).toHaveAttribute('href', '/triage/which-code/');
  await expect(back.getByRole('link', { name: 'Which message do you see?' })).toHaveAttribute('href', '/triage/which-message/');
});

test('without JavaScript, Enter on a chosen answer says to use Continue instead of silently reloading', async ({ page }) => {
  await page.goto('/triage/');
  const note = page.getByText(/Enter cannot choose an answer on this page without JavaScript/);
  await expect(note).toBeHidden();
  await page.getByRole('radio', { name: /A whole page with an error code/ }).check();
  await page.getByRole('radio', { name: /A whole page with an error code/ }).press('Enter');
  await expect(page).toHaveURL(/#use-continue$/);
  await expect(note).toBeVisible();
});
