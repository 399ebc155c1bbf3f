/**
 * The one Chromium every browser tool here launches: Debian's package (Playwright's
 * own browser download cannot work on these machines), or CHROMIUM_PATH. Used by
 * playwright.config.ts and the benchmark.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch options: no background requests, no component updates, no first-run pages, so nothing but the site is fetched or measured. */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM_PATH,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
};
