import { describe, expect, it } from 'vitest';
import { domainOf, formatMutationScores, mutationScores } from '../../../scripts/harness/mutation-score.ts';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('mutation score per folder', () => {
  it('names the domain folder of each mutated file', () => {
    expect(domainOf('src/lib/text/normalize.ts')).toBe('text');
    expect(domainOf('src/lib/graphics/chart.ts')).toBe('graphics');
    expect(domainOf('src/integrations/postbuild/sitemap.ts')).toBe('postbuild');
    expect(domainOf('scripts/archive/bagit.ts')).toBe('archive');
  });

  it('counts killed and timed-out mutants as detected, over all but the invalid ones', () => {
    const rows = mutationScores({
      files: {
        'src/lib/text/a.ts': mutants('Killed', 'Killed', 'Timeout', 'Survived', 'CompileError'),
        'src/lib/text/b.ts': mutants('NoCoverage', 'RuntimeError', 'Ignored'),
        'scripts/archive/bagit.ts': mutants('Killed', 'Killed', 'Killed', 'Survived'),
      },
    });
    expect(rows).toEqual([
      { folder: 'archive', files: 1, killed: 3, timeout: 0, survived: 1, noCoverage: 0, invalid: 0, score: 75 },
      { folder: 'text', files: 2, killed: 2, timeout: 1, survived: 1, noCoverage: 1, invalid: 2, score: 60 },
    ]);
  });

  it('has no score for a folder with no valid mutant, and shows it as a dash', () => {
    const rows = mutationScores({ files: { 'src/lib/cite/x.ts': mutants('CompileError') } });
    expect(rows[0]?.score).toBeNaN();
    expect(formatMutationScores(rows).split('\n')).toEqual([
      'folder  files  score %  killed  timeout  survived  no cover  invalid',
      '──────  ─────  ───────  ──────  ───────  ────────  ────────  ───────',
      'cite        1        –       0        0         0         0        1',
    ]);
  });
});
