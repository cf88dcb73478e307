import { describe, expect, it } from 'vitest';
import { arabicNumbers, numberMatches, sortedNumbers } from '@/lib/text/numbers.ts';

describe('arabicNumbers', () => {
  it('reads every numeral in order', () => {
    expect(arabicNumbers('5月3日,637名干部,3717名,2100余个')).toEqual([5, 3, 637, 3717, 2100]);
    expect(arabicNumbers('3,717名')).toEqual([3717]);
    expect(arabicNumbers('没有数字')).toEqual([]);
  });

  it('sorts a copy', () => {
    const values = [3, 1, 2];
    expect(sortedNumbers(values)).toEqual([1, 2, 3]);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('numberMatches', () => {
  it('gives each numeral with its character index', () => {
    expect(numberMatches('第5月3日,637名')).toEqual([
      { value: 5, written: '5', index: 1 },
      { value: 3, written: '3', index: 3 },
      { value: 637, written: '637', index: 6 },
    ]);
  });
});
