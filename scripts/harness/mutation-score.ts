// The mutation score per domain folder, read from Stryker's committed incremental state
// (tests/mutation/stryker-incremental.json), so `npm run bench` can report it without running Stryker: a full
// pass takes far longer than CI's five minutes on a shared machine (see tests/mutation/equivalent-mutants.md).

/** Stryker's committed incremental state (stryker.config.mjs names it too, as `incrementalFile`). */
export const MUTATION_STATE = 'tests/mutation/stryker-incremental.json';
/** The committed list of the mutants no test can kill, with the reason for each. */
export const EQUIVALENT_MUTANTS = 'tests/mutation/equivalent-mutants.md';

/** The part of a Stryker report (mutation-testing-report-schema) that the score needs. */
export interface MutationReport {
  files: Record<string, { mutants: readonly { status: string }[] }>;
}

/** Counts of one folder's mutants by outcome, and its score. */
export interface FolderScore {
  folder: string;
  /** How many of the folder's files the state holds: a folder only partly run shows fewer than it has. */
  files: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Mutants the type checker rejected, or that errored at run time: not counted in the score. */
  invalid: number;
  /** Detected (killed + timeout) over valid (detected + survived + no coverage), in percent; NaN with no valid mutant. */
  score: number;
}

/** The domain folder a mutated file belongs to: `src/lib/text/x.ts` → `text`, `scripts/archive/x.ts` → `archive`. */
export function domainOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'src' && parts[1] === 'lib') return parts[2] ?? path;
  if (parts[0] === 'src' && parts[1] === 'integrations') return parts[2] ?? path;
  return parts.at(-2) ?? path;
}

/** Each folder's counts and score, by `key` (default: the domain folder), sorted by name. */
export function mutationScores(report: MutationReport, key: (path: string) => string = domainOf): FolderScore[] {
  const folders = new Map<string, FolderScore>();
  for (const [path, file] of Object.entries(report.files)) {
    const name = key(path);
    const row = folders.get(name) ?? {
      folder: name,
      files: 0,
      killed: 0,
      timeout: 0,
      survived: 0,
      noCoverage: 0,
      invalid: 0,
      score: Number.NaN,
    };
    row.files++;
    for (const { status } of file.mutants) {
      if (status === 'Killed') row.killed++;
      else if (status === 'Timeout') row.timeout++;
      else if (status === 'Survived') row.survived++;
      else if (status === 'NoCoverage') row.noCoverage++;
      else if (status !== 'Ignored' && status !== 'Pending') row.invalid++;
    }
    folders.set(name, row);
  }
  return [...folders.values()]
    .map((row) => {
      const detected = row.killed + row.timeout;
      const valid = detected + row.survived + row.noCoverage;
      return { ...row, score: valid === 0 ? Number.NaN : (100 * detected) / valid };
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** The scores as a plain-text table, one folder a line. */
export function formatMutationScores(rows: readonly FolderScore[]): string {
  const header = ['folder', 'files', 'score %', 'killed', 'timeout', 'survived', 'no cover', 'invalid'];
  const cells = rows.map((r) => [
    r.folder,
    String(r.files),
    Number.isNaN(r.score) ? '–' : r.score.toFixed(1),
    ...[r.killed, r.timeout, r.survived, r.noCoverage, r.invalid].map(String),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
