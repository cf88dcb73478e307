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

  it('notes a figure the file lengthened, one it added where the reference has none, and one it dropped', () => {
    const one = (text: string, reference: string) =>
      checkAgainstReference({ id: 'lede', file: 'l.mdx', paragraphs: [{ text, line: 6 }] }, [reference], 'ref.txt');
    expect(one('共6370名。', '共637名。')).toEqual([
      'l.mdx:6:5: paragraph lede-1 differs from ref.txt at character 5 (after “共637”): expected “名” (U+540D) but found “0” (U+0030); the figure reads 6370 where the reference has 637',
    ]);
    expect(one('共5名。', '共名。')).toEqual([
      'l.mdx:6:2: paragraph lede-1 differs from ref.txt at character 2 (after “共”): expected “名” (U+540D) but found “5” (U+0035); the number 5 is not in the reference',
    ]);
    expect(one('共名。', '共5名。')).toEqual([
      'l.mdx:6:2: paragraph lede-1 differs from ref.txt at character 2 (after “共”): expected “5” (U+0035) but found “名” (U+540D); the reference’s figure 5 is gone',
    ]);
  });

  it('treats a paragraph cut short at the end of the file as a difference, not as a split', () => {
    expect(
      checkAgainstReference({ id: 'lede', file: 'l.mdx', paragraphs: [{ text: 'see', line: 1 }] }, ['seeundefined'], 'ref.txt'),
    ).toEqual([
      'l.mdx:1:4: paragraph lede-1 differs from ref.txt at character 4 (after “see”): expected “u” (U+0075) but found end of text',
    ]);
  });

  it('names a paragraph split into three, with the lines of all three pieces, and three paragraphs joined into one', () => {
    expect(check('甲一。', '乙', '二', '。', '丙三。')).toEqual([
      'v.mdx:3: paragraph vanguard-2 is split into 3 (lines 3, 5, 7): expected one paragraph, as the reference text has it, found a blank line after “乙”; every later paragraph id would shift by 2',
    ]);
    expect(check('甲一。乙二。丙三。')).toEqual([
      'v.mdx:1: paragraphs vanguard-1 to vanguard-3 of the reference text are joined into one: expected a blank line after “甲一。”, found none; every later paragraph id would shift back by 2',
    ]);
  });

  it('quotes the last ten characters before a split or a missing blank line, with an ellipsis only if there is more', () => {
    expect(
      checkAgainstReference(
        {
          id: 'lede',
          file: 'l.mdx',
          paragraphs: [
            { text: '一二三四五六七八九十', line: 1 },
            { text: '甲乙。', line: 3 },
          ],
        },
        ['一二三四五六七八九十甲乙。'],
        'ref.txt',
      ),
    ).toEqual([
      'l.mdx:1: paragraph lede-1 is split into 2 (lines 1, 3): expected one paragraph, as the reference text has it, found a blank line after “一二三四五六七八九十”; every later paragraph id would shift by 1',
    ]);
    expect(
      checkAgainstReference(
        { id: 'lede', file: 'l.mdx', paragraphs: [{ text: '甲一二三四五六七八九十乙。', line: 1 }] },
        ['甲一二三四五六七八九十', '乙。'],
        'ref.txt',
      ),
    ).toEqual([
      'l.mdx:1: paragraphs lede-1 and lede-2 of the reference text are joined into one: expected a blank line after “……一二三四五六七八九十”, found none; every later paragraph id would shift back by 1',
    ]);
  });

  it('points a paragraph missing at the end at the last line of the file', () => {
    expect(
      checkAgainstReference(
        {
          id: 'vanguard',
          file: 'v.mdx',
          paragraphs: [
            { text: '甲一。', line: 1 },
            { text: '乙二。', line: 3 },
            { text: '丙三。', line: 5 },
          ],
        },
        ['甲一。', '乙二。', '丙三。', '丁四。'],
        'ref.txt',
      ),
    ).toEqual([
      'v.mdx:5: 少了一段：参考文本的第 4 段 vanguard-4（“丁四。”）不见了，应在这一段之后、文件末尾之前。请照参考文本补回。\n' +
        '    paragraph vanguard-4 of the reference text (“丁四。”) is missing: expected it after this line, found the end of the file',
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
