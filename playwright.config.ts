import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium; Playwright's own browser download cannot work on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// FIXPATH_PORT lets several checkouts run their browser tests at once.
const PORT = Number(process.env.FIXPATH_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] },
      },
      testIgnore: '**/*.nojs.e2e.ts',
    },
    {
      name: 'no-javascript',
      use: {
        ...devices['Desktop Chrome'],
        javaScriptEnabled: false,
        launchOptions: { executablePath, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] },
      },
      testMatch: '**/*.nojs.e2e.ts',
    },
  ],
  webServer: {
    // Serves the built dist/ exactly as files; `npm test` builds first.
    command: `node scripts/serve-dist.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
