import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // Schemas import `reference` from Astro's virtual module; outside a build a
      // stand-in with the same string → { collection, id } behaviour is used.
      'astro:content': fileURLToPath(new URL('./tests/support/astro-content.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Pure tests fail fast when they hang; the few slow files (the real
    // builds in build-fails.test.ts) set their own timeout.
    testTimeout: 10_000,
  },
});
