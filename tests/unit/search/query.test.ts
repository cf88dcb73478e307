import { describe, expect, it } from 'vitest';
import { parseQuery, queryLabel } from '@/lib/search/query.ts';

const kinds = (query: string) => parseQuery(query).map((part) => [part.text, part.kind]);

describe('parseQuery', () => {
  it('makes a run of Chinese one phrase, digits and units included', () => {
    expect(kinds('四长管控')).toEqual([['四长管控', 'phrase']]);
    expect(kinds('5月3日')).toEqual([['5月3日', 'phrase']]);
    expect(kinds('3717名')).toEqual([['3717名', 'phrase']]);
  });

  it('splits at spaces, ASCII or ideographic, into parts that must all match', () => {
    expect(kinds('下沉干部 637')).toEqual([
      ['下沉干部', 'phrase'],
      ['637', 'word'],
    ]);
    expect(kinds('5月3日\u3000莲花寺')).toEqual([
      ['5月3日', 'phrase'],
      ['莲花寺', 'phrase'],
    ]);
  });

  it('makes a quoted passage one phrase, spaces and all, in any quote marks', () => {
    expect(kinds('"shock team" Party')).toEqual([
      ['shock team', 'phrase'],
      ['Party', 'word'],
    ]);
    expect(kinds('“四长管控”')).toEqual([['四长管控', 'phrase']]);
    expect(kinds('「莲花寺 社区」')).toEqual([['莲花寺 社区', 'phrase']]);
    expect(kinds('『莲花寺 社区』')).toEqual([['莲花寺 社区', 'phrase']]);
    expect(kinds('＂莲花寺 社区＂')).toEqual([['莲花寺 社区', 'phrase']]);
  });

  it('splits the text before a quote at spaces, into words and phrases, like any unquoted text', () => {
    expect(kinds('Party cadres "shock team"')).toEqual([
      ['Party', 'word'],
      ['cadres', 'word'],
      ['shock team', 'phrase'],
    ]);
  });

  it('trims spaces inside the quote marks from a quoted phrase', () => {
    expect(kinds('“ 四长管控 ”')).toEqual([['四长管控', 'phrase']]);
  });

  it('runs an unclosed quote to the end of the query', () => {
    expect(kinds('"shock team')).toEqual([['shock team', 'phrase']]);
  });

  it('reads a term with quotes inside as its quoted and unquoted pieces', () => {
    expect(kinds('在职党员“双报到”')).toEqual([
      ['在职党员', 'phrase'],
      ['双报到', 'phrase'],
    ]);
  });

  it('strips punctuation around a piece, keeps it inside, and drops pieces of punctuation alone', () => {
    expect(kinds('Yin, Zhonglong.')).toEqual([
      ['Yin', 'word'],
      ['Zhonglong', 'word'],
    ]);
    expect(kinds('四长管控（厂长 ， ！')).toEqual([['四长管控（厂长', 'phrase']]);
    expect(parseQuery('  ，。 "" ')).toEqual([]);
  });

  it('strips a run of several punctuation marks on either side of a piece', () => {
    expect(kinds('((Yin)) 《四长管控》。。')).toEqual([
      ['Yin', 'word'],
      ['四长管控', 'phrase'],
    ]);
  });

  it('drops a quoted passage of punctuation alone', () => {
    expect(parseQuery('“，！” 637')).toEqual([{ text: '637', folded: '637', kind: 'word' }]);
  });

  it('drops a quoted passage of punctuation and spaces, which would otherwise be found in every paragraph', () => {
    expect(parseQuery('"- -" 上海')).toEqual([{ text: '上海', folded: '上海', kind: 'phrase' }]);
    expect(parseQuery('「、 、」')).toEqual([]);
  });

  it('folds each part for matching and counts a repeated part once', () => {
    const parts = parseQuery('ＣＯＶＩＤ covid 党员 党员');
    expect(parts.map((part) => part.folded)).toEqual(['covid', '党员']);
  });
});

describe('queryLabel', () => {
  it('gives the parts as typed, without quotes', () => {
    expect(queryLabel(parseQuery('“四长管控”  637'))).toBe('四长管控 637');
  });
});
