import { describe, expect, it } from 'vitest';
import { balancedLines, balancedTitle, subsetsFor } from '@/lib/graphics/font-subsets.ts';

describe('font subsets and title lines', () => {
  const ranges = { '[1]': 'U+4e00-4e0f', '[2]': 'U+515a,U+65d7', latin: 'U+0000-00ff' };

  it('picks the subsets that hold the text, in the font’s order', () => {
    expect(subsetsFor('党旗 A', ranges)).toEqual(['2', 'latin']);
    expect(subsetsFor('一党', ranges)).toEqual(['1', '2']);
  });

  it('names every character no subset holds', () => {
    expect(() => subsetsFor('党飘扬', ranges)).toThrow('no font subset holds “飘” “扬”');
  });

  it('needs no subset for spaces, reads ranges with spaces after commas, and strips only the brackets around a name', () => {
    expect(subsetsFor('党 旗\n', { '[2]': 'U+515a, U+65d7' })).toEqual(['2']);
    expect(subsetsFor('一', { 'a[b]c': 'U+4e00' })).toEqual(['a[b]c']);
  });

  it('splits a title into balanced lines, never starting a line with a closing mark', () => {
    expect(balancedLines('党旗在副中心疫情防控一线高高飘扬', 2)).toEqual(['党旗在副中心疫情', '防控一线高高飘扬']);
    expect(balancedLines('甲乙丙，丁戊己', 2)).toEqual(['甲乙丙，', '丁戊己']);
    expect(balancedLines('短题', 1)).toEqual(['短题']);
  });

  it('sets a title of more than 11 characters on two lines, and a shorter one on one', () => {
    expect(balancedTitle('党旗在副中心疫情防控一线高高飘扬')).toEqual(['党旗在副中心疫情', '防控一线高高飘扬']);
    expect(balancedTitle('一二三四五六七八九十甲乙')).toEqual(['一二三四五六', '七八九十甲乙']);
    expect(balancedTitle('一二三四五六七八九十甲')).toEqual(['一二三四五六七八九十甲']);
  });

  it('moves closing marks that fall at a break back onto the line before, and leaves no empty line', () => {
    expect(balancedLines('甲乙丙丁，戊己', 2)).toEqual(['甲乙丙丁，', '戊己']);
    expect(balancedLines('甲乙丙，，，', 2)).toEqual(['甲乙丙，，，']);
    expect(balancedLines('甲乙丙丁戊己', 3)).toEqual(['甲乙', '丙丁', '戊己']);
  });

  it('returns empty or one-character text as it is', () => {
    expect(balancedLines('', 2)).toEqual(['']);
    expect(balancedLines('党', 2)).toEqual(['党']);
    expect(balancedLines('党旗', 0)).toEqual(['党旗']);
  });
});
