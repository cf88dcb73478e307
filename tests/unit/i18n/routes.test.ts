import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, langFolder } from '@/i18n/locale.ts';
import {
  COMPANION_SLUGS,
  ROUTES,
  SECTION_SLUGS,
  TRANSLATED_SLUGS,
  builtFile,
  builtFiles,
  langPaths,
  route,
  routeLangs,
} from '@/i18n/routes.ts';
import { PART_IDS } from '@/lib/content/layout.ts';

/** The source files that could build a page in one language: its own route, the two-language route, or the section route. */
function sources(slug: string, lang: (typeof LANGS)[number]): string[] {
  const folder = langFolder(lang);
  const own = ['src/pages', folder, `${slug || 'index'}.astro`].filter(Boolean).join('/');
  const section = SECTION_SLUGS.includes(slug) ? [['src/pages', folder, '[section].astro'].filter(Boolean).join('/')] : [];
  return [own, `src/pages/[...lang]/${slug || 'index'}.astro`, ...section];
}

describe('the page list (src/i18n/routes.ts)', () => {
  it('has every section of the article as a page, in reading order', () => {
    expect(SECTION_SLUGS).toEqual(PART_IDS.filter((id) => id !== 'lede'));
    expect(ROUTES.slice(1, 1 + SECTION_SLUGS.length).map((r) => r.slug)).toEqual(SECTION_SLUGS);
  });

  it('lists each slug once', () => {
    const slugs = ROUTES.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each(ROUTES.flatMap((r) => routeLangs(r.slug).map((lang) => [r.slug || '(home)', lang] as const)))(
    '%s in %s has a source file in src/pages',
    (slug, lang) => {
      const found = sources(slug === '(home)' ? '' : slug, lang).filter((path) => existsSync(path));
      expect(found, `no source for ${slug} in ${lang}`).toHaveLength(1);
    },
  );

  it('names each page’s file in dist/', () => {
    expect(builtFile('', 'zh-CN')).toBe('index.html');
    expect(builtFile('', 'en')).toBe('en/index.html');
    expect(builtFile('vanguard', 'en')).toBe('en/vanguard/index.html');
    expect(builtFile('404', 'zh-CN')).toBe('404.html');
    expect(builtFiles('en')).not.toContain('en/404.html');
    expect(builtFiles('zh-CN', { reading: true })).not.toEqual(expect.arrayContaining(['search/index.html']));
    expect(builtFiles('zh-CN', { reading: true })).not.toEqual(expect.arrayContaining(['about/index.html']));
    expect(builtFiles('zh-CN', { reading: true })).toEqual(expect.arrayContaining(['vanguard/index.html', '404.html']));
  });

  it('builds the translated pages in both languages, the 404 page in Chinese only', () => {
    expect(TRANSLATED_SLUGS).not.toContain('404');
    expect(routeLangs('404')).toEqual(['zh-CN']);
    expect(routeLangs('figures')).toEqual(LANGS);
    expect(builtFiles('zh-CN')).toHaveLength(ROUTES.length);
    expect(builtFiles('en')).toHaveLength(TRANSLATED_SLUGS.length);
  });

  it('gives a [...lang] route the rest parameter of each language: none for Chinese, en for English', () => {
    expect(langPaths('figures')).toEqual([
      { params: { lang: undefined }, props: { lang: 'zh-CN' } },
      { params: { lang: 'en' }, props: { lang: 'en' } },
    ]);
  });

  it('orders the companions as the header’s menu shows them', () => {
    expect(COMPANION_SLUGS).toEqual(['figures', 'timeline', 'glossary', 'people-places', 'about']);
  });

  it('refuses a page it does not have, naming the file to add it to', () => {
    expect(() => route('nowhere')).toThrow('src/i18n/routes.ts: no page “nowhere”; add it to ROUTES');
  });
});
