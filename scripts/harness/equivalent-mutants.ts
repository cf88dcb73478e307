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

/** True if a row names this file (by its section's folder and its name) and this position. */
function names(row: ListRow, path: string, at: string): boolean {
  const slash = path.lastIndexOf('/');
  return row.file === path.slice(slash + 1) && row.folders.includes(path.slice(0, slash)) && row.positions.includes(at);
}

/** The survivors no row names. */
export function unlisted(state: MutantState, list: string): Survivor[] {
  const rows = listRows(list);
  return survivors(state).filter((survivor) => !rows.some((row) => names(row, survivor.path, survivor.at)));
}

/** Each row position where no survivor stands, as `folder/file line:col`. */
export function staleRows(state: MutantState, list: string): string[] {
  const all = survivors(state);
  return listRows(list).flatMap((row) =>
    row.positions
      .filter((at) => !all.some((survivor) => survivor.at === at && names(row, survivor.path, at)))
      .map((at) => `${row.folders.join(' or ')} ${row.file} ${at}`),
  );
}
