import { describe, expect, it } from 'vitest';
import { foldableChars, holdsAny } from '@/lib/search/traditional.ts';
import { convertibleChars, toSimplified } from '@/lib/search/simplifier.ts';
import { partSources, shownText } from '../../support/article.ts';

const corpus = partSources()
  .flatMap((part) => part.paragraphs.map((text, i) => shownText(`${part.id}-${i + 1}`, text)))
  .join('');

describe('toSimplified (opencc-js)', () => {
  it('converts traditional characters, standard and the common Taiwan and Hong Kong forms alike', () => {
    expect(toSimplified('黨員')).toBe('党员');
    expect(toSimplified('志願者')).toBe('志愿者');
    expect(toSimplified('裡面 裏面 為人民服務 爲 臺灣 什麼')).toBe('里面 里面 为人民服务 为 台湾 什么');
  });

  it('leaves the article’s simplified text as it is, every character of it', () => {
    expect(toSimplified(corpus)).toBe(corpus);
  });
});

describe('foldableChars', () => {
  const table = (text: string) => text.replace(/[黨員願]/g, (c) => ({ 黨: '党', 員: '员', 願: '愿' })[c] ?? c);

  it('lists the characters the converter turns into characters of the text', () => {
    expect(foldableChars(['黨', '員', '願', '党', '鯨'], table, '党员志愿者')).toBe('員願黨');
  });

  it('leaves out a character whose simplified form the text lacks, and one the converter keeps', () => {
    expect(foldableChars(['願', '党'], table, '党员')).toBe('');
  });

  it('takes single characters only, never a longer candidate', () => {
    expect(foldableChars(['黨員', '員'], table, '党员')).toBe('員');
  });

  it('leaves out a character that converts into several when the text lacks one of them', () => {
    const several = (text: string) => text.replace(/[幾]/g, '几个');
    expect(foldableChars(['幾'], several, '几')).toBe('');
    expect(foldableChars(['幾'], several, '几个')).toBe('幾');
  });

  it('with opencc-js and the article, includes 黨 and 員 and no simplified character of the text', () => {
    const chars = foldableChars(convertibleChars(), toSimplified, corpus);
    expect(holdsAny('黨員', chars)).toBe(true);
    expect(holdsAny('志願者', chars)).toBe(true);
    expect(holdsAny(corpus, chars)).toBe(false);
    expect(chars.length).toBeLessThan(400);
  });
});

describe('holdsAny', () => {
  it('tells whether a text holds one of the characters', () => {
    expect(holdsAny('黨員', '員黨')).toBe(true);
    expect(holdsAny('党员', '員黨')).toBe(false);
    expect(holdsAny('党员', '')).toBe(false);
  });
});
