import { describe, expect, it } from 'vitest';
import { convertibleChars } from '@/lib/search/simplifier.ts';

describe('convertibleChars', () => {
  it('lists the characters dictionary entries start with, not the simplified forms, spaces or separators', () => {
    const sample = convertibleChars().filter((char) => ['黨', '員', '党', '员', ' ', '|'].includes(char));
    expect(sample.sort()).toEqual(['員', '黨']);
  });
});
