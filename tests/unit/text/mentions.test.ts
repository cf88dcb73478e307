import { describe, expect, it } from 'vitest';
import { excerpt, findMentions, firstMentions, indexOfForm } from '@/lib/text/mentions.ts';

describe('findMentions', () => {
  const entries = [
    { id: 'branch', forms: ['临时党支部'] },
    { id: 'lianhuasi-branch', forms: ['莲花寺社区疫情防控临时党支部'] },
    { id: 'shuangbaodao', forms: ['在职党员“双报到”'] },
    { id: 'zaizhi', forms: ['在职党员'] },
    { id: 'test', forms: ['核酸检测', '核酸采样'] },
  ];

  it('finds each mention left to right with its offsets', () => {
    expect(findMentions('先核酸采样，再核酸检测', entries)).toEqual([
      { id: 'test', form: '核酸采样', start: 1, end: 5 },
      { id: 'test', form: '核酸检测', start: 7, end: 11 },
    ]);
  });

  it('prefers the longest term starting at the same place, and never overlaps', () => {
    expect(findMentions('开展在职党员“双报到”活动，在职党员回应', entries).map((m) => [m.id, m.start])).toEqual([
      ['shuangbaodao', 2],
      ['zaizhi', 14],
    ]);
    expect(findMentions('莲花寺社区疫情防控临时党支部正式成立', entries).map((m) => m.id)).toEqual(['lianhuasi-branch']);
  });

  it('prefers the longest term whatever the order of the entries, and the first-listed of two equal ones', () => {
    const shortFirst = [
      { id: 'zaizhi', forms: ['在职党员'] },
      { id: 'shuangbaodao', forms: ['在职党员“双报到”'] },
      { id: 'same', forms: ['在职党员'] },
    ];
    expect(findMentions('在职党员“双报到”', shortFirst).map((m) => m.id)).toEqual(['shuangbaodao']);
    expect(findMentions('在职党员回应', shortFirst).map((m) => m.id)).toEqual(['zaizhi']);
  });

  it('finds nothing in text that names nothing, and ignores empty forms', () => {
    expect(findMentions('没有术语', entries)).toEqual([]);
    expect(findMentions('abc', [{ id: 'empty', forms: [''] }])).toEqual([]);
  });

  it('firstMentions keeps the first paragraph and place of each entry', () => {
    const first = firstMentions(['核酸检测', '临时党支部和核酸采样'], entries);
    expect(first.get('test')).toEqual({ index: 0, mention: { id: 'test', form: '核酸检测', start: 0, end: 4 } });
    expect(first.get('branch')?.index).toBe(1);
    expect(first.has('zaizhi')).toBe(false);
  });
});

describe('excerpt', () => {
  it('cuts a few characters either side of the first form, saying where it cut', () => {
    expect(excerpt('一二三四五于其舰六七八九十', ['于其舰'], 2)).toEqual({
      before: '四五',
      match: '于其舰',
      after: '六七',
      cutStart: true,
      cutEnd: true,
    });
    expect(excerpt('于其舰说', ['于其舰'], 5)).toEqual({ before: '', match: '于其舰', after: '说', cutStart: false, cutEnd: false });
  });

  it('takes the earliest of several forms, and is null when none stands in the text', () => {
    expect(excerpt('在中仓街道管控区内，莲花寺社区', ['莲花寺社区', '中仓街道'], 1)?.match).toBe('中仓街道');
    expect(excerpt('无关的文字', ['于其舰'])).toBeNull();
  });

  it('keeps the earliest form whatever the order of the forms, passing over forms the text lacks', () => {
    expect(excerpt('在中仓街道管控区内，莲花寺社区', ['中仓街道', '莲花寺社区'], 1)?.match).toBe('中仓街道');
    expect(excerpt('在中仓街道管控区内', ['中仓街道', '于其舰'], 1)?.match).toBe('中仓街道');
  });

  it('takes the longest of the forms that start at the same place, in either order', () => {
    expect(excerpt('莲花寺社区', ['莲花寺', '莲花寺社区'])?.match).toBe('莲花寺社区');
    expect(excerpt('莲花寺社区', ['莲花寺社区', '莲花寺'])?.match).toBe('莲花寺社区');
  });
});

describe('matching English words', () => {
  it('finds a form only as whole words, case and all', () => {
    expect(indexOfForm('the shock teams and the shock team', 'shock team', 0, { words: true })).toBe(24);
    expect(indexOfForm('the shock teams', 'shock team')).toBe(4);
  });

  it('takes the longest of the forms starting at one place, and skips forms inside longer words', () => {
    const entries = [
      { id: 'team', forms: ['shock team', 'shock teams'] },
      { id: 'party', forms: ['Party'] },
    ];
    expect(findMentions('Party-member shock teams of the Partyline', entries, { words: true }).map((m) => [m.id, m.form])).toEqual([
      ['party', 'Party'],
      ['team', 'shock teams'],
    ]);
  });

  it('cuts an English excerpt between words', () => {
    const text = 'At the gate of Cuipingbeili Community in Jiukeshu Subdistrict, Tongzhou District, a red publicity board catches the eye';
    const around = excerpt(text, ['Jiukeshu Subdistrict'], 20, { words: true })!;
    expect(around).toEqual({
      before: 'Community in ',
      match: 'Jiukeshu Subdistrict',
      after: ', Tongzhou',
      cutStart: true,
      cutEnd: true,
    });
    // Without `words` the cut falls mid-word, as Chinese has no spaces to cut at.
    expect(excerpt(text, ['Jiukeshu Subdistrict'], 20)!.before).toBe('gbeili Community in ');
    expect(excerpt(text, ['Jiukeshu Subdistrict'], 20)!.after).toBe(', Tongzhou District,');
  });

  it('drops a cut word with all the spaces after or before it, and keeps the first and last words when nothing was cut', () => {
    expect(excerpt('aaaa  one two Jiukeshu three  bbbbcc', ['Jiukeshu'], 12, { words: true })).toEqual({
      before: 'one two ',
      match: 'Jiukeshu',
      after: ' three',
      cutStart: true,
      cutEnd: true,
    });
    expect(excerpt('Hello big world', ['big'], 50, { words: true })).toEqual({
      before: 'Hello ',
      match: 'big',
      after: ' world',
      cutStart: false,
      cutEnd: false,
    });
  });
});
