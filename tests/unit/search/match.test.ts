import { describe, expect, it } from 'vitest';
import { findAll, findInText, mergeRanges } from '@/lib/search/match.ts';
import { fold } from '@/lib/search/normalize.ts';

describe('findAll', () => {
  it('finds a Chinese phrase only where it stands contiguously', () => {
    const text = '并迅速建立起“临时党支部（现场进驻组）+四长管控（厂长、楼长、层长、组长）”';
    expect(findAll(text, '四长管控')).toEqual([[20, 24]]);
    expect(findAll('四级分别设长，管控到组', '四长管控')).toEqual([]);
  });

  it('finds Chinese inside longer Chinese words: no word edges in Chinese', () => {
    expect(findAll('党员们举起右拳', '党员')).toEqual([[0, 2]]);
  });

  it('never finds a number inside a longer number, nor a word inside a longer word', () => {
    expect(findAll('市级机关遴选的637名干部', '637')).toEqual([[7, 10]]);
    expect(findAll('共1637名', '637')).toEqual([]);
    expect(findAll('6370人', '637')).toEqual([]);
    expect(findAll('5月13日', '3日')).toEqual([]);
    expect(findAll('party-member shock teams', 'shock team')).toEqual([]);
    expect(findAll('a shock team, and', 'shock team')).toEqual([[2, 12]]);
  });

  it('finds every occurrence, left to right, without overlaps', () => {
    expect(findAll('党员党员党', '党员')).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(findAll('aaaa', 'aa')).toEqual([]);
    expect(findAll('啊啊啊', '啊啊')).toEqual([[0, 2]]);
  });

  it('finds nothing for an empty needle', () => {
    expect(findAll('text', '')).toEqual([]);
  });
});

describe('findInText', () => {
  it('returns ranges of the original text, through folding', () => {
    const text = '5月3日，在中仓街道';
    const [range] = findInText(fold(text), fold('5月3日,在').text);
    expect(text.slice(...range!)).toBe('5月3日，在');
  });
});

describe('mergeRanges', () => {
  it('sorts ranges and joins those that overlap or touch', () => {
    expect(
      mergeRanges([
        [5, 7],
        [0, 2],
        [2, 3],
        [6, 9],
        [12, 13],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
      [12, 13],
    ]);
  });

  it('puts a range that starts earlier first, even when it ends later', () => {
    expect(
      mergeRanges([
        [5, 10],
        [0, 20],
        [30, 31],
      ]),
    ).toEqual([
      [0, 20],
      [30, 31],
    ]);
  });
});
