import { describe, expect, it } from 'vitest';
import { correctedChinese, correctedEnglish, correctedFigure, narrowed } from '@/lib/check/corrected-figures.ts';

const correction = {
  paragraph: 'vanguard-5',
  printed: '全区共有3万余人次',
  corrected: '全区共有4万余人次',
  english: 'unaffected' as const,
};

describe('a correction cut down to a quoted phrase, and the figures that follow it', () => {
  it('narrows a correction to the stretch of it that stands in the phrase, around the change', () => {
    expect(narrowed(correction, '3万余人次在职党员')).toMatchObject({ printed: '3万余人次', corrected: '4万余人次' });
    expect(narrowed(correction, '全区共有3万余人次在职党员')).toBe(correction);
    expect(narrowed(correction, '在职党员')).toBeUndefined();
  });

  it('gives a ledger figure the corrected phrase, value and approx; other figures are left alone', () => {
    const figure = { id: 'f', paragraph: 'vanguard-5', phrase: '3万余人次在职党员', value: 30000, approx: true };
    expect(correctedFigure(figure, [correction])).toEqual({ ...figure, phrase: '4万余人次在职党员', value: 40000 });
    expect(correctedFigure({ ...figure, paragraph: 'vanguard-4' }, [correction])).toEqual({ ...figure, paragraph: 'vanguard-4' });
    const date = { paragraph: 'vanguard-5', phrase: '5月1日', value: new Date('2022-05-01'), approx: false };
    const moved = { paragraph: 'vanguard-5', printed: '5月1日,梨园', corrected: '5月2日,梨园', english: 'unaffected' as const };
    expect(correctedFigure(date, [moved]).value).toEqual(new Date('2022-05-02'));
  });

  it('corrects quoted words in either language', () => {
    expect(correctedChinese('vanguard-5', '全区共有3万余人次在职党员奔赴', [correction])).toBe('全区共有4万余人次在职党员奔赴');
    const english = { ...correction, english: { printed: 'more than 30,000 person-times', corrected: 'more than 40,000 person-times' } };
    expect(correctedEnglish('vanguard-5', 'more than 30,000 person-times', [english])).toBe('more than 40,000 person-times');
    expect(correctedEnglish('vanguard-5', 'more than 30,000 person-times', [correction])).toBe('more than 30,000 person-times');
  });
});
