import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listRows, staleRows, survivors, unlisted, type MutantState } from '../../../scripts/harness/equivalent-mutants.ts';
import { EQUIVALENT_MUTANTS, MUTATION_STATE } from '../../../scripts/harness/mutation-score.ts';

const mutant = (status: string, line: number, column: number, mutatorName = 'StringLiteral', replacement = '""') => ({
  status,
  mutatorName,
  replacement,
  location: { start: { line, column } },
});

const state: MutantState = {
  files: {
    'src/lib/text/normalize.ts': {
      mutants: [mutant('Survived', 3, 7), mutant('Killed', 4, 1), mutant('NoCoverage', 9, 12, 'Regex', '/a/')],
    },
    'src/lib/search/normalize.ts': { mutants: [mutant('Survived', 3, 7), mutant('Timeout', 5, 2), mutant('CompileError', 6, 1)] },
  },
};

const list = [
  '# Mutants no test can kill',
  '',
  '## text (`src/lib/text`)',
  '',
  '| file | mutator | replacement | why it survives |',
  '|---|---|---|---|',
  '| normalize.ts `fold` | StringLiteral | `a \\|\\| b` → `""` (3:7) | never read |',
  '| normalize.ts `fold` | Regex (no coverage) | `/a+/` → `/a/` (9:12) | one character only |',
  '',
  '## search (`src/lib/search`, `src/lib/changes`)',
  '',
  '| folder | files | first pass | now |',
  '|---|---|---|---|',
  '| search | 11 | (3:7) | 95.0% |',
].join('\n');

describe('the list of equivalent mutants, held to the mutation state', () => {
  it('takes as survivors the mutants that survived or that no test covered, and no others', () => {
    expect(survivors(state)).toEqual([
      { path: 'src/lib/text/normalize.ts', at: '3:7', mutator: 'StringLiteral', replacement: '""' },
      { path: 'src/lib/text/normalize.ts', at: '9:12', mutator: 'Regex', replacement: '/a/' },
      { path: 'src/lib/search/normalize.ts', at: '3:7', mutator: 'StringLiteral', replacement: '""' },
    ]);
  });

  it("reads each row's file, its section's folders and its positions, past an escaped bar, and skips tables that are not lists", () => {
    expect(listRows(list)).toEqual([
      { folders: ['src/lib/text'], file: 'normalize.ts', positions: ['3:7'] },
      { folders: ['src/lib/text'], file: 'normalize.ts', positions: ['9:12'] },
    ]);
    expect(
      listRows(
        '## c (`src/lib/check`)\n\n| file | m | r | why |\n|---|---|---|---|\n| a.ts `f` | X (×3) | `x` → `y` (1:2, 1:2) and `z` (4:5) | w (6:7) |',
      ),
    ).toEqual([{ folders: ['src/lib/check'], file: 'a.ts', positions: ['1:2', '1:2', '4:5'] }]);
  });

  it("names a survivor listed only under another folder's file of the same name", () => {
    expect(unlisted(state, list)).toEqual([
      { path: 'src/lib/search/normalize.ts', at: '3:7', mutator: 'StringLiteral', replacement: '""' },
    ]);
  });

  it('names a survivor whose row gives another position, and that row as stale', () => {
    const moved = list.replace('(9:12)', '(8:12)');
    expect(unlisted(state, moved).map((survivor) => `${survivor.path} ${survivor.at}`)).toEqual([
      'src/lib/text/normalize.ts 9:12',
      'src/lib/search/normalize.ts 3:7',
    ]);
    expect(staleRows(state, moved)).toEqual(['src/lib/text normalize.ts 8:12']);
  });

  it('names a row whose mutant a test now kills', () => {
    const killed: MutantState = {
      files: { ...state.files, 'src/lib/text/normalize.ts': { mutants: [mutant('Killed', 3, 7), mutant('NoCoverage', 9, 12)] } },
    };
    expect(staleRows(killed, list)).toEqual(['src/lib/text normalize.ts 3:7']);
  });

  it('asks a position twice of the list where two survivors share it, and names a position listed more often than survivors stand there', () => {
    const twice: MutantState = {
      files: {
        'src/lib/text/normalize.ts': {
          mutants: [mutant('Survived', 3, 7), mutant('Survived', 3, 7, 'EqualityOperator'), mutant('NoCoverage', 9, 12)],
        },
      },
    };
    expect(unlisted(twice, list)).toEqual([
      { path: 'src/lib/text/normalize.ts', at: '3:7', mutator: 'EqualityOperator', replacement: '""' },
    ]);
    expect(unlisted(twice, list.replace('(3:7)', '(3:7, 3:7)'))).toEqual([]);
    expect(staleRows(twice, list.replace('(3:7)', '(3:7, 3:7)').replace('(9:12)', '(9:12, 9:12)'))).toEqual([
      'src/lib/text/normalize.ts 9:12',
    ]);
  });

  // Stryker's own runs leave this file out (vitest.mutation.config.ts): a run that finds a new survivor must not stop the next one.
  it('lists every survivor of the committed state, at the position the state gives, and nothing else', () => {
    const committed = JSON.parse(readFileSync(MUTATION_STATE, 'utf8')) as MutantState;
    const text = readFileSync(EQUIVALENT_MUTANTS, 'utf8');
    expect(survivors(committed).length).toBeGreaterThan(100);
    const fix = `${EQUIVALENT_MUTANTS}:`;
    expect(unlisted(committed, text), `${fix} each survivor needs a test that kills it, or a row with its line:col and why`).toEqual([]);
    expect(staleRows(committed, text), `${fix} no survivor stands at these rows' positions: update or remove them`).toEqual([]);
  });
});
