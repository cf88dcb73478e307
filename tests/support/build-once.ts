import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Vitest global setup: builds the site once into `dist/` before any test reads it (`SKIP_BUILD=1` reuses an existing build). */
export default function buildOnce(): void {
  if (process.env['SKIP_BUILD'] === '1' && existsSync('dist/index.html')) return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
