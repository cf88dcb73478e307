import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from '../support/fixture.ts';
import { childOutput, runChild } from '../support/child.ts';

let fixture: Fixture | undefined;
afterAll(() => fixture?.remove());

/** Runs `npm run changes` in `dir`; it builds the site twice, so it may take as long as the test allows. */
const changes = (dir: string) =>
  runChild(process.execPath, ['scripts/changes.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    limitMs: 840_000,
  });

describe('npm run changes', () => {
  it('lists the pages and the paragraph a one-paragraph edit changes, with before and after, and nothing else', () => {
    fixture = makeFixture();
    const dir = fixture.dir;
    for (const name of ['scripts', '.gitignore']) cpSync(name, join(dir, name), { recursive: true });
    const git = (...args: string[]) =>
      childOutput('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], { cwd: dir });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'as published');
    // An editor improves one sentence of the translation, and does not commit yet.
    fixture.edit('content/en/article/vanguard.mdx', (text) =>
      text.replace('helping the communities to weave', 'helping communities weave'),
    );

    const run = changes(dir);
    expect(run.status, run.stderr).toBe(0);
    const report = run.stdout;
    expect(report).toContain('What readers will see change / 读者会看到的变化: HEAD (');
    // The English section page, the English full text, and both parallel pages (which set the English beside the Chinese).
    const pages = report.split('\n').filter((line) => line.startsWith('/'));
    expect(pages).toEqual(['/en/full/', '/en/parallel/', '/en/vanguard/', '/parallel/']);
    expect(report).toContain(
      '/en/vanguard/\n  ¶ vanguard-5 changed / 改动\n' +
        '    before / 改前: …-times, helping [the communities to] weave the net o…\n' +
        '    after  / 改后: …-times, helping [communities] weave the net o…',
    );
    expect(report).not.toContain('Figures, glossary and corrections');
    // The working tree and dist/ of the project are left alone.
    expect(git('status', '--porcelain').toString()).toBe(' M content/en/article/vanguard.mdx\n');
  }, 900_000);

  it('says which tree does not build, with what its build printed, and compares nothing', () => {
    // The fixture of the test above, committed, with one more mistake left in the working tree.
    fixture!.edit('content/article/organizing.mdx', (text) => text.replace('order: 1', 'order: two'));
    const run = changes(fixture!.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/article/organizing.mdx:3: field “order”: expected a number, found “two”');
    expect(run.stderr.trimEnd().endsWith('the working tree does not build: nothing to compare.')).toBe(true);
    expect(run.stdout).toBe('');
  }, 900_000);
});
