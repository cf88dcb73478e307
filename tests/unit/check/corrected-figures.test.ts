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

  it('narrows to the smallest stretch around the change, reading the change after the longest common beginning', () => {
    const figures = { printed: '3万余人次', corrected: '4万余人次' };
    expect(narrowed(figures, '3万余')).toEqual({ printed: '3万余', corrected: '4万余' });
    expect(narrowed({ printed: '100人', corrected: '10人' }, '10')).toEqual({ printed: '0', corrected: '' });
    expect(narrowed({ printed: '30人', corrected: '300人' }, '0人参加')).toEqual({ printed: '0人', corrected: '00人' });
  });

  it('does not narrow to a stretch that leaves the change out, nor to an empty one', () => {
    expect(narrowed({ printed: '3万余人次', corrected: '4万余人次' }, '万余人次')).toBeUndefined();
    expect(narrowed({ printed: '30人', corrected: '40名' }, '30')).toBeUndefined();
    expect(narrowed({ printed: '30人', corrected: '300人' }, '共3')).toBeUndefined();
    expect(narrowed({ printed: '万人', corrected: '3万人' }, '党员')).toBeUndefined();
  });

  it('narrows a correction that changes nothing to the end of it that stands in the phrase', () => {
    expect(narrowed({ printed: '5月1日', corrected: '5月1日' }, '1日')).toEqual({ printed: '1日', corrected: '1日' });
  });

  it('gives a ledger figure the corrected phrase, value and approx; other figures are left alone', () => {
    const figure = { id: 'f', paragraph: 'vanguard-5', phrase: '3万余人次在职党员', value: 30000, approx: true };
    expect(correctedFigure(figure, [correction])).toEqual({ ...figure, phrase: '4万余人次在职党员', value: 40000 });
    expect(correctedFigure({ ...figure, paragraph: 'vanguard-4' }, [correction])).toEqual({ ...figure, paragraph: 'vanguard-4' });
    const date = { paragraph: 'vanguard-5', phrase: '5月1日', value: new Date('2022-05-01'), approx: false };
    const moved = { paragraph: 'vanguard-5', printed: '5月1日,梨园', corrected: '5月2日,梨园', english: 'unaffected' as const };
    expect(correctedFigure(date, [moved]).value).toEqual(new Date('2022-05-02'));
  });

  it('returns the very figure when no correction touches it', () => {
    const figure = { paragraph: 'vanguard-5', phrase: '3万余人次在职党员', value: 30000, approx: true };
    expect(correctedFigure(figure, [])).toBe(figure);
  });

  it('follows the figure to its place among the phrase figures, and keeps its value if a correction adds a figure', () => {
    const second = { paragraph: 'vanguard-5', phrase: '5月1日,3万余人次', value: 30000, approx: true };
    expect(correctedFigure(second, [correction])).toEqual({ ...second, phrase: '5月1日,4万余人次', value: 40000 });
    const figure = { paragraph: 'vanguard-5', phrase: '共3万余人次', value: 30000, approx: true };
    const added = { paragraph: 'vanguard-5', printed: '共', corrected: '共2批', english: 'unaffected' as const };
    expect(correctedFigure(figure, [added])).toEqual({ ...figure, phrase: '共2批3万余人次' });
  });

  it('corrects quoted words in either language', () => {
    expect(correctedChinese('vanguard-5', '全区共有3万余人次在职党员奔赴', [correction])).toBe('全区共有4万余人次在职党员奔赴');
    const english = { ...correction, english: { printed: 'more than 30,000 person-times', corrected: 'more than 40,000 person-times' } };
    expect(correctedEnglish('vanguard-5', 'more than 30,000 person-times', [english])).toBe('more than 40,000 person-times');
    expect(correctedEnglish('vanguard-5', 'more than 30,000 person-times', [correction])).toBe('more than 30,000 person-times');
  });
});
