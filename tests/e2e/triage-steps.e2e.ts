// The check under latency and across reloads: one answer per step however the
// reader clicks, earlier answers kept, the breadcrumb and the report in step.
import { expect, test, type Page } from '@playwright/test';
import { TriageModel } from './models/triage.model';

/**
 * Holds every step page the element fetches until the test lets it through,
 * so "while the next step loads" lasts exactly as long as the test needs.
 */
async function holdStepFetches(page: Page) {
  let release: () => void = () => {};
  let held = new Promise<void>((resolve) => { release = resolve; });
  let seen = 0;
  await page.route('**/triage/**', async (route) => {
    if (route.request().resourceType() !== 'fetch') return route.continue();
    seen++;
    await held;
    return route.continue();
  });
  return {
    requests: () => seen,
    release: () => { release(); held = Promise.resolve(); },
  };
}

test('a double-click on Continue answers once: the button waits, then the next question shows', async ({ page }) => {
  const triage = new TriageModel(page);
  await page.goto('/triage/');
  const gate = await holdStepFetches(page);
  await triage.choose(/A whole page with an error code/);
  const button = page.getByRole('button', { name: 'Continue' });
  await button.dblclick();
  await expect(page.getByRole('button', { name: 'Loading the next question…' })).toBeDisabled();
  await page.keyboard.press('Enter');
  gate.release();
  await triage.seeQuestion('Which code does the page show?');
  expect(triage.answersInUrl()).toEqual(['code-page']);
  expect(gate.requests()).toBe(1);
  await expect(page.getByRole('button', { name: 'Continue' })).toBeEnabled();
});

test('after a reload, Back shows the earlier answer still selected, and the breadcrumb follows the step', async ({ page }) => {
  const triage = new TriageModel(page);
  await page.goto('/triage/');
  await triage.answer(/A whole page with an error code/);
  await triage.answer('1020 Access denied');
  await expect(page.locator('nav.breadcrumbs li').last()).toHaveText('Result');
  await page.reload();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await triage.seeQuestion('Which code does the page show?');
  await expect(page.getByRole('radio', { name: '1020 Access denied' })).toBeChecked();
  await expect(page.locator('nav.breadcrumbs li').last()).toHaveText('Question');
});

test('Start over forgets the pasted text, and the report fields start blank again', async ({ page }) => {
  const triage = new TriageModel(page);
  await page.goto(`/triage/?text=${encodeURIComponent('Error 1020 Access denied. Ray ID: 8f2b3c4d5e6f7a8b')}`);
  await triage.answer(/A whole page with an error code/);
  await triage.answer('1020 Access denied');
  await expect(page.getByLabel(/The exact error text on your screen/)).toHaveValue(/Error 1020 Access denied/);
  await expect(page.getByLabel(/Ray ID or request ID/)).toHaveValue('8f2b3c4d5e6f7a8b');
  await page.getByRole('link', { name: 'Start over' }).first().click();
  await triage.answer(/A whole page with an error code/);
  await triage.answer('1020 Access denied');
  await expect(page.getByLabel(/The exact error text on your screen/)).toHaveValue('');
  await expect(page.locator('[data-triage-report]')).not.toHaveValue(/Error text on my screen/);
});

test('what the reader types into the report fields goes into the report', async ({ page }) => {
  const triage = new TriageModel(page);
  await page.goto('/triage/');
  await triage.answer(/A whole page with an error code/);
  await triage.answer('1020 Access denied');
  await page.getByLabel(/The exact error text on your screen/).fill('Error 1020: Access denied');
  await page.getByLabel(/Ray ID or request ID/).fill('REF-42');
  const report = page.locator('[data-triage-report]');
  await expect(report).toHaveValue(/Error text on my screen:\nError 1020: Access denied/);
  await expect(report).toHaveValue(/Ray ID or request ID: REF-42/);
});
