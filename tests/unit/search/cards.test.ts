import { describe, expect, it } from 'vitest';
import { cardKey, findCard } from '@/lib/search/cards.ts';

const entries = [
  { id: 'sichang-guankong', names: ['四长管控'] },
  { id: 'shuang-baodao', names: ['在职党员“双报到”'] },
  { id: 'yin-zhonglong', names: ['Yin Zhonglong', '殷忠龙'] },
];

describe('findCard', () => {
  it('finds the entry the whole query names', () => {
    expect(findCard('四长管控', entries)?.id).toBe('sichang-guankong');
    expect(findCard('殷忠龙', entries)?.id).toBe('yin-zhonglong');
  });

  it('compares without case, spaces, punctuation or quote marks', () => {
    expect(findCard('在职党员双报到', entries)?.id).toBe('shuang-baodao');
    expect(findCard(' yin  zhonglong ', entries)?.id).toBe('yin-zhonglong');
    expect(findCard('“四长管控”', entries)?.id).toBe('sichang-guankong');
  });

  it('finds nothing for a part of a name, a longer query, or an empty one', () => {
    expect(findCard('四长', entries)).toBeUndefined();
    expect(findCard('四长管控 637', entries)).toBeUndefined();
    expect(findCard('，', entries)).toBeUndefined();
  });

  it('finds nothing for a query of punctuation alone, even beside a name of punctuation alone', () => {
    const withDash = [...entries, { id: 'dash', names: ['——'] }];
    expect(findCard('，', withDash)).toBeUndefined();
    expect(findCard('  ', withDash)).toBeUndefined();
  });
});

describe('cardKey', () => {
  it('folds width and case', () => {
    expect(cardKey('ＹＩＮ Zhonglong')).toBe('yinzhonglong');
  });
});
