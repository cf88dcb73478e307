import { describe, expect, it } from 'vitest';
import { CONTENT, FRONTMATTER, PARAGRAPH_ID, PART_FOLDERS, PART_IDS, partFile, partOfPath } from '@/lib/content/layout.ts';

describe('PART_IDS', () => {
  it('lists the lede, then the three sections, in reading order', () => {
    expect(PART_IDS).toEqual(['lede', 'organizing', 'vanguard', 'contributions']);
  });
});

describe('CONTENT', () => {
  const paths = (node: object): string[] => Object.values(node).flatMap((value) => (typeof value === 'string' ? [value] : paths(value)));

  it('keeps every content file under the content folder, the English ones under its en/ folder, each path once', () => {
    for (const path of paths(CONTENT)) expect(path === CONTENT.root || path.startsWith(`${CONTENT.root}/`), path).toBe(true);
    for (const path of paths(CONTENT.en)) expect(path.startsWith(`${CONTENT.root}/en/`), path).toBe(true);
    expect(new Set(paths(CONTENT)).size).toBe(paths(CONTENT).length);
  });

  it('gives each English twin the name of its Chinese file', () => {
    for (const name of ['article', 'meta', 'glossary', 'timeline', 'entities', 'figures'] as const) {
      expect(CONTENT.en[name].replace(`${CONTENT.root}/en/`, `${CONTENT.root}/`)).toBe(CONTENT[name]);
    }
  });
});

describe('partFile and partOfPath', () => {
  it('name a part’s file in either language, Chinese by default', () => {
    expect(partFile('vanguard')).toBe('content/article/vanguard.mdx');
    expect(partFile('vanguard', 'zh-CN')).toBe(partFile('vanguard'));
    expect(partFile('lede', 'en')).toBe('content/en/article/lede.mdx');
    expect(PART_FOLDERS).toEqual({ 'zh-CN': CONTENT.article, en: CONTENT.en.article });
  });

  it('find the part and language of a file, from any folder and with either slash', () => {
    expect(partOfPath('/work/site/content/article/vanguard.mdx')).toEqual({ id: 'vanguard', lang: 'zh-CN' });
    expect(partOfPath('/work/site/content/en/article/vanguard.mdx')).toEqual({ id: 'vanguard', lang: 'en' });
    expect(partOfPath('C:\\site\\content\\en\\article\\lede.mdx')).toEqual({ id: 'lede', lang: 'en' });
  });

  it('read each other back for every part in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const id of PART_IDS) expect(partOfPath(partFile(id, lang))).toEqual({ id, lang });
    }
  });

  it('find no part in any other file', () => {
    expect(partOfPath('/work/site/content/glossary.yaml')).toBeUndefined();
    expect(partOfPath('/work/site/content/article/vanguard.md')).toBeUndefined();
    expect(partOfPath('/work/site/content/article/notes/vanguard.mdx')).toBeUndefined();
    expect(partOfPath('/work/site/mycontent/article/vanguard.mdx')).toBeUndefined();
  });
});

describe('FRONTMATTER', () => {
  it('takes the YAML of a leading block, with either line ending', () => {
    expect(FRONTMATTER.exec('---\nkind: lede\norder: 0\n---\n\n正文')?.[1]).toBe('kind: lede\norder: 0');
    expect(FRONTMATTER.exec('---\r\nkind: lede\r\n---\r\n正文')?.[1]).toBe('kind: lede');
  });

  it('finds no block that does not open the file, or is never closed', () => {
    expect(FRONTMATTER.exec('正文\n---\nkind: lede\n---\n')).toBeNull();
    expect(FRONTMATTER.exec('---\nkind: lede\n')).toBeNull();
  });
});

describe('PARAGRAPH_ID', () => {
  it('accepts a part’s id and a place counted from 1, and gives both', () => {
    expect(PARAGRAPH_ID.exec('vanguard-4')?.slice(1)).toEqual(['vanguard', '4']);
    expect(PARAGRAPH_ID.test('lede-12')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const id of ['vanguard-0', 'vanguard-04', 'vangard-4', 'vanguard', 'vanguard-4a', 'x-vanguard-4', 'Vanguard-4']) {
      expect(PARAGRAPH_ID.test(id), id).toBe(false);
    }
  });
});
