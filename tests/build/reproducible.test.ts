import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from '../support/fixture.ts';
import { childOutput } from '../support/child.ts';

/** Every file under a folder, relative and sorted. */
function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir))
    .flatMap((name) => {
      const path = dir ? `${dir}/${name}` : name;
      return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [path];
    })
    .sort();
}

/** One hash for a whole tree: SHA-256 over each file's path and SHA-256, in path order. */
function treeHash(root: string): string {
  const hash = createHash('sha256');
  for (const path of filesUnder(root))
    hash.update(
      `${path}\0${createHash('sha256')
        .update(readFileSync(join(root, path)))
        .digest('hex')}\n`,
    );
  return hash.digest('hex');
}

function hasGit(): boolean {
  try {
    childOutput('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The same author, committer and dates for both copies, so both commit the same tree to the same commit hash.
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Build Test',
  GIT_AUTHOR_EMAIL: 'build@test.invalid',
  GIT_AUTHOR_DATE: '2024-05-06T07:08:09+08:00',
  GIT_COMMITTER_NAME: 'Build Test',
  GIT_COMMITTER_EMAIL: 'build@test.invalid',
  GIT_COMMITTER_DATE: '2024-05-06T07:08:09+08:00',
};

/** A copy of the project in its own folder, committed to a fresh git repository when git is there, then built clean. */
function buildCopy(): Fixture {
  const fixture = makeFixture();
  if (hasGit()) {
    writeFileSync(join(fixture.dir, '.gitignore'), 'node_modules\ndist/\n.astro/\n');
    const git = (...args: string[]) =>
      childOutput('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
        cwd: fixture.dir,
        env: { ...process.env, ...GIT_ENV },
        stdio: 'ignore',
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'build test');
  }
  // Dated by the commit, not by an inherited SOURCE_DATE_EPOCH (empty counts as unset).
  const run = fixture.build({ SOURCE_DATE_EPOCH: '' });
  expect(run.status, run.output).toBe(0);
  return fixture;
}

const copies: Fixture[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

describe('a reproducible build', () => {
  it('two clean builds of the same commit, in different folders, are byte for byte the same', () => {
    copies.push(buildCopy(), buildCopy());
    const [a, b] = copies.map((copy) => join(copy.dir, 'dist')) as [string, string];
    expect(a).not.toBe(b);
    const files = filesUnder(a);
    expect(filesUnder(b)).toEqual(files);
    // The whole edition: pages, the Open Graph image, the per-page headers and Pagefind's index with its fragments.
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'about/index.html', 'en/index.html', 'og.png', '_headers', 'pagefind/pagefind-entry.json']),
    );
    expect(files.filter((path) => path.startsWith('pagefind/index/')).length).toBeGreaterThan(0);
    expect(files.filter((path) => path.startsWith('pagefind/fragment/')).length).toBeGreaterThan(0);
    const differing = files.filter((path) => !readFileSync(join(a, path)).equals(readFileSync(join(b, path))));
    expect(differing).toEqual([]);
    const [hashA, hashB] = [treeHash(a), treeHash(b)];
    expect(hashA).toBe(hashB);
    if (hasGit()) expect(readFileSync(join(a, 'about/index.html'), 'utf8')).toContain('2024-05-06T07:08:09+08:00');
    console.info(`${files.length} files; build 1: ${hashA}; build 2: ${hashB}`);
  }, 900_000);
});
