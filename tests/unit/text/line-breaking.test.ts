import { describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START } from '@/lib/text/line-breaking.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';

describe('line-breaking marks', () => {
  it('keeps closing and pause marks off a line’s start, opening marks off its end', () => {
    for (const mark of ['，', '。', '、', '；', '：', '？', '！', '）', '》', '」', '”', '’', '…', '—'])
      expect(NO_LINE_START.has(mark), mark).toBe(true);
    for (const mark of ['（', '《', '「', '“', '‘']) expect(NO_LINE_END.has(mark), mark).toBe(true);
  });

  it('never asks a mark to be kept off both ends', () => {
    expect([...NO_LINE_START].filter((mark) => NO_LINE_END.has(mark))).toEqual([]);
  });

  it('treats each ASCII mark of the source as its full-width form, which the pages show in its place', () => {
    for (const ascii of [',', ':', ';', '?', '!', '(', ')']) {
      const wide = Array.from(normalizePunctuation(`中${ascii}中`))[1]!;
      expect(wide, ascii).not.toBe(ascii);
      expect([NO_LINE_START.has(ascii), NO_LINE_END.has(ascii)], ascii).toEqual([NO_LINE_START.has(wide), NO_LINE_END.has(wide)]);
    }
  });
});
