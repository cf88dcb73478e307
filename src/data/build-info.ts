import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDate, type BuildDateSource } from '../lib/cite/provenance.ts';

/** What the build knows of its own source: the commit, whether the tree had changes, and the build date (never read from the clock). */
export interface BuildInfo {
  /** The full hash of the commit built, or null outside a git checkout. */
  commit: string | null;
  /** True when tracked or new files differ from the commit. */
  dirty: boolean;
  /** The build date as ISO 8601, and where it came from; null when there is neither git nor `SOURCE_DATE_EPOCH`. */
  date: { iso: string; source: BuildDateSource } | null;
}

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Reads the commit and its date with git, if `root` is the top of a git checkout (a copy inside some other repository does not count). */
export function readBuildInfo(root = process.cwd()): BuildInfo {
  const top = git(root, ['rev-parse', '--show-toplevel']);
  const here = top !== null && realpathSync(top) === realpathSync(root);
  const log = here ? git(root, ['log', '-1', '--format=%H%n%cI']) : null;
  const [commit = null, commitDate = null] = log ? log.split('\n') : [];
  const status = commit ? git(root, ['status', '--porcelain']) : null;
  return { commit, dirty: status !== null && status !== '', date: buildDate(process.env['SOURCE_DATE_EPOCH'], commitDate) };
}

/** The SHA-256 of a project file, as hex. */
export function sha256File(path: string, root = process.cwd()): string {
  return createHash('sha256')
    .update(readFileSync(resolve(root, path)))
    .digest('hex');
}
