import { describe, expect, it } from 'vitest';
import {
  chineseDate,
  chineseOrdinal,
  codePoint,
  englishDate,
  englishMonth,
  englishNumberWord,
  isoDate,
  shortTitle,
} from '@/lib/text/format.ts';

describe('format', () => {
  const date = new Date('2022-06-18');
  it('writes dates in Chinese and ISO form', () => {
    expect(chineseDate(date)).toBe('2022年6月18日');
    expect(isoDate(date)).toBe('2022-06-18');
  });

  it('shortens a heading to its first clause', () => {
    expect(shortTitle('建组织、强堡垒，扛起疫情防控硬责任')).toBe('建组织、强堡垒');
    expect(shortTitle('建组织、强堡垒,扛起疫情防控硬责任')).toBe('建组织、强堡垒');
    expect(shortTitle('无逗号')).toBe('无逗号');
  });

  it('writes small ordinals in Chinese numerals', () => {
    expect([1, 2, 3, 10].map(chineseOrdinal)).toEqual(['一', '二', '三', '十']);
    expect(chineseOrdinal(12)).toBe('12');
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(chineseOrdinal).join('')).toBe('〇一二三四五六七八九十');
  });
});

describe('English formats', () => {
  it('writes dates, months, small numbers and lists', () => {
    expect(englishDate(new Date('2022-06-18'))).toBe('June 18, 2022');
    expect(englishMonth(new Date('2026-11-29'))).toBe('November 2026');
    expect([2, 3, 11].map(englishNumberWord)).toEqual(['two', 'three', '11']);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(englishNumberWord).join(' ')).toBe(
      'zero one two three four five six seven eight nine ten',
    );
  });
});

describe('codePoint', () => {
  it('names marks by code point', () => {
    expect([codePoint(','), codePoint('，'), codePoint('（')]).toEqual(['U+002C', 'U+FF0C', 'U+FF08']);
  });
});
