import { describe, expect, it } from 'vitest';
import { differenceIndex, firstDifference, parseReference, referenceBlocks } from '@/lib/check/reference.ts';

describe('parseReference', () => {
  const text = [
    '标题',
    '日期作者',
    '刊名\n关键词',
    '作者',
    '导语一',
    '导语二',
    '第一节',
    '甲',
    '乙',
    '第二节',
    '丙',
    '(责任编辑:某)',
    '',
  ].join('\n\n');

  it('cuts header, lede, sections and trailer', () => {
    expect(parseReference(text, ['第一节', '第二节'])).toEqual({
      header: ['标题', '日期作者', '刊名\n关键词', '作者'],
      lede: ['导语一', '导语二'],
      sections: [
        { heading: '第一节', paragraphs: ['甲', '乙'] },
        { heading: '第二节', paragraphs: ['丙'] },
      ],
      trailer: ['(责任编辑:某)'],
    });
  });

  it('names a heading the text does not have', () => {
    expect(() => parseReference(text, ['第一节', '第三节'])).toThrow('reference text has no heading “第三节”');
  });

  it('names every heading the text does not have', () => {
    expect(() => parseReference(text, ['第三节', '第四节'])).toThrow('reference text has no heading “第三节”, “第四节”');
  });

  it('has no trailer when no block starts with the desk editor’s line', () => {
    const noTrailer = ['标题', '日期', '刊名', '作者', '导语', '第一节', '甲(责任编辑:某)', '乙'].join('\n\n');
    expect(parseReference(noTrailer, ['第一节'])).toEqual({
      header: ['标题', '日期', '刊名', '作者'],
      lede: ['导语'],
      sections: [{ heading: '第一节', paragraphs: ['甲(责任编辑:某)', '乙'] }],
      trailer: [],
    });
  });
});

describe('referenceBlocks', () => {
  it('keeps the headings in the body, and the title and the editor’s line out of it', () => {
    const text = ['标题', '日期', '刊名', '作者', '导语', '第一节', '甲', '(责任编辑:某)', '附记'].join('\n\n');
    expect(referenceBlocks(text)).toEqual({
      header: ['标题', '日期', '刊名', '作者'],
      body: ['导语', '第一节', '甲'],
      trailer: ['(责任编辑:某)', '附记'],
    });
  });

  it('runs the body to the end when no block starts with the editor’s line', () => {
    const text = ['标题', '日期', '刊名', '作者', '导语', '甲(责任编辑：某)'].join('\n\n');
    expect(referenceBlocks(text)).toEqual({ header: ['标题', '日期', '刊名', '作者'], body: ['导语', '甲(责任编辑：某)'], trailer: [] });
  });
});

describe('firstDifference', () => {
  it('is null for equal texts', () => {
    expect(firstDifference('一二三', '一二三')).toBeNull();
  });

  it('gives the position and both characters of the first difference', () => {
    expect(firstDifference('637名干部', '638名干部')).toBe('at character 3 (after “63”): expected “7” (U+0037) but found “8” (U+0038)');
    expect(firstDifference('甲乙', '甲')).toBe('at character 2 (after “甲”): expected “乙” (U+4E59) but found end of text');
  });
});

describe('differenceIndex', () => {
  it('finds the first differing character', () => {
    expect(differenceIndex('637名', '637名')).toBe(-1);
    expect(differenceIndex('637名', '638名')).toBe(2);
    expect(differenceIndex('甲乙', '甲')).toBe(1);
  });
});
