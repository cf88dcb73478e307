import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * The unit tests alone, for Stryker (stryker.config.mjs): it needs one project whose every test runs without a build.
 * MUTATION_TESTS (comma-separated globs) narrows them to one domain's tests, e.g. `tests/unit/text/**`: a mutant in
 * code that runs at import (a module-level regex) reruns every test in a fresh worker, which on a shared machine makes
 * a pass of one folder take tens of minutes with all 200 test files, and minutes with that folder's.
 */
const only = process.env['MUTATION_TESTS']?.split(',').filter(Boolean);
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: only?.length ? only : ['tests/unit/**/*.test.ts'],
    // Holds the list of survivors to the committed state: a run that finds a new survivor must not stop the next run.
    exclude: [...configDefaults.exclude, 'tests/unit/harness/equivalent-mutants.test.ts'],
    testTimeout: 60_000,
  },
});
