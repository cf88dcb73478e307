import { describe, expect, it } from 'vitest';
import { bilingual } from '@/lib/check/message.ts';

describe('a message in Chinese with the English beside it', () => {
  it('gives the place, both languages, and the line with a caret under the column, wide characters counted twice', () => {
    expect(bilingual({ file: 'a.yaml', line: 3, column: 3 }, '中文。', 'English.', '甲乙丙')).toBe(
      'a.yaml:3:3: 中文。\n    English.\n    3 | 甲乙丙\n            ^',
    );
    expect(bilingual({ file: 'a.yaml' }, '中文。', 'English.')).toBe('a.yaml: 中文。\n    English.');
  });
});
