import { describe, expect, it } from 'vitest';
import { buildDate, dayOf, normalizationTally } from '@/lib/cite/provenance.ts';

describe('normalizationTally', () => {
  it('counts each ASCII mark that becomes full-width, and only those', () => {
    const tally = normalizationTally(['你好,世界!(测试)', 'a, b: c', '问题?答案;结束:']);
    expect(tally.total).toBe(7);
    expect(tally.byMark).toEqual([
      { ascii: '!', wide: '！', count: 1 },
      { ascii: '(', wide: '（', count: 1 },
      { ascii: ')', wide: '）', count: 1 },
      { ascii: ',', wide: '，', count: 1 },
      { ascii: ':', wide: '：', count: 1 },
      { ascii: ';', wide: '；', count: 1 },
      { ascii: '?', wide: '？', count: 1 },
    ]);
  });

  it('is zero for text with nothing to change', () => {
    expect(normalizationTally(['全角，标点。', 'plain, ASCII: text'])).toEqual({ total: 0, byMark: [] });
  });
});

describe('buildDate', () => {
  it('takes SOURCE_DATE_EPOCH first, in UTC', () => {
    expect(buildDate('1655510400', '2025-01-02T03:04:05+08:00')).toEqual({ iso: '2022-06-18T00:00:00Z', source: 'SOURCE_DATE_EPOCH' });
  });

  it('else the commit date, as git wrote it', () => {
    expect(buildDate(undefined, '2025-01-02T03:04:05+08:00')).toEqual({ iso: '2025-01-02T03:04:05+08:00', source: 'commit' });
    expect(buildDate('', '2025-01-02T03:04:05+08:00')?.source).toBe('commit');
  });

  it('is unknown with neither, and refuses a malformed epoch', () => {
    expect(buildDate(undefined, null)).toBeNull();
    expect(() => buildDate('yesterday', null)).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('ignores spaces around SOURCE_DATE_EPOCH, and one of spaces only is unset', () => {
    expect(buildDate(' 1655510400\n', null)).toEqual({ iso: '2022-06-18T00:00:00Z', source: 'SOURCE_DATE_EPOCH' });
    expect(buildDate('  ', '2025-01-02T03:04:05+08:00')).toEqual({ iso: '2025-01-02T03:04:05+08:00', source: 'commit' });
  });

  it('refuses an epoch with anything but digits before or after them', () => {
    expect(() => buildDate('x1655510400', null)).toThrow(new Error('SOURCE_DATE_EPOCH “x1655510400” is not a whole number of seconds'));
    expect(() => buildDate('1655510400s', null)).toThrow(new Error('SOURCE_DATE_EPOCH “1655510400s” is not a whole number of seconds'));
  });

  it('dayOf keeps the calendar day of the timestamp', () => {
    expect(dayOf('2025-01-02T03:04:05+08:00')).toBe('2025-01-02');
  });
});
