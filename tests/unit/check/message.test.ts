import { describe, expect, it } from 'vitest';
import { bilingual, lineAndColumn } from '@/lib/check/message.ts';

/** Sixty characters, each its index's last digit, so a cut shows where it starts and ends. */
const LONG = '0123456789'.repeat(6);

describe('a message in Chinese with the English beside it', () => {
  it('gives the place, both languages, and the line with a caret under the column, wide characters counted twice', () => {
    expect(bilingual({ file: 'a.yaml', line: 3, column: 3 }, '中文。', 'English.', '甲乙丙')).toBe(
      'a.yaml:3:3: 中文。\n    English.\n    3 | 甲乙丙\n            ^',
    );
    expect(bilingual({ file: 'a.yaml' }, '中文。', 'English.')).toBe('a.yaml: 中文。\n    English.');
  });

  it('shows no line when the place has no line number, and no caret when it has no column', () => {
    expect(bilingual({ file: 'a.md' }, '中文。', 'English.', 'text')).toBe('a.md: 中文。\n    English.');
    expect(bilingual({ file: 'a.md', line: 2 }, '中', 'En', 'abc')).toBe('a.md:2: 中\n    En\n    2 | abc');
  });

  it('makes a tab and a byte order mark visible in the shown line', () => {
    const message = bilingual({ file: 'a.md', line: 1, column: 3 }, '中', 'En', '\uFEFF\tb');
    expect(message).toBe('a.md:1:3: 中\n    En\n    1 | ␣→b\n          ^');
  });

  it('shows a line of exactly 48 characters whole, even when the column is not a number', () => {
    const line = '012345678901234567890123456789012345678901234567';
    const message = bilingual({ file: 'a.md', line: 1, column: Number.NaN }, '中', 'En', line);
    expect(message.split('\n')[2]).toBe(`    1 | ${line}`);
  });

  it('cuts a long line after its first 48 characters when the column is near the start, with no dots before', () => {
    expect(bilingual({ file: 'a.md', line: 2, column: 5 }, '中', 'En', LONG)).toBe(
      `a.md:2:5: 中\n    En\n    2 | 012345678901234567890123456789012345678901234567...\n${' '.repeat(12)}^`,
    );
  });

  it('shows the last 48 characters of a long line when the column is at its end, with no dots after', () => {
    expect(bilingual({ file: 'a.md', line: 2, column: 60 }, '中', 'En', LONG)).toBe(
      `a.md:2:60: 中\n    En\n    2 | ...234567890123456789012345678901234567890123456789\n${' '.repeat(58)}^`,
    );
  });
});

describe('the line and column of an offset', () => {
  it('counts lines from 1 and columns in characters from 1, an emoji as one', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('a😀b', 3)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn('ab\n', 3)).toEqual({ line: 2, column: 1 });
  });
});
