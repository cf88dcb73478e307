import { describe, expect, it } from 'vitest';
import { applyCorrections, checkErrata, readerForm, renderedParagraph, segmentsOf } from '@/lib/check/errata.ts';
import type { ParagraphRef } from '@/lib/check/pointers.ts';

describe('segmentsOf and applyCorrections', () => {
  const fix = { printed: '全鎮', corrected: '全镇' };

  it('cuts a text around its corrections, in the order they stand', () => {
    const other = { printed: '甲', corrected: '乙' };
    expect(segmentsOf('号召全鎮在职,甲方', [other, fix])).toEqual(['号召', fix, '在职,', other, '方']);
    expect(segmentsOf('全鎮', [fix])).toEqual([fix]);
    expect(segmentsOf('没有', [fix])).toEqual(['没有']);
  });

  it('refuses a correction whose printed text stands twice, or corrections that overlap', () => {
    expect(() => segmentsOf('全鎮与全鎮', [fix])).toThrow('“全鎮” stands 2 times');
    expect(() => segmentsOf('号召全鎮', [fix, { printed: '召全', corrected: '召全' }])).toThrow('overlap');
  });

  it('applies corrections, and insists each printed text stands in the text', () => {
    expect(applyCorrections('号召全鎮在职党员', [fix])).toBe('号召全镇在职党员');
    expect(applyCorrections('号召全鎮在职党员', [])).toBe('号召全鎮在职党员');
    expect(() => applyCorrections('号召全镇在职党员', [fix])).toThrow('“全鎮” does not stand in');
  });

  it('renders a paragraph as readers see it: punctuation normalised, then corrected', () => {
    expect(renderedParagraph('5月1日,号召全鎮在职党员', [fix])).toBe('5月1日，号召全镇在职党员');
    expect(renderedParagraph('甲,乙', [{ printed: '甲,乙', corrected: '甲,丙' }])).toBe('甲，丙');
    expect(readerForm({ printed: '甲,乙', corrected: '甲;丙' })).toEqual({ printed: '甲，乙', corrected: '甲；丙' });
  });
});

describe('checkErrata', () => {
  const paragraphs = new Map<string, ParagraphRef>([['vanguard-5', { text: '面向全镇招募,号召全鎮在职党员', file: 'v.mdx', line: 15 }]]);
  const entry = { id: 'q', paragraph: 'vanguard-5', printed: '全鎮', corrected: '全镇', line: 6 };

  it('accepts a correction whose printed text stands once, written as in the MDX or full-width', () => {
    expect(checkErrata('e.yaml', [entry], paragraphs)).toEqual([]);
    expect(checkErrata('e.yaml', [{ ...entry, printed: '招募,号召全鎮', corrected: '招募，号召全镇' }], paragraphs)).toEqual([]);
    expect(checkErrata('e.yaml', [{ ...entry, printed: '招募，号召全鎮', corrected: '招募，号召全镇' }], paragraphs)).toEqual([]);
  });

  it('names each mistake with the file, line, entry and field', () => {
    expect(checkErrata('e.yaml', [{ ...entry, paragraph: 'vanguard-6' }], paragraphs)).toEqual([
      'e.yaml:6: entry “q”, field “paragraph”: expected vanguard-5, found “vanguard-6”, which does not exist; “全鎮” stands in vanguard-5',
    ]);
    expect(checkErrata('e.yaml', [{ ...entry, printed: '全镇' }], paragraphs)).toEqual([
      'e.yaml:6: entry “q”, field “corrected”: expected a reading that differs from the printed text, found the same “全镇”',
    ]);
    expect(checkErrata('e.yaml', [{ ...entry, printed: '全' }], paragraphs)).toEqual([
      'e.yaml:6: entry “q”, field “printed”: expected “全” to stand once in paragraph vanguard-5, found it 2 times; quote more of the passage, so that it is unique',
    ]);
    expect(checkErrata('e.yaml', [entry, { ...entry, id: 'r', printed: '召全', corrected: '召集全', line: 12 }], paragraphs)).toEqual([
      'e.yaml:12: entry “r”, field “printed”: expected text apart from that of entry “q” (“全鎮”), found the two overlapping in paragraph vanguard-5',
    ]);
  });

  it('names the file alone when the entry has no line', () => {
    expect(checkErrata('e.yaml', [{ id: 'q', paragraph: 'vanguard-5', printed: '全镇', corrected: '全镇' }], paragraphs)).toEqual([
      'e.yaml: entry “q”, field “corrected”: expected a reading that differs from the printed text, found the same “全镇”',
    ]);
  });

  it('reports a printed text missing from its paragraph once, and never as overlapping another entry', () => {
    const missing = 'e.yaml:3: entry “m”, field “printed”: expected “不存在” in paragraph vanguard-5 (v.mdx:15), found no such text there';
    const gone = { ...entry, id: 'm', printed: '不存在', line: 3 };
    const first = { ...entry, id: 'a', printed: '面向', corrected: '面对', line: 9 };
    expect(checkErrata('e.yaml', [gone, first], paragraphs)).toEqual([missing]);
    expect(checkErrata('e.yaml', [first, gone], paragraphs)).toEqual([missing]);
  });

  it('lets corrections touch without overlapping, and does not compare corrections of different paragraphs', () => {
    const touching = [
      { ...entry, id: 'a', printed: '面向', corrected: '面对' },
      { ...entry, id: 'b', printed: '招募', corrected: '招聘' },
      { ...entry, id: 'c', printed: '全镇', corrected: '全区' },
    ];
    expect(checkErrata('e.yaml', touching, paragraphs)).toEqual([]);
    const two = new Map<string, ParagraphRef>([
      ['vanguard-4', { text: '全镇招募', file: 'v.mdx', line: 13 }],
      ['vanguard-5', { text: '号召全镇在职', file: 'v.mdx', line: 15 }],
    ]);
    const apart = [
      { id: 'a', paragraph: 'vanguard-4', printed: '全镇', corrected: '全区' },
      { id: 'b', paragraph: 'vanguard-5', printed: '号召全镇', corrected: '号召全区' },
    ];
    expect(checkErrata('e.yaml', apart, two)).toEqual([]);
  });
});
