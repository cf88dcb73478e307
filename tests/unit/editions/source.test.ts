import { describe, expect, it } from 'vitest';
import { textOf } from '../../../scripts/editions/hast.ts';
import { editionText, pageFile, sourceFiles } from '../../../scripts/editions/source.ts';
import { miniSite, readerOf } from '../../support/editions.ts';

describe('editionText', () => {
  it('reads the lede (after the header), the three parts, the record and the companions, in reading order', () => {
    const text = editionText('zh-CN', readerOf(miniSite()));
    expect(text.title).toBe('标题');
    expect(text.chapters.map((chapter) => chapter.id)).toEqual([
      'lede',
      'organizing',
      'vanguard',
      'contributions',
      'record',
      'glossary',
      'people-places',
      'timeline',
      'figures',
    ]);
    expect(text.chapters.map((chapter) => chapter.title)).toEqual([
      '导语',
      '第一节',
      '第二节',
      '第三节',
      '关于本版',
      '名词解释',
      '人物与地点',
      '时间线',
      '数字一览',
    ]);
    expect(textOf(text.chapters[0]!.nodes[0]!)).toContain('甲　乙');
  });

  it('closes the last part with what follows it (the desk editor’s line)', () => {
    const last = editionText('zh-CN', readerOf(miniSite())).chapters[3]!;
    expect(textOf(last.nodes.at(-1)!)).toBe('（责任编辑：某）');
  });

  it('takes the record’s sections on changes and corrections, not the citations', () => {
    const record = editionText('zh-CN', readerOf(miniSite())).chapters[4]!;
    const text = record.nodes.map((node) => textOf(node)).join('|');
    expect(text).toContain('本版的改动');
    expect(text).not.toContain('引用');
    expect(text).not.toContain('来源');
  });

  it('gives the citation and, with SITE_URL, the site’s address', () => {
    expect(editionText('zh-CN', readerOf(miniSite())).citation).toBe('甲, 乙. 标题[J]. 刊, 2022(6).');
    expect(editionText('zh-CN', readerOf(miniSite())).siteUrl).toBeUndefined();
    expect(editionText('zh-CN', readerOf(miniSite('zh-CN', { siteUrl: 'https://example.org/a/' }))).siteUrl).toBe('https://example.org/a/');
  });

  it('reads the English pages under en/', () => {
    expect(pageFile('glossary', 'en')).toBe('en/glossary/index.html');
    expect(sourceFiles('en')).toContain('en/full/index.html');
    expect(editionText('en', readerOf(miniSite('en'))).chapters).toHaveLength(9);
  });

  it('names the file and what it lacks when a page is not the site’s', () => {
    const site = miniSite();
    site['full/index.html'] = site['full/index.html']!.replace('aria-labelledby="vanguard"', 'aria-labelledby="other"');
    expect(() => editionText('zh-CN', readerOf(site))).toThrow(
      /full\/index\.html: expected the parts lede, organizing, vanguard, contributions; found lede, organizing, contributions/,
    );
    site['about/index.html'] = '<html><body><p>nothing</p></body></html>';
    expect(() => editionText('zh-CN', readerOf(site))).toThrow(/about\/index\.html: expected <main>/);
  });
});
