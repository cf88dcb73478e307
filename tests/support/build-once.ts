import { existsSync } from 'node:fs';
import { ASTRO, childOutput } from './child.ts';

// Each project that reads dist/ names this file; the first to start builds, the others find it done.
const BUILT = Symbol.for('tongzhou.tests.built');

/** Vitest global setup: builds the site once into `dist/` before any test reads it (`SKIP_BUILD=1` reuses an existing build). */
export default function buildOnce(): void {
  const state = globalThis as { [BUILT]?: boolean };
  if (state[BUILT]) return;
  state[BUILT] = true;
  if (process.env['SKIP_BUILD'] === '1' && existsSync('dist/index.html')) return;
  // The one build every later test reads: far longer than a fixture's build may take, as nothing else runs beside it.
  childOutput(process.execPath, [...ASTRO, 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    limitMs: 900_000,
  });
}
