// Holds tests/mutation/equivalent-mutants.md to Stryker's committed state: every mutant no test kills has a row that
// names its file and line:col, and no row names a position where no such mutant stands (a row left behind when the code
// moved, or when a test came to kill it).

/** The part of Stryker's state (mutation-testing-report-schema) that the list is held to. */
export interface MutantState {
  files: Record<
    string,
    {
      mutants: readonly {
        status: string;
        mutatorName: string;
        replacement?: string;
        location: { start: { line: number; column: number } };
      }[];
    }
  >;
}

/** A mutant no test kills (Survived, or NoCoverage): its file, start position, mutator and replacement. */
export interface Survivor {
  path: string;
  /** `line:col` of its start, as the list writes it. */
  at: string;
  mutator: string;
  replacement: string;
}

/** One row of the list: the folders of its section, its file's name, and the positions it lists. */
export interface ListRow {
  folders: string[];
  file: string;
  positions: string[];
}

/** Every Survived or NoCoverage mutant of the state, file by file. */
export function survivors(state: MutantState): Survivor[] {
  return Object.entries(state.files).flatMap(([path, file]) =>
    file.mutants
      .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
      .map((mutant) => ({
        path,
        at: `${mutant.location.start.line}:${mutant.location.start.column}`,
        mutator: mutant.mutatorName,
        replacement: mutant.replacement ?? '',
      })),
  );
}

const HEADING = /^## /;
const FOLDER = /`((?:src|scripts)\/[^`]+)`/g;
// A cell boundary: a `|` that is not written `\|` inside a cell.
const CELL = /(?<!\\)\|/;
// A group of positions, as the replacement cell ends: `(12:5)`, `(12:5, 14:9)`.
const POSITIONS = /\((\d+:\d+(?:, \d+:\d+)*)\)/g;

/** The list's table rows, each with the folders its section's heading names and the positions its replacement cell gives. */
export function listRows(list: string): ListRow[] {
  const rows: ListRow[] = [];
  let folders: string[] = [];
  let inList = false;
  let previous = '';
  for (const line of list.split('\n')) {
    if (HEADING.test(line)) folders = [...line.matchAll(FOLDER)].map((match) => match[1] ?? '');
    // A table's first line is its header: only tables headed `| file |` are lists of mutants.
    if (line.startsWith('|') && !previous.startsWith('|')) inList = line.startsWith('| file ');
    previous = line;
    if (!inList || !line.startsWith('| ') || line.startsWith('| file ')) continue;
    const cells = line.split(CELL);
    const file = cells[1]?.trim().split(/\s/)[0] ?? '';
    const positions = [...(cells[3] ?? '').matchAll(POSITIONS)].flatMap((match) => (match[1] ?? '').split(', '));
    rows.push({ folders, file, positions });
  }
  return rows;
}

/** How many times each key stands in `keys`. */
function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Keeps the items past the `allowed` number of each key: the first ones are accounted for, the rest are not. */
function beyond<T>(items: readonly T[], key: (item: T) => string, allowed: ReadonlyMap<string, number>): T[] {
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const k = key(item);
    seen.set(k, (seen.get(k) ?? 0) + 1);
    return (seen.get(k) ?? 0) > (allowed.get(k) ?? 0);
  });
}

const keyOf = (survivor: Survivor) => `${survivor.path} ${survivor.at}`;

/** The survivors no row names (a row gives a position as many times as it covers mutants there). */
export function unlisted(state: MutantState, list: string): Survivor[] {
  const listed = listRows(list).flatMap((row) => row.positions.flatMap((at) => row.folders.map((folder) => `${folder}/${row.file} ${at}`)));
  return beyond(survivors(state), keyOf, tally(listed));
}

/** Each row position where no survivor stands (or more often than survivors do), as `folder/file line:col`. */
export function staleRows(state: MutantState, list: string): string[] {
  const standing = tally(survivors(state).map(keyOf));
  // A row's position, resolved to the folder of its section where a survivor of that file stands there.
  const named = listRows(list).flatMap((row) =>
    row.positions.map(
      (at) =>
        row.folders.map((folder) => `${folder}/${row.file} ${at}`).find((key) => standing.has(key)) ??
        `${row.folders.join(' or ')} ${row.file} ${at}`,
    ),
  );
  return beyond(named, (key) => key, standing);
}
