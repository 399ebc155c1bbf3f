import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/lib/chromium.ts';

// FIXPATH_PORT lets several checkouts run their browser tests at once.
const PORT = Number(process.env.FIXPATH_PORT ?? 4321);
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: CHROMIUM_LAUNCH,
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  // Every test has its own browser context and the server keeps no state, so
  // tests run in parallel, in CI too. Two workers: on a 2-core machine '50%'
  // would mean one.
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  // Generous limits: a passing test never waits for them, and on a shared
  // 2-core machine under load one axe run can take tens of seconds.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A trace of each failed test, for `npx playwright show-trace`. CI keeps only the
    // log, so there a trace would cost time (about 5 %) and be thrown away.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', use: browser, testIgnore: '**/*.nojs.e2e.ts' },
    { name: 'no-javascript', use: { ...browser, javaScriptEnabled: false }, testMatch: '**/*.nojs.e2e.ts' },
  ],
  webServer: {
    // Serves the built dist/ exactly as files, with its _headers; `npm test` builds first.
    command: `node scripts/serve-dist.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Outside CI an already running server on the port is reused (whatever it is):
    // set CI=1 to be sure the tests see this checkout's dist/.
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
