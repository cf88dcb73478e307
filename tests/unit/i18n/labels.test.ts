import { describe, expect, it } from 'vitest';
import { paragraphLabel, paragraphSearchTitle, permalinkLabel } from '@/i18n/labels.ts';

describe('paragraphLabel', () => {
  it('names a paragraph as Chinese readers count it', () => {
    expect(paragraphLabel('lede-2')).toBe('导语第2段');
    expect(paragraphLabel('organizing-1')).toBe('第一部分第1段');
    expect(paragraphLabel('vanguard-4')).toBe('第二部分第4段');
    expect(paragraphLabel('contributions-5', 'zh-CN')).toBe('第三部分第5段');
  });

  it('names a paragraph in English with the part’s number in figures', () => {
    expect(paragraphLabel('lede-2', 'en')).toBe('Introduction, paragraph 2');
    expect(paragraphLabel('vanguard-4', 'en')).toBe('Part 2, paragraph 4');
    expect(paragraphLabel('contributions-12', 'en')).toBe('Part 3, paragraph 12');
  });

  it('rejects an id of no part', () => {
    expect(() => paragraphLabel('epilogue-1')).toThrow('not a paragraph id of this article: “epilogue-1”');
  });
});

describe('paragraphSearchTitle and permalinkLabel', () => {
  it('title a search sub-result by the paragraph’s number in its part', () => {
    expect(paragraphSearchTitle(4, 'zh-CN')).toBe('第4段');
    expect(paragraphSearchTitle(4, 'en')).toBe('Paragraph 4');
  });

  it('name a ¶ link after its paragraph', () => {
    expect(permalinkLabel('vanguard-4', 'zh-CN')).toBe('第二部分第4段的链接');
    expect(permalinkLabel('lede-1', 'en')).toBe('Link to Introduction, paragraph 1');
  });
});
