import { describe, expect, it } from 'vitest';
import {
  aroundDifference,
  blockName,
  diffBlocks,
  diffEntries,
  formatEntryChanges,
  formatPageChanges,
  shownValue,
  type Block,
} from '@/lib/changes/diff.ts';

const p = (text: string, id?: string): Block => ({ tag: 'p', text, ...(id ? { id } : {}) });

describe('diffBlocks', () => {
  it('finds nothing when the text is the same', () => {
    expect(diffBlocks([p('甲', 'lede-1'), p('乙')], [p('甲', 'lede-1'), p('乙')])).toEqual([]);
  });

  it('pairs a changed block by its id, and one without an id by its place', () => {
    expect(diffBlocks([p('甲', 'lede-1'), p('乙'), p('丙')], [p('甲！', 'lede-1'), p('乙！'), p('丙')])).toEqual([
      { kind: 'changed', before: p('甲', 'lede-1'), after: p('甲！', 'lede-1') },
      { kind: 'changed', before: p('乙'), after: p('乙！') },
    ]);
  });

  it('tells blocks added and removed from blocks changed', () => {
    expect(diffBlocks([p('甲'), p('乙')], [p('甲'), p('新'), p('乙')])).toEqual([{ kind: 'added', block: p('新') }]);
    expect(diffBlocks([p('甲'), p('乙'), p('丙')], [p('甲'), p('丙')])).toEqual([{ kind: 'removed', block: p('乙') }]);
    expect(diffBlocks([p('甲', 'a-1')], [p('乙', 'a-2')])).toEqual([
      { kind: 'removed', block: p('甲', 'a-1') },
      { kind: 'added', block: p('乙', 'a-2') },
    ]);
  });
});

describe('diffEntries', () => {
  it('lists entries added, removed and changed, field by field, dates as days', () => {
    const before = [{ id: 'a', value: 1, date: new Date('2022-05-01') }, { id: 'b' }];
    const after = [
      { id: 'a', value: 2, date: new Date('2022-05-01') },
      { id: 'c', phrase: '新' },
    ];
    expect(diffEntries(before, after)).toEqual([
      { kind: 'changed', id: 'a', fields: [{ field: 'value', before: 1, after: 2 }] },
      { kind: 'added', id: 'c', entry: { id: 'c', phrase: '新' } },
      { kind: 'removed', id: 'b', entry: { id: 'b' } },
    ]);
  });
});

describe('the report', () => {
  it('shows the difference of two texts in brackets, with some text around it', () => {
    expect(aroundDifference('全区共有3万余人次在职党员', '全区共有4万余人次在职党员', 4)).toEqual({
      before: '全区共有[3]万余人次…',
      after: '全区共有[4]万余人次…',
    });
    expect(aroundDifference('甲乙', '甲乙丙')).toEqual({ before: '甲乙[]', after: '甲乙[丙]' });
  });

  it('names an article paragraph by its id, and other blocks by tag', () => {
    expect(blockName(p('x', 'vanguard-5'))).toBe('¶ vanguard-5');
    expect(blockName({ tag: 'li', text: 'x', id: 'kakou' })).toBe('li#kakou');
    expect(blockName({ tag: 'td', text: 'x' })).toBe('td');
  });

  it('lists each page with its changes, and each data file’s entries', () => {
    const lines = formatPageChanges([
      { page: 'vanguard/index.html', changes: [{ kind: 'changed', before: p('甲乙', 'vanguard-5'), after: p('甲丙', 'vanguard-5') }] },
      { page: 'index.html', changes: [] },
    ]);
    expect(lines).toEqual(['/vanguard/', '  ¶ vanguard-5 changed / 改动', '    before / 改前: 甲[乙]', '    after  / 改后: 甲[丙]']);
    expect(
      formatEntryChanges('content/errata.yaml', [
        { kind: 'added', id: 'x', entry: { id: 'x', paragraph: 'vanguard-5', printed: '3', corrected: '4' } },
      ]),
    ).toEqual(['content/errata.yaml', '  + x (paragraph: vanguard-5, printed: 3, corrected: 4) added / 新增']);
  });
});

