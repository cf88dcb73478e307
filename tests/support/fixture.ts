import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ASTRO, runChild } from './child.ts';

const PROJECT = resolve('.');
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/** A throwaway copy of the project, to break on purpose. */
export interface Fixture {
  dir: string;
  /** Rewrites one file of the copy with `edit`. */
  edit(path: string, edit: (text: string) => string): void;
  /** Runs `astro build` in the copy (with extra environment variables, if given); returns its exit code and everything it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

/** Copies the project's sources (not node_modules, which is linked) into a temporary folder. */
export function makeFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'tongzhou-fixture-'));
  for (const name of COPIED) cpSync(join(PROJECT, name), join(dir, name), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(path, edit) {
      const file = join(dir, path);
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
    },
    build(env = {}) {
      const run = runChild(process.execPath, [...ASTRO, 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
