import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { isElement, textOf } from '../../../scripts/editions/hast.ts';
import { canonicalOf, editionText, pageFile, sourceFiles } from '../../../scripts/editions/source.ts';
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

  it('reads the home page, the full text, the about page and the four companions', () => {
    expect(sourceFiles('zh-CN')).toEqual([
      'index.html',
      'full/index.html',
      'about/index.html',
      'glossary/index.html',
      'people-places/index.html',
      'timeline/index.html',
      'figures/index.html',
    ]);
  });

  it('names the page each chapter comes from', () => {
    expect(editionText('zh-CN', readerOf(miniSite())).chapters.map((chapter) => chapter.page)).toEqual([
      'full',
      'full',
      'full',
      'full',
      'about',
      'glossary',
      'people-places',
      'timeline',
      'figures',
    ]);
  });

  it('trims the white space around the headings’ titles and the citation', () => {
    const site = miniSite();
    site['full/index.html'] = site['full/index.html']!.replace('>第一节</h2>', '>\n  第一节\n</h2>');
    site['about/index.html'] = site['about/index.html']!.replace('<h1>关于本版</h1>', '<h1>\n  关于本版\n</h1>').replace(
      '<p id="cite-gbt" data-citation-text>',
      '<p id="cite-gbt" data-citation-text>\n  ',
    );
    site['glossary/index.html'] = site['glossary/index.html']!.replace('>名词解释</h1>', '> 名词解释 </h1>');
    const text = editionText('zh-CN', readerOf(site));
    expect(text.chapters.map((chapter) => chapter.title).slice(1, 6)).toEqual(['第一节', '第二节', '第三节', '关于本版', '名词解释']);
    expect(text.citation).toBe('甲, 乙. 标题[J]. 刊, 2022(6).');
  });

  it('takes a companion’s content from inside its column, starting with its heading', () => {
    const glossary = editionText('zh-CN', readerOf(miniSite())).chapters[5]!;
    expect(isElement(glossary.nodes[0], 'h1')).toBe(true);
    expect(glossary.nodes.some((node) => isElement(node, 'div'))).toBe(false);
  });

  it('accepts a record with the corrections alone, and names the about page when it has none', () => {
    const site = miniSite();
    site['about/index.html'] = site['about/index.html']!.replace(/<section aria-labelledby="changes">.*?<\/section>/, '');
    expect(editionText('zh-CN', readerOf(site)).chapters[4]!.nodes).toHaveLength(2);
    site['about/index.html'] = miniSite()['about/index.html']!.replace('aria-labelledby="errata"', 'aria-labelledby="other"');
    expect(() => editionText('zh-CN', readerOf(site))).toThrow(
      'about/index.html: expected a <section aria-labelledby="errata">; found none',
    );
  });

  it('names the file and what it lacks when a page misses its heading, its citation or the article’s parts', () => {
    const broken = (file: string, from: string | RegExp, to: string) => {
      const site = miniSite();
      site[file] = site[file]!.replace(from, to);
      return () => editionText('zh-CN', readerOf(site));
    };
    expect(broken('full/index.html', '<h1>标题</h1>', '')).toThrow('full/index.html: expected <h1>; found none.');
    expect(broken('about/index.html', '<h1>关于本版</h1>', '')).toThrow('about/index.html: expected <h1>; found none.');
    expect(broken('glossary/index.html', '<h1 class="text-2xl">名词解释</h1>', '')).toThrow(
      'glossary/index.html: expected <h1>; found none.',
    );
    expect(broken('about/index.html', ' data-citation-text', '')).toThrow(
      'about/index.html: no citation (an element with data-citation-text) in <main>',
    );
    expect(broken('full/index.html', /(<\/?)article>/g, '$1section>')).toThrow(
      'full/index.html: expected <article> in <main>; found none.',
    );
    expect(broken('full/index.html', /(<\/?)header( class="measure")?>/g, '$1div$2>')).toThrow(
      'full/index.html: expected <header> in <article>; found none.',
    );
    expect(
      broken('full/index.html', /<\/header><div class="measure">(.*)<\/div><\/article>/, '</header><section>$1</section></article>'),
    ).toThrow('full/index.html: expected <div> holding the text after the header; found none.');
    expect(broken('full/index.html', '<h2 id="vanguard" ', '<h2 ')).toThrow('full/index.html: expected the heading #vanguard; found none.');
  });
});

describe('canonicalOf', () => {
  it('gives the href of the canonical link, passing over the page’s other links', () => {
    const head = (links: string) => fromHtml(`<html><head>${links}</head><body></body></html>`);
    expect(canonicalOf(head('<link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://example.org/a/">'))).toBe(
      'https://example.org/a/',
    );
    expect(canonicalOf(head('<link rel="icon" href="/favicon.svg"><meta name="x" content="y">'))).toBeUndefined();
  });
});
