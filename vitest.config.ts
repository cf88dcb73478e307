import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** The projects that need no build: pure modules and the content files. They share one module graph (no per-file isolation), which makes them several times faster to start. */
const fast = (name: string) => ({
  extends: true as const,
  test: { name, include: [`tests/${name}/**/*.test.ts`], isolate: false, sequence: { groupOrder: 0 } },
});

/** The projects that read the built site: each gets the one build (tests/support/build-once.ts) and runs its files one at a time. */
const built = (name: string, groupOrder: number, testTimeout = 60_000) => ({
  extends: true as const,
  test: {
    name,
    include: [`tests/${name}/**/*.test.ts`],
    globalSetup: ['tests/support/build-once.ts'],
    testTimeout,
    // Builds and browsers share two cores; running files one by one keeps them from starving each other.
    fileParallelism: false,
    sequence: { groupOrder },
  },
});

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // `npm run test:unit` runs the first two alone, without building; `npm test` runs them first, then the rest in turn.
    // A fixture's build, or a browser walking every page, can take minutes on a machine shared with other builds.
    projects: [fast('unit'), fast('content'), built('site', 1), built('build', 2, 300_000), built('browser', 3, 180_000)],
  },
});
