import { describe, expect, it } from 'vitest';
import { keepPattern, keepSpans } from '../../../src/lib/text/keep-together.ts';

const words = { names: ['常菁菁', '九棵树街道翠屏北里社区', '通州区'], units: ['名', '个', '人次', '小时'] };
const tokens = (text: string, lang: 'zh-CN' | 'en' = 'zh-CN') => keepSpans(text, keepPattern(lang, words)).map((s) => s.text);

describe('keepSpans', () => {
  it('keeps Chinese dates whole, with or without the year, and an issue with its year', () => {
    expect(tokens('2022年6月18日出版，5月3日成立，2022年第6期')).toEqual(['2022年6月18日', '5月3日', '2022年第6期']);
  });
  it('keeps a figure with its unit, 万 and 余 included, and the longest unit', () => {
    expect(tokens('637名干部，2100余个组织，3万余人次，48小时内')).toEqual(['637名', '2100余个', '3万余人次', '48小时']);
  });
  it('keeps the index names, the longest first', () => {
    expect(tokens('作者常菁菁在九棵树街道翠屏北里社区和通州区')).toEqual(['常菁菁', '九棵树街道翠屏北里社区', '通州区']);
  });
  it('lets a name longer than twelve characters wrap, so that it leaves no short line behind', () => {
    const long = { names: ['于家务回族乡聚富南路8号防控临时党支部'], units: [] };
    expect(keepSpans('文中于家务回族乡聚富南路8号防控临时党支部', keepPattern('zh-CN', long))).toEqual([]);
  });
  it('gives the offsets of each token in the text', () => {
    const [span] = keepSpans('在5月3日', keepPattern('zh-CN', words));
    expect(span).toEqual({ start: 1, end: 5, text: '5月3日' });
  });
  it('leaves bare figures, which never break, and unrelated text alone', () => {
    expect(tokens('第6段没有，COVID-19，12月')).toEqual([]);
  });
  it('keeps a name of exactly twelve characters, and no token of one character', () => {
    const names = { names: ['一二三四五六七八九十甲乙', '村'], units: [] };
    expect(keepSpans('一二三四五六七八九十甲乙在村里', keepPattern('zh-CN', names)).map((s) => s.text)).toEqual([
      '一二三四五六七八九十甲乙',
    ]);
  });
  it('takes a name that another begins, whole, whatever order the names come in', () => {
    const names = { names: ['通州', '通州区'], units: [] };
    expect(keepSpans('在通州区', keepPattern('zh-CN', names)).map((s) => s.text)).toEqual(['通州区']);
  });
  it('matches a name with regular-expression characters literally', () => {
    const names = { names: ['北京(通州)'], units: [] };
    expect(keepSpans('在北京(通州)和北京通州', keepPattern('zh-CN', names)).map((s) => s.text)).toEqual(['北京(通州)']);
  });
  it('keeps no bare figure when there are no units, or an empty one', () => {
    expect(keepSpans('共637', keepPattern('zh-CN', { names: [], units: [] }))).toEqual([]);
    expect(keepSpans('第637页', keepPattern('zh-CN', { names: [], units: ['', '名'] }))).toEqual([]);
  });
  it('gives a pattern that is global, so String.match takes every token', () => {
    expect('5月3日和6月1日'.match(keepPattern('zh-CN', words))).toEqual(['5月3日', '6月1日']);
  });
  it('takes every token with a pattern that is not global', () => {
    expect(keepSpans('5月3日和6月1日', /\d+月\d+日/u).map((s) => s.text)).toEqual(['5月3日', '6月1日']);
  });
  it('keeps English dates, and names only as whole words', () => {
    const en = { names: ['Tongzhou'], units: [] };
    expect(keepSpans('On May 3, 2022 more than 30,000 in Tongzhou, not Tongzhoux', keepPattern('en', en)).map((s) => s.text)).toEqual([
      'May 3, 2022',
      'Tongzhou',
    ]);
  });
});
