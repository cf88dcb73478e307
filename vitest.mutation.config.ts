import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** The unit tests alone, for Stryker (stryker.config.mjs): it needs one project whose every test runs without a build. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});