describe('diffBlocks, unchanged runs and pairing', () => {
  const li = (text: string): Block => ({ tag: 'li', text });

  it('keeps the longest run of unchanged texts, and reports only what was added or removed around it', () => {
    expect(diffBlocks([p('乙')], [p('甲'), p('乙')])).toEqual([{ kind: 'added', block: p('甲') }]);
    expect(diffBlocks([p('甲'), p('乙')], [p('丙'), p('甲'), p('乙')])).toEqual([{ kind: 'added', block: p('丙') }]);
    expect(diffBlocks([p('丁')], [p('甲'), p('乙'), p('丙'), p('丁')])).toEqual([
      { kind: 'added', block: p('甲') },
      { kind: 'added', block: p('乙') },
      { kind: 'added', block: p('丙') },
    ]);
    expect(diffBlocks([p('甲'), p('乙'), p('丙')], [p('丙'), p('甲'), p('丙')])).toEqual([
      { kind: 'added', block: p('丙') },
      { kind: 'removed', block: p('乙') },
    ]);
    expect(diffBlocks([p('甲'), p('甲')], [p('甲')])).toEqual([{ kind: 'removed', block: p('甲') }]);
    expect(diffBlocks([p('甲')], [p('甲'), p('甲')])).toEqual([{ kind: 'added', block: p('甲') }]);
  });

  it('counts a block moved past others as removed and added again, the earlier one of the old page when either could be', () => {
    expect(diffBlocks([p('甲'), p('乙')], [p('乙'), p('甲')])).toEqual([
      { kind: 'removed', block: p('甲') },
      { kind: 'added', block: p('甲') },
    ]);
    expect(diffBlocks([p('甲'), p('乙'), p('丙')], [p('丙'), p('甲')])).toEqual([
      { kind: 'removed', block: p('甲') },
      { kind: 'removed', block: p('乙') },
      { kind: 'added', block: p('甲') },
    ]);
    expect(diffBlocks([p('甲'), p('乙'), p('乙')], [p('乙'), p('甲'), p('乙')])).toEqual([
      { kind: 'removed', block: p('甲') },
      { kind: 'added', block: p('甲') },
    ]);
  });

  it('pairs a block without an id only with the block in its place, and only when it has the same tag', () => {
    expect(diffBlocks([li('甲')], [p('乙')])).toEqual([
      { kind: 'removed', block: li('甲') },
      { kind: 'added', block: p('乙') },
    ]);
    expect(diffBlocks([p('甲')], [li('丙'), p('丁')])).toEqual([
      { kind: 'removed', block: p('甲') },
      { kind: 'added', block: li('丙') },
      { kind: 'added', block: p('丁') },
    ]);
  });

  it('never pairs a block that has an id with one that has none', () => {
    expect(diffBlocks([p('甲')], [p('乙', 'lede-1')])).toEqual([
      { kind: 'removed', block: p('甲') },
      { kind: 'added', block: p('乙', 'lede-1') },
    ]);
    expect(diffBlocks([p('甲', 'lede-1')], [p('乙')])).toEqual([
      { kind: 'removed', block: p('甲', 'lede-1') },
      { kind: 'added', block: p('乙') },
    ]);
  });

  it('pairs blocks by their id wherever they stand between unchanged blocks', () => {
    expect(diffBlocks([p('甲', 'lede-2')], [p('新', 'lede-1'), p('甲！', 'lede-2')])).toEqual([
      { kind: 'changed', before: p('甲', 'lede-2'), after: p('甲！', 'lede-2') },
      { kind: 'added', block: p('新', 'lede-1') },
    ]);
  });
});

describe('shownValue', () => {
  it('shows a date as its day only, a string as itself, and nothing as a word', () => {
    expect(shownValue(new Date('2022-05-01T15:30:00Z'))).toBe('2022-05-01');
    expect(shownValue('新')).toBe('新');
    expect(shownValue(3)).toBe('3');
    expect(shownValue(undefined)).toBe('nothing');
  });
});

