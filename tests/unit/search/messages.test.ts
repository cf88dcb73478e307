import { describe, expect, it } from 'vitest';
import { fill } from '@/lib/search/messages.ts';
import { UI } from '@/i18n/ui.ts';

describe('fill', () => {
  it('fills placeholders, and leaves one without a value as it stands', () => {
    expect(fill('找到 {n} 段含有“{q}”', { n: 3, q: '党员' })).toBe('找到 3 段含有“党员”');
    expect(fill('{q} and {x}', { q: 'a' })).toBe('a and {x}');
  });

  it('fills a placeholder whose name is longer than one letter', () => {
    expect(fill('{count} 段，{q}', { count: 12, q: '党员' })).toBe('12 段，党员');
  });

  it('says “nothing found” for 上海 as the issue asks', () => {
    expect(fill(UI['zh-CN'].searchMessages.none, { q: '上海' })).toBe('没有找到“上海”');
    expect(fill(UI['zh-CN'].searchMessages.simplified, { s: '党员' })).toBe('已按简体“党员”搜索');
  });
});
