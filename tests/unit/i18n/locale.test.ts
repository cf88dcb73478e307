import { describe, expect, it } from 'vitest';
import { alternates, pagePlace } from '@/i18n/locale.ts';
import { pageUrl } from '@/i18n/urls.ts';

describe('locale', () => {
  it('places a page path in its language', () => {
    expect(pagePlace('/')).toEqual({ lang: 'zh-CN', slug: '' });
    expect(pagePlace('/vanguard/')).toEqual({ lang: 'zh-CN', slug: 'vanguard' });
    expect(pagePlace('/en/')).toEqual({ lang: 'en', slug: '' });
    expect(pagePlace('/en/vanguard/')).toEqual({ lang: 'en', slug: 'vanguard' });
    expect(pagePlace('/404.html')).toEqual({ lang: 'zh-CN', slug: '404' });
    expect(pagePlace('/english/')).toEqual({ lang: 'zh-CN', slug: 'english' });
  });

  it('gives both languages and x-default for a translated page, nothing for an untranslated one', () => {
    expect(alternates('vanguard', ['vanguard'], pageUrl)).toEqual([
      { hreflang: 'zh-CN', href: '/vanguard/' },
      { hreflang: 'en', href: '/en/vanguard/' },
      { hreflang: 'x-default', href: '/vanguard/' },
    ]);
    expect(alternates('glossary', ['vanguard'], pageUrl)).toEqual([]);
  });
});
