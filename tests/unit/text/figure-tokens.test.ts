import { describe, expect, it } from 'vitest';
import { chineseFigures, englishFigures, ledgerFigure, unseparatedThousands } from '@/lib/text/figure-tokens.ts';

describe('figure tokens', () => {
  it('read Chinese figures: dates, 万, 余', () => {
    expect(chineseFigures('5月3日,在中仓街道')).toEqual(['5-3']);
    expect(chineseFigures('全区共有3万余人次在职党员')).toEqual(['30000+']);
    expect(chineseFigures('2100余个“两新”组织,5300余名党员')).toEqual(['2100+', '5300+']);
    expect(chineseFigures('637名干部,3717名')).toEqual(['637', '3717']);
    expect(chineseFigures('1.5万人')).toEqual(['15000']);
    expect(chineseFigures('12月31日,1.25万人')).toEqual(['12-31', '12500']);
    expect(chineseFigures('保持两米安全距离,守万家之平安')).toEqual([]);
  });

  it('read English figures: dates either way round, “more than”, “+”, thousands separators', () => {
    expect(englishFigures('On May 3, inside')).toEqual(['5-3']);
    expect(englishFigures('on 3 May')).toEqual(['5-3']);
    expect(englishFigures('more than 30,000 person-times')).toEqual(['30000+']);
    expect(englishFigures('More than 2,100 organisations; 5,300+ members')).toEqual(['2100+', '5300+']);
    expect(englishFigures('637 cadres; 3,717 sunk-down cadres; No. 8 Jufu South Road')).toEqual(['637', '3717', '8']);
    expect(englishFigures('two metres, ten thousand households')).toEqual([]);
  });

  it('tell apart what the comparison must catch', () => {
    // 3万余 is “more than 30,000”: a bare 30,000 or 3 would be a different figure.
    expect(englishFigures('30,000 person-times')).not.toEqual(chineseFigures('3万余人次'));
    expect(englishFigures('3 万')).not.toEqual(chineseFigures('3万余'));
    // A number English adds by habit is a figure the Chinese does not have.
    expect(englishFigures('the COVID-19 epidemic')).toEqual(['19']);
    expect(englishFigures('May 1')).not.toEqual(englishFigures('May 3'));
  });

  it('read ledger entries: dates by month and day, approximate values with +', () => {
    expect(ledgerFigure({ value: new Date('2022-05-03'), approx: false })).toBe('5-3');
    expect(ledgerFigure({ value: 30000, approx: true })).toBe('30000+');
    expect(ledgerFigure({ value: 637 })).toBe('637');
  });

  it('find four-digit numbers written without a thousands separator', () => {
    expect(unseparatedThousands('3717 cadres, 3,717 cadres, 30,000, 1.2345, 637')).toEqual(['3717']);
    expect(unseparatedThousands('cadres: 3717')).toEqual(['3717']);
  });
});
