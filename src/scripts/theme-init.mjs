// Computes the CSP hash of the pre-paint theme script for astro.config.mjs.
// BaseLayout.astro inlines the same file (`?raw`, trimmed), so both see the same bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const code = readFileSync(new URL('./theme-init.js', import.meta.url), 'utf8').trim();

/** @type {{ code: string, hash: `sha256-${string}` }} */
export const themeInit = {
  code,
  hash: `sha256-${createHash('sha256').update(code).digest('base64')}`,
};
