// npm run changes [ref]: what readers will see change. Builds the working tree (with its uncommitted edits) and the git
// ref (default HEAD) each in a temporary copy, compares every built page block by block, and lists each page and
// paragraph whose text changed, with before and after; then the figures (as readers see them, corrections applied),
// the glossary entries and the corrections added or changed, in both languages. Leaves dist/ and the repository alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { htmlPaths } from '../src/integrations/postbuild/html-files.ts';
import { diffBlocks, diffEntries, formatEntryChanges, formatPageChanges } from '../src/lib/changes/diff.ts';
import { pageBlocks } from '../src/lib/changes/page-blocks.ts';
import { correctedFigure, type CorrectionOf } from '../src/lib/check/corrected-figures.ts';
import { CONTENT } from '../src/lib/content/layout.ts';

const project = process.cwd();
const ref = process.argv[2] ?? 'HEAD';
const step = (message: string) => process.stderr.write(`› ${message}\n`);
const git = (...args: string[]) => execFileSync('git', args, { cwd: project, encoding: 'utf8', maxBuffer: 1 << 28 });

/** Copies the working tree's files (tracked and new, not ignored) into `dir`. */
function copyWorkingTree(dir: string): void {
  for (const path of git('ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0')) {
    if (path === '' || !existsSync(join(project, path))) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    // A symbolic link is copied as a link (a linked node_modules stays one).
    if (lstatSync(join(project, path)).isSymbolicLink()) symlinkSync(readlinkSync(join(project, path)), join(dir, path));
    else cpSync(join(project, path), join(dir, path));
  }
}

/** Writes the files of `ref` into `dir`. */
function exportRef(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', ref], { cwd: project, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
}

/** A copy that does not build, with everything its build printed. */
class NotBuilt extends Error {}

/** Builds the copy in `dir` (with the project's node_modules); throws NotBuilt with the build's output if it fails. */
function build(dir: string, name: string): void {
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  step(`building ${name}…`);
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (run.status !== 0) throw new NotBuilt(`${run.stdout}\n${run.stderr}\n${name} does not build: nothing to compare.`);
}

/** A data file's entries (an empty list when the file is missing or unreadable). */
function entries(dir: string, path: string): Record<string, unknown>[] {
  const file = join(dir, path);
  if (!existsSync(file)) return [];
  const data: unknown = parseYaml(readFileSync(file, 'utf8'));
  return Array.isArray(data) ? (data as Record<string, unknown>[]) : [];
}

/** The figures ledger as readers see it: each figure with its tree's corrections applied (content/errata.yaml). */
function shownFigures(dir: string): Record<string, unknown>[] {
  const corrections = entries(dir, CONTENT.errata) as unknown as CorrectionOf[];
  return entries(dir, CONTENT.figures).map((entry) => {
    const value = typeof entry['value'] === 'string' ? new Date(entry['value']) : Number(entry['value']);
    const figure = {
      ...entry,
      paragraph: String(entry['paragraph']),
      phrase: String(entry['phrase']),
      value,
      approx: entry['approx'] === true,
    };
    const shown = correctedFigure(figure, corrections);
    return { ...shown, value: shown.value instanceof Date ? shown.value.toISOString().slice(0, 10) : shown.value };
  });
}

const work = mkdtempSync(join(tmpdir(), 'tongzhou-changes-'));
try {
  const label = `${ref} (${git('rev-parse', '--short', ref).trim()})`;
  const before = join(work, 'before');
  const after = join(work, 'after');
  exportRef(before);
  copyWorkingTree(after);
  build(before, label);
  build(after, 'the working tree');
  const pages = [...new Set([...htmlPaths(join(before, 'dist')), ...htmlPaths(join(after, 'dist'))])].sort();
  const read = (dir: string, page: string) =>
    existsSync(join(dir, 'dist', page)) ? pageBlocks(readFileSync(join(dir, 'dist', page), 'utf8')) : [];
  const pageLines = formatPageChanges(pages.map((page) => ({ page, changes: diffBlocks(read(before, page), read(after, page)) })));
  const dataLines = [
    ...formatEntryChanges(
      `${CONTENT.figures} (as readers see them, corrections applied)`,
      diffEntries(shownFigures(before), shownFigures(after)),
    ),
    ...[CONTENT.en.figures, CONTENT.glossary, CONTENT.en.glossary, CONTENT.errata].flatMap((path) =>
      formatEntryChanges(path, diffEntries(entries(before, path), entries(after, path))),
    ),
  ];
  const lines = [`What readers will see change / 读者会看到的变化: ${label} → the working tree (${resolve(project)})`, ''];
  if (pageLines.length === 0 && dataLines.length === 0) lines.push('No change readers would see. / 读者看到的内容没有变化。');
  if (pageLines.length > 0) lines.push('Pages / 页面', ...pageLines, '');
  if (dataLines.length > 0) lines.push('Figures, glossary and corrections / 数字、名词解释和勘误', ...dataLines);
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  if (!(error instanceof NotBuilt)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
