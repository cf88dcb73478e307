import { describe, expect, it } from 'vitest';
import { checkAgainstReference, excerpt } from '@/lib/check/reference-check.ts';

describe('checkAgainstReference', () => {
  const reference = ['甲一。', '乙二。', '丙三。'];
  const check = (...texts: string[]) =>
    checkAgainstReference(
      { id: 'vanguard', file: 'v.mdx', paragraphs: texts.map((text, i) => ({ text, line: 2 * i + 1 })) },
      reference,
      'ref.txt',
    );

  it('finds nothing when the paragraphs match', () => {
    expect(check('甲一。', '乙二。', '丙三。')).toEqual([]);
  });

  it('shows the first differing character with its line and column', () => {
    expect(check('甲一。', '乙三。', '丙三。')).toEqual([
      'v.mdx:3:2: paragraph vanguard-2 differs from ref.txt at character 2 (after “乙”): expected “二” (U+4E8C) but found “三” (U+4E09)',
    ]);
  });

  it('names a change of punctuation width alone: the file must keep the reference’s marks as they are', () => {
    expect(check('甲一,', '乙二。', '丙三。').join()).toMatch(/^v\.mdx:1:3: paragraph vanguard-1 differs from ref\.txt .*“。”.*“,”/);
    expect(
      checkAgainstReference({ id: 'lede', file: 'l.mdx', paragraphs: [{ text: '甲,乙。', line: 1 }] }, ['甲，乙。'], 'ref.txt'),
    ).toHaveLength(1);
  });

  it('notes a changed figure', () => {
    expect(
      checkAgainstReference({ id: 'lede', file: 'l.mdx', paragraphs: [{ text: '共637名。', line: 6 }] }, ['共673名。'], 'ref.txt'),
    ).toEqual([
      'l.mdx:6:3: paragraph lede-1 differs from ref.txt at character 3 (after “共6”): expected “7” (U+0037) but found “3” (U+0033); the figure reads 637 where the reference has 673',
    ]);
  });

  it('names an added, removed, split or joined paragraph, which would shift the ids', () => {
    expect(check('甲一。', '新。', '乙二。', '丙三。')).toEqual([
      'v.mdx:3: 多了一段：第 2 段“新。”不在参考文本里，这里原是 vanguard-2（“乙二。”）。请删掉这一段；留着它，后面每一段的编号都会后移一位。\n' +
        '    paragraph “新。” is not in the reference text: expected vanguard-2 here (“乙二。”), found a new paragraph; every later paragraph id would shift by one',
    ]);
    expect(check('甲一。', '丙三。')).toEqual([
      'v.mdx:3: 少了一段：参考文本的第 2 段 vanguard-2（“乙二。”）不见了，应在这一段之前。请照参考文本补回；缺了它，后面每一段的编号都会前移一位。\n' +
        '    paragraph vanguard-2 of the reference text (“乙二。”) is missing: expected it before this line, found vanguard-3 (“丙三。”); every later paragraph id would shift back by one',
    ]);
    expect(check('甲一。', '乙', '二。', '丙三。')).toEqual([
      'v.mdx:3: paragraph vanguard-2 is split into 2 (lines 3, 5): expected one paragraph, as the reference text has it, found a blank line after “乙”; every later paragraph id would shift by 1',
    ]);
    expect(check('甲一。乙二。', '丙三。')).toEqual([
      'v.mdx:1: paragraphs vanguard-1 and vanguard-2 of the reference text are joined into one: expected a blank line after “甲一。”, found none; every later paragraph id would shift back by 1',
    ]);
  });

  it('names paragraphs missing or added at the end', () => {
    expect(check('甲一。', '乙二。')).toEqual([
      'v.mdx:3: 少了一段：参考文本的第 3 段 vanguard-3（“丙三。”）不见了，应在这一段之后、文件末尾之前。请照参考文本补回。\n' +
        '    paragraph vanguard-3 of the reference text (“丙三。”) is missing: expected it after this line, found the end of the file',
    ]);
    expect(check('甲一。', '乙二。', '丙三。', '丁四。')).toEqual([
      'v.mdx:7: 多了一段：第 4 段“丁四。”不在参考文本里，这一部分应在 vanguard-3 结束。请删掉这一段。\n' +
        '    paragraph “丁四。” is not in the reference text: expected the part to end after vanguard-3, found an extra paragraph, which would take the id vanguard-4',
    ]);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole, and cuts a long one after its first characters, counting characters, not UTF-16 units', () => {
    expect(excerpt('本轮疫情发生后')).toBe('本轮疫情发生后');
    expect(excerpt('本轮疫情发生后,通州区委、区政府坚决贯彻')).toBe('本轮疫情发生后,通州区委……');
    expect(excerpt('甲乙丙丁', 2)).toBe('甲乙……');
    expect(excerpt('𠀀𠀁𠀂', 3)).toBe('𠀀𠀁𠀂');
    expect(excerpt('𠀀𠀁𠀂', 2)).toBe('𠀀𠀁……');
  });
});
