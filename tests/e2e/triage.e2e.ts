import { NOTICES } from '../../src/lib/triage/engine';
import { expect, test } from '@playwright/test';
import { TriageModel } from './models/triage.model';
import { COLOUR_RULES, expectNoAxeViolations, gotoWithTheme } from './support';

test.describe('the step-by-step check with JavaScript', () => {
  test('a keyboard-only reader reaches an outcome, with focus on each new question', async ({ page }) => {
    const triage = new TriageModel(page);
    await page.goto('/triage/');
    await triage.seeQuestion('What are you looking at right now?');

    // Tab into the radio group, pick the second answer with the arrow key, Tab to Continue.
    const first = page.getByRole('radio').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /A message inside ChatGPT/ })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await page.keyboard.press('Enter');

    await triage.seeQuestion('Which message do you see?');
    await expect(triage.heading()).toBeFocused();
    await expect(page).toHaveURL(/\/triage\/which-message\/\?answers=in-chat$/);
    await expect(page).toHaveTitle(/Which message do you see\?/);
    await expect(page.locator('[data-triage-live]')).toHaveText('Which message do you see?');

    await page.getByRole('radio', { name: /Unusual activity/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(triage.heading()).toHaveText('Your account or connection was flagged as unusual');
    await expect(triage.heading()).toBeFocused();
    await expect(page).toHaveURL(/\/triage\/outcome-account\/\?answers=in-chat,unusual$/);
  });

  test('Continue without an answer shows an error and stays put', async ({ page }) => {
    await page.goto('/triage/');
    await page.getByRole('button', { name: 'Continue' }).click();
    const error = page.getByRole('alert');
    await expect(error).toContainText('Choose an answer to continue');
    await expect(error).toBeFocused();
    await expect(page).toHaveURL(/\/triage\/$/);
  });

  test('reloading mid-way lands on the same step with the same path', async ({ page }) => {
    const triage = new TriageModel(page);
    await page.goto('/triage/');
    await triage.answer(/A whole page with an error code/);
    await triage.answer(/A 5xx code/);
    await triage.seeQuestion(/status.openai.com/);
    const url = page.url();
    await page.reload();
    await triage.seeQuestion(/status.openai.com/);
    expect(page.url()).toBe(url);
    expect(triage.answersInUrl()).toEqual(['code-page', 'server']);
  });

  test('Back and Forward restore the same states, with the earlier answer still selected', async ({ page }) => {
    const triage = new TriageModel(page);
    await page.goto('/triage/');
    await triage.answer(/A whole page with an error code/);
    await triage.answer('429');
    await triage.seeQuestion('How many messages did you send in the last hour?');
    const third = page.url();

    await page.goBack();
    await triage.seeQuestion('Which code does the page show?');
    await expect(page.getByRole('radio', { name: '429' })).toBeChecked();
    await page.getByRole('link', { name: 'Back' }).click();
    await triage.seeQuestion('What are you looking at right now?');
    await expect(page.getByRole('radio', { name: /A whole page with an error code/ })).toBeChecked();

    await page.goForward();
    await page.goForward();
    await triage.seeQuestion('How many messages did you send in the last hour?');
    expect(page.url()).toBe(third);
  });

  test('a shared URL opens the same step in a fresh browser', async ({ page, browser }) => {
    const triage = new TriageModel(page);
    await page.goto('/triage/');
    await triage.answer(/The page never loads/);
    await triage.answer('Yes, only ChatGPT fails');
    const shared = page.url();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(shared);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your browser cannot reach the site');
    await expect(other.locator('[data-triage-notice]')).toBeHidden();
    await fresh.close();
  });

  test('Start over is one click from any step', async ({ page }) => {
    const triage = new TriageModel(page);
    await page.goto('/triage/');
    await triage.answer(/The ChatGPT app on my phone/);
    await page.getByRole('link', { name: 'Start over' }).click();
    await triage.seeQuestion('What are you looking at right now?');
    await expect(page).toHaveURL(/\/triage\/$/);
  });

  test('Start over while the next question is still loading ends on the first question', async ({ page }) => {
    const triage = new TriageModel(page);
    await page.goto('/triage/');
    // Hold the next step's page until Start over has been clicked.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked = page.waitForRequest((request) => new URL(request.url()).pathname.startsWith('/triage/'));
    await page.route('**/triage/**', async (route) => { await held; await route.continue(); });
    await triage.choose(/The ChatGPT app on my phone/);
    await triage.continue();
    const late = await asked;
    await page.getByRole('link', { name: 'Start over' }).click();
    await triage.seeQuestion('What are you looking at right now?');
    const finished = page.waitForEvent('requestfinished', (request) => request === late);
    release();
    await finished;
    // Two frames: the late page has been read and handled by now.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await triage.seeQuestion('What are you looking at right now?');
    await expect(page).toHaveURL(/\/triage\/$/);
  });

  test('an error page opens the check at its own question and the report names it', async ({ page }) => {
    await page.goto('/errors/502/');
    await page.getByRole('link', { name: 'Not sure? Find out step by step' }).click();
    const triage = new TriageModel(page);
    await triage.seeQuestion('Which code does the page show?');
    await triage.answer(/A 5xx code/);
    await triage.answer(/Yes, there is an open incident/);
    await expect(page.locator('[data-triage-report]')).toHaveValue(/Error page I started from: 502/);
  });

  test('outcome: "No" moves to the next guide, then to support; "Yes" ends with a confirmation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/triage/which-api-error/?start=which-api-error');
    const triage = new TriageModel(page);
    await triage.answer(/500, 502 or 503/);
    await triage.seeQuestion('The API had a problem on its side');

    const items = page.locator('[data-triage-plan] > li');
    await expect(items.nth(0).getByText('Did this fix it?')).toBeVisible();
    await expect(items.nth(1).getByText('Did this fix it?')).toBeHidden();
    await items.nth(0).getByRole('button', { name: 'No, still broken' }).click();
    await expect(items.nth(1).getByText('Did this fix it?')).toBeVisible();
    await expect(items.nth(1).getByText('Did this fix it?')).toBeFocused();
    // Every remaining guide in turn, then support.
    const count = await items.count();
    for (let i = 1; i < count; i++) {
      await expect(items.nth(i).getByText('Did this fix it?')).toBeFocused();
      await items.nth(i).getByRole('button', { name: 'No, still broken' }).click();
    }
    await expect(page.getByRole('heading', { name: 'Still stuck? Contact support' })).toBeFocused();
    const guides = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-guide')));
    expect(new URL(page.url()).searchParams.get('tried')).toBe(guides.map((g) => `${g}:no`).join(','));

    const report = page.locator('[data-triage-report]');
    await expect(report).toHaveValue(/What I tried:\n- Check the status page: did not fix it\n- /);
    await page.getByRole('button', { name: 'Copy report' }).click();
    await expect(page.locator('[data-triage-copy-status]')).toHaveText('Report copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await report.inputValue());

    await page.reload();
    await expect(report).toHaveValue(/did not fix it/);
    await page.getByRole('link', { name: 'Start over' }).click();
    await page.goto('/triage/outcome-api-server/?start=which-api-error&answers=server');
    await page.locator('[data-triage-plan] > li').first().getByRole('button', { name: 'Yes, it works now' }).click();
    await expect(page.getByText('Glad it works again.')).toBeVisible();
  });

  test('the report carries the pasted error text and its Ray ID from search', async ({ page }) => {
    const pasted = 'Error 1020 Access denied. Ray ID: 8f2b3c4d5e6f7a8b • 2026-11-21 10:00:00 UTC';
    await page.goto(`/triage/?text=${encodeURIComponent(pasted)}`);
    await expect(page).toHaveURL(/\/triage\/$/);
    const triage = new TriageModel(page);
    await triage.answer(/A whole page with an error code/);
    await triage.answer('1020 Access denied');
    const report = page.locator('[data-triage-report]');
    await expect(report).toHaveValue(new RegExp(`Error text on my screen:\\n${pasted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await expect(report).toHaveValue(/Cloudflare Ray ID: 8f2b3c4d5e6f7a8b/);
    await expect(report).toHaveValue(/Browser and system: Chrome \d+ on (Windows|Linux)\n/);
  });
});

test.describe('forged and stale URLs', () => {
  const cases: Array<[string, string, RegExp, string]> = [
    ['answers that do not fit the tree', '/triage/outcome-outage/?answers=code-page,bogus', /^Which code does the page show\?$/, NOTICES.lastStep],
    ['answers that would loop', '/triage/status-page/?answers=code-page,server,incident,incident,incident', /^It is an outage on the service's side$/, NOTICES.lastStep],
    ['script text', `/triage/which-code/?answers=${encodeURIComponent('<script>alert(1)</script>')}`, /^What are you looking at right now\?$/, NOTICES.restart],
    ['10,000 characters', `/triage/which-code/?answers=${'a'.repeat(10_000)}`, /^What are you looking at right now\?$/, NOTICES.restart],
    ['an unknown start node', '/triage/which-code/?start=nowhere&answers=server', /^What are you looking at right now\?$/, NOTICES.restart],
    ['a bad tried list', '/triage/outcome-outage/?answers=code-page,server,incident&tried=<b>', /^It is an outage on the service's side$/, NOTICES.tried],
  ];
  for (const [name, url, heading, notice] of cases) {
    test(`${name}: resets calmly and says what it did`, async ({ page }) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
      let dialogs = 0;
      page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('[data-triage-notice]')).toHaveText(notice);
      expect(page.url().length).toBeLessThan(300);
      expect(problems).toEqual([]);
      expect(dialogs).toBe(0);
    });
  }

  test('an unknown node gets the 404 page', async ({ page }) => {
    const response = await page.goto('/triage/no-such-node/');
    expect(response?.status()).toBe(404);
  });

  test('corrupt saved pasted text is ignored', async ({ page }) => {
    await page.addInitScript(() => sessionStorage.setItem('fixpath-pasted-text', '{not json'));
    await page.goto('/triage/outcome-outage/?answers=code-page,server,incident');
    await expect(page.locator('[data-triage-report]')).toHaveValue(/What I answered:/);
    await expect(page.locator('[data-triage-report]')).not.toHaveValue(/Error text on my screen/);
  });
});

test.describe('accessibility of the check', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: a question, its error state and an outcome (${theme})`, async ({ page }) => {
      // In dark mode only the colour rules can find something new (see support.ts).
      const rules = theme === 'dark' ? { only: COLOUR_RULES } : {};
      await gotoWithTheme(page, '/triage/', theme);
      await expectNoAxeViolations(page, rules);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page, rules);
      await page.goto('/triage/outcome-extensions/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/extension|browser/i);
      await expectNoAxeViolations(page, rules);
    });
  }
});

test('search with no match hands the pasted text to the check, and the report keeps it', async ({ page }) => {
  const pasted = 'Kaboom widget exploded (request id req_7Hq2LmN9xYz)';
  await page.goto(`/search/?q=${encodeURIComponent(pasted)}`);
  const handOff = page.locator('a[data-search-triage]').first();
  await expect(handOff).toHaveAttribute('href', /\/triage\/\?text=/);
  await handOff.click();
  const triage = new TriageModel(page);
  await triage.seeQuestion('What are you looking at right now?');
  await triage.answer(/A message inside ChatGPT/);
  await triage.answer(/Unusual activity/);
  const report = page.locator('[data-triage-report]');
  await expect(report).toHaveValue(new RegExp(`Error text on my screen:\\n${pasted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(report).toHaveValue(/Request ID: req_7Hq2LmN9xYz/);
});
