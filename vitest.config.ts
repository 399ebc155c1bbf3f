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
    testTimeout: 120_000,
  },
});
