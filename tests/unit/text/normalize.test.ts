import { describe, expect, it } from 'vitest';
import { countNormalized, normalizePunctuation } from '@/lib/text/normalize.ts';

describe('normalizePunctuation', () => {
  it('turns each ASCII mark inside Chinese text into its full-width form', () => {
    expect(normalizePunctuation('通州区委、区政府,坚决')).toBe('通州区委、区政府，坚决');
    expect(normalizePunctuation('关键词:通州区')).toBe('关键词：通州区');
    expect(normalizePunctuation('运送车辆;北京')).toBe('运送车辆；北京');
    expect(normalizePunctuation('什么菜和水果?”')).toBe('什么菜和水果？”');
    expect(normalizePunctuation('心里就踏实了!”')).toBe('心里就踏实了！”');
    expect(normalizePunctuation('社区(村)疫情')).toBe('社区（村）疫情');
  });

  it('converts marks next to digits when Chinese stands on the other side', () => {
    expect(normalizePunctuation('5月3日,在中仓街道')).toBe('5月3日，在中仓街道');
    expect(normalizePunctuation('(厂长、楼长、层长、组长)')).toBe('（厂长、楼长、层长、组长）');
  });

  it('leaves ASCII marks between Latin letters or digits alone', () => {
    expect(normalizePunctuation('Hello, world! (a: b; c?)')).toBe('Hello, world! (a: b; c?)');
    expect(normalizePunctuation('3,717 and 12:30')).toBe('3,717 and 12:30');
  });

  it('changes nothing else: quotes, ellipses, dashes and other characters stay as printed', () => {
    const text = '“我是副中心党员——战疫有我、有我必胜”……全鎮 48小时 2022-06-18';
    expect(normalizePunctuation(text)).toBe(text);
  });

  it('keeps the length in characters, so positions in the source still point at the same place', () => {
    const text = '莲花寺社区(村),党员们:起立!';
    expect(Array.from(normalizePunctuation(text))).toHaveLength(Array.from(text).length);
  });
});

describe('countNormalized', () => {
  it('counts the characters that change', () => {
    expect(countNormalized('社区(村),党员')).toBe(3);
    expect(countNormalized('plain text, no change')).toBe(0);
  });
});
