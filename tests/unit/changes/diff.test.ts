import { describe, expect, it } from 'vitest';
import {
  aroundDifference,
  blockName,
  diffBlocks,
  diffEntries,
  formatEntryChanges,
  formatPageChanges,
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
