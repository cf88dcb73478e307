import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/i18n/locale.ts';
import { COMPANION_SLUGS } from '@/i18n/routes.ts';
import { UI, UI_FILES, pageTitle, parseUi } from '@/i18n/ui.ts';
import { placeholders } from '@/lib/text/template.ts';

/** A language's strings as the editors wrote them. */
const raw = (lang: (typeof LANGS)[number]) => JSON.parse(readFileSync(UI_FILES[lang], 'utf8')) as Record<string, unknown>;

/** Every string of a parsed file, by its dotted key. */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, inner]) => strings(inner, key ? `${key}.${name}` : name));
  }
  return [];
}

describe('the interface strings (src/i18n/*.json)', () => {
  it.each(LANGS.map((lang) => [lang] as const))('%s passes its schema', (lang) => {
    expect(() => parseUi(raw(lang), UI_FILES[lang])).not.toThrow();
  });

  it('gives both languages the same keys, except what only a translation adds', () => {
    const keys = (lang: (typeof LANGS)[number]) => strings(UI[lang]).map(([key]) => key.replace(/\.\d+$/, '.n'));
    expect(keys('en').filter((key) => !key.startsWith('translation.'))).toEqual(keys('zh-CN'));
    expect(UI['zh-CN'].translation).toBeUndefined();
  });

  it('uses in each language the placeholders of the other, where both have words for them', () => {
    const zh = new Map(strings(UI['zh-CN']));
    for (const [key, value] of strings(UI.en)) {
      const twin = zh.get(key);
      // The page titles and a few lines pick different values (the site's name, the section's short title) by design.
      if (twin === undefined || key.startsWith('pageTitle.') || ['pages.section.title', 'sourceLine', 'colophonNote'].includes(key))
        continue;
      expect(new Set(placeholders(value)), key).toEqual(new Set(placeholders(twin)));
    }
  });

  it('names the companion pages by their titles', () => {
    expect(COMPANION_SLUGS.map((slug) => pageTitle('zh-CN', slug))).toEqual(['数字一览', '时间线', '名词解释', '人物与地点', '关于本版']);
    expect(pageTitle('en', 'people-places')).toBe('People and places');
    expect(() => pageTitle('en', 'vanguard')).toThrow(
      'src/i18n/en.json: pages: no title for the page “vanguard”; add pages.vanguard.title',
    );
  });
});

describe('parseUi on a broken file', () => {
  const file = 'src/i18n/en.json';
  const broken = (change: (data: Record<string, unknown>) => void) => {
    const data = raw('en');
    change(data);
    return () => parseUi(data, file);
  };
  const glossary = (data: Record<string, unknown>) => (data['pages'] as Record<string, Record<string, unknown>>)['glossary']!;

  it('names the file, the key and the placeholder an editor misspelt, and the one to use', () => {
    expect(
      broken((data) => {
        glossary(data)['count'] = '{n} terms';
      }),
    ).toThrow(
      'src/i18n/en.json: pages.glossary.count: expected no placeholder {n}: use {count}, found “{n} terms”\n' +
        'src/i18n/en.json: pages.glossary.count: expected the placeholder {count} somewhere in the text, found “{n} terms”',
    );
  });

  it('names a missing string and a string that is not text', () => {
    expect(
      broken((data) => {
        delete data['skipLink'];
        data['search'] = 42;
      }),
    ).toThrow(
      'src/i18n/en.json: skipLink: expected text, found nothing (the field is missing)\nsrc/i18n/en.json: search: expected text, found 42',
    );
  });

  it('names an unknown key, so that a misspelt key is not silently ignored', () => {
    expect(
      broken((data) => {
        data['serach'] = 'Search';
      }),
    ).toThrow("src/i18n/en.json: top level: unknown key serach; check its spelling against the other language's file");
  });

  it('names a list of the wrong length', () => {
    expect(
      broken((data) => {
        data['searchNoJs'] = ['one', 'two'];
      }),
    ).toThrow(/^src\/i18n\/en\.json: searchNoJs/);
  });
});
