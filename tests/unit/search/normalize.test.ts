import { describe, expect, it } from 'vitest';
import { fold, foldChar, foldQuery, hasHan, originalRange } from '@/lib/search/normalize.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';

describe('foldChar', () => {
  it('folds full-width letters, digits and punctuation to ASCII, and upper case to lower', () => {
    expect(['６', '３', '７', 'Ａ', '，', '（', '）', '：', 'C'].map(foldChar).join('')).toBe('637a,():c');
  });

  it('folds curly quotes to straight ones and drops invisible marks', () => {
    expect(['“', '”', '‘', '’', '\u200b', '\u00ad'].map(foldChar)).toEqual(['"', '"', "'", "'", '', '']);
  });

  it('leaves Chinese characters and Chinese-only marks as they are', () => {
    expect(Array.from('党员、。——……').map(foldChar).join('')).toBe('党员、。——......');
  });
});

describe('fold', () => {
  it('makes the text as printed and the same text as typed with ASCII marks equal', () => {
    const printed = normalizePunctuation('5月3日,在中仓街道(管控区)');
    expect(printed).not.toBe('5月3日,在中仓街道(管控区)');
    expect(fold(printed).text).toBe(fold('5月3日,在中仓街道(管控区)').text);
  });

  it('drops the zero-width spaces Pagefind puts between Chinese words, and joins runs of white space', () => {
    expect(fold('莲花\u200b寺社\u200b区').text).toBe('莲花寺社区');
    expect(fold('Yin  \n Zhonglong').text).toBe('yin zhonglong');
    expect(fold('a\u3000b').text).toBe('a b');
  });

  it('drops thousands commas, and only those', () => {
    expect(fold('3,717 cadres').text).toBe('3717 cadres');
    expect(fold('5,6,7').text).toBe('5,6,7');
    expect(fold('1,2345').text).toBe('1,2345');
  });

  it('drops a comma only with a digit just before it and exactly three digits after, and never drops a digit', () => {
    expect(fold('3,717')).toEqual({ text: '3717', starts: [0, 2, 3, 4], ends: [1, 3, 4, 5] });
    expect(fold('12345')).toEqual({ text: '12345', starts: [0, 1, 2, 3, 4], ends: [1, 2, 3, 4, 5] });
    expect(fold('a,123')).toEqual({ text: 'a,123', starts: [0, 1, 2, 3, 4], ends: [1, 2, 3, 4, 5] });
    expect(fold('1,23 c')).toEqual({ text: '1,23 c', starts: [0, 1, 2, 3, 4, 5], ends: [1, 2, 3, 4, 5, 6] });
    expect(fold('1,23')).toEqual({ text: '1,23', starts: [0, 1, 2, 3], ends: [1, 2, 3, 4] });
  });

  it('drops a thousands comma typed full-width, as a Chinese keyboard gives it, with ASCII or full-width digits', () => {
    expect(fold('共3，717名').text).toBe('共3717名');
    expect(fold('３，７１７')).toEqual({ text: '3717', starts: [0, 2, 3, 4], ends: [1, 3, 4, 5] });
    expect(fold('5月3日，100名').text).toBe('5月3日,100名');
    expect(fold('3，7171').text).toBe('3,7171');
  });

  it('does not take a character standing for a number of two digits as one digit beside a comma', () => {
    expect(fold('⑩,000').text).toBe('10,000');
    expect(fold('1,00⑩').text).toBe('1,0010');
  });

  it('keeps, for every folded unit, the stretch of the original it came from', () => {
    const text = '“四长管控”（厂长）';
    const folded = fold(text);
    const at = folded.text.indexOf('四长管控');
    const [start, end] = originalRange(folded, at, at + 4);
    expect(text.slice(start, end)).toBe('四长管控');
  });

  it('maps back across dropped and widened characters', () => {
    const text = 'A\u200bＢ…c';
    const folded = fold(text);
    expect(folded.text).toBe('ab...c');
    expect(text.slice(...originalRange(folded, 1, 4))).toBe('Ｂ…');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const text = '𠀀党';
    const folded = fold(text);
    expect(text.slice(...originalRange(folded, 2, 3))).toBe('党');
    expect(text.slice(...originalRange(folded, 0, 2))).toBe('𠀀');
  });
});

describe('foldQuery and hasHan', () => {
  it('trims a folded query', () => {
    expect(foldQuery('  ＣＯＶＩＤ－１９ ')).toBe('covid-19');
  });

  it('tells Chinese from other text', () => {
    expect(hasHan('5月3日')).toBe(true);
    expect(hasHan('637')).toBe(false);
    expect(hasHan('，。')).toBe(false);
  });
});