describe('diffEntries, entries left as they were', () => {
  it('lists no change for an entry whose fields are all the same', () => {
    const before = [{ id: 'a', value: 1, date: new Date('2022-05-01') }];
    const after = [{ id: 'a', value: 1, date: new Date('2022-05-01') }];
    expect(diffEntries(before, after)).toEqual([]);
  });
});

describe('aroundDifference, at the edges', () => {
  it('cuts the common start and end to the context, with an ellipsis only where text was cut', () => {
    expect(aroundDifference('一二三四五六甲七八', '一二三四五六乙丙七八', 2)).toEqual({
      before: '…五六[甲]七八',
      after: '…五六[乙丙]七八',
    });
  });

  it('does not count a repeated last character as common when one text is the other plus more', () => {
    expect(aroundDifference('甲乙', '甲乙乙')).toEqual({ before: '甲乙[]', after: '甲乙[乙]' });
    expect(aroundDifference('甲乙乙', '甲乙')).toEqual({ before: '甲乙[乙]', after: '甲乙[]' });
  });

  it('shows two equal texts with an empty difference at their end', () => {
    expect(aroundDifference('甲乙', '甲乙')).toEqual({ before: '甲乙[]', after: '甲乙[]' });
  });
});

describe('blockName, which ids are article paragraphs', () => {
  it('takes as a paragraph only a whole lowercase name, a hyphen and a number', () => {
    expect(blockName(p('x', 'vanguard-12'))).toBe('¶ vanguard-12');
    expect(blockName(p('x', 'Intro-2'))).toBe('p#Intro-2');
    expect(blockName(p('x', 'vanguard-5a'))).toBe('p#vanguard-5a');
  });
});

describe('the report, blocks added and removed, and entries', () => {
  it('strips index.html only at the end of a page’s path', () => {
    expect(
      formatPageChanges([{ page: 'index.html-old/notes.html', changes: [{ kind: 'changed', before: p('甲'), after: p('乙') }] }]),
    ).toEqual(['/index.html-old/notes.html', '  p changed / 改动', '    before / 改前: [甲]', '    after  / 改后: [乙]']);
  });

  it('lists a block added or removed with its text, cut after 60 characters', () => {
    const sixty =
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十';
    expect(
      formatPageChanges([
        {
          page: 'vanguard/index.html',
          changes: [
            { kind: 'removed', block: p(sixty, 'vanguard-2') },
            { kind: 'added', block: p(`${sixty}零`, 'vanguard-3') },
            { kind: 'added', block: { tag: 'h2', text: '标题' } },
          ],
        },
      ]),
    ).toEqual([
      '/vanguard/',
      '  - ¶ vanguard-2 removed / 删除: 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十',
      '  + ¶ vanguard-3 added / 新增: 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…',
      '  + h2 added / 新增: 标题',
    ]);
  });

  it('lists nothing for a data file without changes', () => {
    expect(formatEntryChanges('content/errata.yaml', [])).toEqual([]);
  });

  it('lists an entry changed field by field, and one removed with its summary or without', () => {
    expect(
      formatEntryChanges('content/glossary.yaml', [
        {
          kind: 'changed',
          id: 'a',
          fields: [
            { field: 'value', before: 1, after: 2 },
            { field: 'date', before: new Date('2022-05-01'), after: undefined },
          ],
        },
        { kind: 'removed', id: 'b', entry: { id: 'b', phrase: '先锋', term: '党员', value: 3 } },
        { kind: 'removed', id: 'c', entry: { id: 'c' } },
      ]),
    ).toEqual([
      'content/glossary.yaml',
      '  ~ a',
      '      value: 1 → 2',
      '      date: 2022-05-01 → nothing',
      '  - b (phrase: 先锋, term: 党员, value: 3) removed / 删除',
      '  - c removed / 删除',
    ]);
  });
});
