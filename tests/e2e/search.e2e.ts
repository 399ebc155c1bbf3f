// The search dialog (Ctrl/Cmd+K, header link) and the /search/ page: keyboard
// use, accessibility in both themes, the byte budget before first use, the
// shareable address, bad input and the Content Security Policy.
import { expect, test, type Page } from '@playwright/test';
import { COLOUR_RULES, expectNoAxeViolations, gotoWithTheme, trackRequests } from './support';

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const dialogSearch = (page: Page) => dialog(page).locator('fixpath-search');
const dialogInput = (page: Page) => page.getByRole('combobox', { name: 'Paste the error or type a few words' });
const pageSearch = (page: Page) => page.locator('fixpath-search[data-mode="page"]');

/** Waits for a search to settle and returns the result addresses, best first. */
async function settledResults(search: ReturnType<Page['locator']>): Promise<string[]> {
  await expect(search).toHaveAttribute('data-state', /^(results|none|empty)$/, { timeout: 15_000 });
  return search.locator('a[data-result]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Collects CSP violations and console errors from the moment the page loads. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test.describe('the search dialog', () => {
  test('Ctrl+K opens it, arrows move through results, Enter opens the chosen page', async ({ page }) => {
    await page.goto('/errors/502/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect(dialogInput(page)).toBeFocused();

    await page.keyboard.type('gateway');
    const results = await settledResults(dialogSearch(page));
    expect(results.length).toBeGreaterThan(1);
    const input = dialogInput(page);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = dialog(page).getByRole('option');
    // The first result is active at once, so Enter alone opens the best match.
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    // Up from the first wraps to the last.
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${results[1]!.replace(/\//g, '\\/')}$`));
  });

  test('typing straight after Ctrl+K loses no keystroke while the script loads', async ({ page }) => {
    await page.goto('/errors/503/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('error 1020');
    await expect(dialogInput(page)).toHaveValue('error 1020');
    expect((await settledResults(dialogSearch(page)))[0]).toBe('/errors/1020/');
  });

  test('Cmd+K opens it too, and single letters never do', async ({ page }) => {
    await page.goto('/guides/check-status-page/');
    for (const key of ['/', 's', 'k']) await page.keyboard.press(key);
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press('Meta+k');
    await expect(dialog(page)).toBeVisible();
  });

  test('Escape closes it and gives focus back to where it was', async ({ page }) => {
    await page.goto('/errors/504/');
    const errorsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Errors' });
    await errorsLink.focus();
    await page.keyboard.press('Control+k');
    await expect(dialogInput(page)).toBeFocused();
    await page.keyboard.type('network error');
    await settledResults(dialogSearch(page));
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(errorsLink).toBeFocused();
  });

  test('the header Search link opens it, and focus returns to the link', async ({ page }) => {
    await page.goto('/guides/');
    const searchLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
    await searchLink.click();
    await expect(dialogInput(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(searchLink).toBeFocused();
    await expect(page).toHaveURL(/\/guides\/$/);
  });

  test('the Close button and a click on the backdrop close it, before the dialog script arrives', async ({ page }) => {
    // The dialog's own script never arrives: only the inline loader runs.
    await page.route('**/_astro/**/*.js', (route) => route.abort());
    await page.goto('/');
    await page.keyboard.press('Control+k');
    // Without the element's script the input has no combobox role yet.
    await expect(dialog(page).locator('input')).toBeFocused();
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await page.mouse.click(5, 5);
    await expect(dialog(page)).toBeHidden();
  });

  test('before first use, a page runs only the tiny loader and fetches nothing for search', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const inFlight = trackRequests(page);
    await page.goto('/errors/network-error/');
    await inFlight.settled();
    const inline = await page.locator('script[type="module"]:not([src])').evaluateAll((scripts) => scripts.map((s) => new TextEncoder().encode(s.textContent ?? '').length));
    const external = await page.locator('body > script[type="module"][src]').count();
    expect(inline.length, 'one inline module: the search loader').toBe(1);
    expect(inline[0], 'the loader is under 1 KB').toBeLessThan(1024);
    expect(external, 'no search module is loaded by the page itself').toBe(0);
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/') || p.endsWith('.js'))).toEqual([]);

    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    expect(requests.some((p) => p.startsWith('/_astro/') && p.endsWith('.js'))).toBe(true);
  });

  // What a known message costs in bytes is measured by `npm run bench:search`
  // (sizes are reported there, never asserted); this pins the behaviour: the
  // table answers, and neither Pagefind, the language table nor the typo
  // vocabulary loads for it.
  test('a known message is answered from the message table without loading Pagefind', async ({ page }) => {
    const inFlight = trackRequests(page);
    await page.goto('/errors/500/');
    await inFlight.settled();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.keyboard.press('Control+k');
    await dialogInput(page).fill('Too many requests in 1 hour. Try again later.');
    expect(await settledResults(dialogSearch(page))).toEqual(['/errors/too-many-requests-1-hour/']);
    await expect(dialogSearch(page)).toHaveAttribute('data-source', 'table');
    await inFlight.settled();
    expect(requests).toContain('/search/messages.json');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(requests.some((p) => p.includes('/languages.') || p.endsWith('/vocabulary.json')), 'loaded only for unknown words').toBe(false);
  });

  test('results show the code, the title and a highlighted excerpt', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await dialogInput(page).fill('turn off extensions');
    await settledResults(dialogSearch(page));
    const first = dialog(page).getByRole('option').first();
    await expect(first.locator('.search-result-title')).not.toBeEmpty();
    await expect(first.locator('.search-result-label')).not.toBeEmpty();
    await expect(first.locator('.search-result-excerpt mark').first()).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the open dialog with results (${theme})`, async ({ page }) => {
      await gotoWithTheme(page, '/errors/502/', theme);
      await page.keyboard.press('Control+k');
      await dialogInput(page).fill('vpn');
      // In dark mode only the colour rules can find something new (see support.ts).
      const rules = theme === 'dark' ? { only: COLOUR_RULES } : {};
      await settledResults(dialogSearch(page));
      await expectNoAxeViolations(page, rules);
      await dialogInput(page).fill('zzzz qqqq');
      expect(await settledResults(dialogSearch(page))).toEqual([]);
      await expectNoAxeViolations(page, rules);
    });
  }
});

test.describe('the /search/ page', () => {
  test('runs the query in the address and lists links, best first', async ({ page }) => {
    await page.goto('/search/?q=HTTP%2F1.1+502+Bad+Gateway');
    await expect(page.getByRole('searchbox', { name: 'Paste the error you see' })).toHaveValue('HTTP/1.1 502 Bad Gateway');
    expect((await settledResults(pageSearch(page)))[0]).toBe('/errors/502/');
    await expect(page.locator('[data-search-results] a[data-result]').first()).toHaveAttribute('href', '/errors/502/');
  });

  test('a whole pasted Cloudflare page from the home paste box, line breaks and all, opens its error page', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Paste the error you see').fill('Access denied\nError code 1020\nRay ID: 7a1b2c3d4e5f6a7b');
    await page.getByRole('button', { name: 'Find this error' }).click();
    await expect(page).toHaveURL(/\/errors\/1020\/$/);
  });

  test('the address follows the box, and Back from a result restores the query', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Paste the error you see' });
    await box.fill('error in message stream');
    await settledResults(pageSearch(page));
    await expect(page).toHaveURL(/\/search\/\?q=error\+in\+message\+stream$/);
    await page.locator('a[data-result]').first().click();
    await expect(page).toHaveURL(/\/errors\/error-in-message-stream\/$/);
    await page.goBack();
    await expect(box).toHaveValue('error in message stream');
    expect((await settledResults(pageSearch(page)))[0]).toBe('/errors/error-in-message-stream/');
  });

  test('arrow keys move from the box through the result links', async ({ page }) => {
    await page.goto('/search/?q=vpn');
    const links = page.locator('a[data-result]');
    await settledResults(pageSearch(page));
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('searchbox')).toBeFocused();
  });

  test('with no query it offers the six codes and the step-by-step check', async ({ page }) => {
    await page.goto('/search/');
    await expect(pageSearch(page)).toHaveAttribute('data-state', 'empty');
    const codes = page.locator('[data-search-empty]:visible .search-codes a');
    await expect(codes).toHaveCount(6);
    await expect(codes).toHaveText([/^500/, /^502/, /^503/, /^504/, /^429/, /1020/]);
    await expect(pageSearch(page).getByRole('link', { name: 'Find out step by step' })).toHaveAttribute('href', '/triage/');
    await expect(page.getByText('Searching needs JavaScript')).toBeHidden();
  });

  test('no match is calm and never a dead end: codes, A–Z and the wizard with the text', async ({ page }) => {
    // Words no page and no language table knows.
    const text = 'Blorft qwxz zzkv';
    await page.goto(`/search/?q=${encodeURIComponent(text)}`);
    expect(await settledResults(pageSearch(page))).toEqual([]);
    await expect(page.getByRole('status')).toHaveText(/No match/);
    await expect(page.locator('[data-search-empty]:visible .search-codes a')).toHaveCount(6);
    await expect(page.getByRole('link', { name: 'every message, A to Z' })).toBeVisible();
    await expect(pageSearch(page).getByRole('link', { name: 'Find out step by step' })).toHaveAttribute('href', `/triage/?text=${encodeURIComponent(text)}`);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations on results and on no match (${theme})`, async ({ page }) => {
      const rules = theme === 'dark' ? { only: COLOUR_RULES } : {};
      await gotoWithTheme(page, '/search/?q=slow', theme);
      await settledResults(pageSearch(page));
      await expectNoAxeViolations(page, rules);
      await gotoWithTheme(page, '/search/?q=qqqq+zzzz', theme);
      expect(await settledResults(pageSearch(page))).toEqual([]);
      await expectNoAxeViolations(page, rules);
    });
  }
});

test.describe('bad input', () => {
  const BAD: Array<[string, string]> = [
    ['a 10,000-character paste', `Bad gateway Error code 502 ${'lorem ipsum dolor sit amet '.repeat(400)}`.slice(0, 10_000)],
    ['HTML with a script tag', '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <b>Network error</b>'],
    ['emoji', '😭😭 chatgpt 🔥 not working 🙃'],
    ['only punctuation', '?!…—-–*** ((( ))) ;;;'],
    ['right-to-left text', 'حدث خطأ في الشبكة ‏خطأ 502'],
    // Lone surrogates cannot travel in a URL; links.test.ts covers them.
    ['control characters and a bidi override', 'a\u0000b\u0007\u202Ec 502'],
  ];

  for (const [name, text] of BAD) {
    test(`${name}: no error, no injected markup, a calm answer`, async ({ page }) => {
      const problems = await watchForProblems(page);
      await page.goto(`/search/?q=${encodeURIComponent(text)}`);
      const results = await settledResults(pageSearch(page));
      await expect(pageSearch(page)).toHaveAttribute('data-state', /^(results|none)$/);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await pageSearch(page).locator('script, img, b, iframe').count()).toBe(0);
      expect(results.every((href) => /^\/(errors|guides)\/[a-z0-9-]+\/$/.test(href))).toBe(true);
      const triage = await pageSearch(page).getByRole('link', { name: 'Find out step by step' }).getAttribute('href');
      expect(decodeURIComponent(triage!.replace('/triage/?text=', '')).length).toBeLessThanOrEqual(1000);
      expect(problems).toEqual([]);
    });
  }

  test('the same inputs typed into the dialog throw nothing', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto('/errors/502/');
    await page.keyboard.press('Control+k');
    for (const [, text] of BAD) {
      await dialogInput(page).fill(text);
      await settledResults(dialogSearch(page));
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

test('a free-text search loads Pagefind and its WebAssembly with no CSP violation', async ({ page }) => {
  const problems = await watchForProblems(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/guides/private-window/');
  await page.keyboard.press('Control+k');
  await dialogInput(page).fill('works on my phone but not my laptop');
  expect((await settledResults(dialogSearch(page))).length).toBeGreaterThan(0);
  expect(requests).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']));
  // Pagefind runs on the page (noWorker), so no worker script is fetched.
  expect(requests).not.toContain('/pagefind/pagefind-worker.js');
  await page.goto('/search/?q=ad+blocker');
  expect((await settledResults(pageSearch(page))).length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('when Pagefind cannot load, search says so calmly and keeps the codes and the wizard', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/search/?q=vpn');
  await expect(pageSearch(page)).toHaveAttribute('data-failed', '');
  await expect(pageSearch(page).getByRole('status')).toHaveText(/could not load/);
  await expect(pageSearch(page).locator('.search-codes a')).toHaveCount(6);
  // Known messages still work: they never needed Pagefind.
  await page.getByRole('searchbox').fill('502 Bad Gateway');
  expect(await settledResults(pageSearch(page))).toEqual(['/errors/502/']);
});

test.describe('search with hostile, secret, foreign and timed pastes', () => {
  test('markup and junk get a calm "no match" with the codes and the step-by-step check, never a page or a script', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.addInitScript(() => { (window as unknown as { hacked: boolean }).hacked = false; });
    for (const junk of ['<img src=x onerror="window.hacked=true">', '%00', '?!…', '<svg/onload=alert(1)>']) {
      await page.goto(`/search/?q=${encodeURIComponent(junk)}`);
      const search = pageSearch(page);
      await expect(search, junk).toHaveAttribute('data-state', 'none');
      await expect(search.locator('[data-search-status]')).toHaveText(/No match/);
      await expect(search.locator('[data-search-empty] .search-codes a').first()).toBeVisible();
      await expect(search.getByRole('link', { name: 'Find out step by step' })).toBeVisible();
      expect(await search.locator('[data-search-results] img, [data-search-results] svg, [data-search-notes] img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { hacked: boolean }).hacked)).toBe(false);
    }
    expect(problems).toEqual([]);
  });

  test('a pasted key leaves the address, the step-by-step link and storage, and the page says so', async ({ page }) => {
    const key = 'sk-proj-Zx81bQv2Lm3Np4Rs5Tt6';
    await page.goto(`/search/?q=${encodeURIComponent(`502 Bad Gateway Authorization: Bearer ${key}`)}`);
    const search = pageSearch(page);
    await expect(search).toHaveAttribute('data-state', 'results');
    await expect(search.locator('[data-search-notes]')).toContainText('an access token');
    expect(page.url()).not.toContain(key.slice(3));
    expect(decodeURIComponent(page.url())).not.toContain(key.slice(3));
    const triage = await search.getByRole('link', { name: 'Find out step by step' }).getAttribute('href');
    expect(decodeURIComponent(triage ?? '')).not.toContain(key.slice(3));
    await search.getByRole('link', { name: 'Find out step by step' }).click();
    await expect(page).toHaveURL(/\/triage\//);
    const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
    expect(stored).not.toContain(key.slice(3));
  });

  test('a foreign paste finds the English page and says the page is in English', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('Netzwerkfehler')}`);
    const search = pageSearch(page);
    await expect(search).toHaveAttribute('data-state', 'results');
    await expect(search.locator('a[data-result]').first()).toHaveAttribute('href', '/errors/network-error/');
    await expect(search.locator('[data-search-notes]')).toContainText("looks German. Fixpath's pages are in English");
  });

  test('a paste with a wait shows when to retry in local time, counting down quietly', async ({ page }) => {
    // The page's clock stands still at 17:00:00 until the test moves it.
    await page.clock.install({ time: new Date('2026-12-01T16:59:00Z') });
    await page.clock.pauseAt(new Date('2026-12-01T17:00:00Z'));
    await page.goto(`/search/?q=${encodeURIComponent('Rate limit reached for requests. Please try again in 90s.')}`);
    const notes = pageSearch(page).locator('[data-search-notes]');
    const time = notes.locator('time');
    await expect(time).toHaveAttribute('datetime', '2026-12-01T17:01:30.000Z');
    await expect(notes).toContainText('counts from when you pasted it');
    await expect(notes.locator('.search-countdown')).toHaveText('in 1 min 30 s');
    await page.clock.runFor(31_000);
    await expect(notes.locator('.search-countdown')).toHaveText('in 59 s');
    // No live region around the countdown: the status is announced once, not every second.
    expect(await notes.evaluate((el) => el.closest('[aria-live], [role="status"]'))).toBeNull();
  });

  test('with reduced motion the countdown moves a minute at a time', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/search/?q=${encodeURIComponent("You've reached the current usage cap, please try again after 11:59 PM")}`);
    const notes = pageSearch(page).locator('[data-search-notes]');
    await expect(notes.locator('time')).toHaveAttribute('datetime', /T\d\d:\d\d:00\.000Z$/);
    await expect(notes).toContainText('your own clock');
    await expect(notes.locator('.search-countdown')).toHaveText(/^(in (\d+ h )?\d+ min|in \d+ h|that time has come)$/);
  });
});

test.describe('the not-found page', () => {
  test('offers the page a mistyped address meant', async ({ page }) => {
    for (const [path, expected] of [['/errors/gateway-timeout/', '/errors/504/'], ['/errors/too-many-requests/', '/errors/429/'], ['/guides/flush-dns/', '/guides/restart-router-flush-dns/']] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      const offer = page.locator('[data-not-found-suggest]');
      await expect(offer, path).toBeVisible();
      await expect(offer.locator('a').first(), path).toHaveAttribute('href', expected);
    }
  });

  test('offers nothing for an address with no words it knows', async ({ page }) => {
    await page.goto('/qwxz-zzzz/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    await expect(page.locator('[data-not-found-suggest]')).toBeHidden();
  });
});
