import { describe, expect, it } from 'vitest';
import { chapterHref } from '../../../scripts/editions/epub-edition.ts';
import { cleanNodes, linkResolver } from '../../../scripts/editions/clean.ts';
import { editionText, pageFile } from '../../../scripts/editions/source.ts';
import { xhtmlOf } from '../../../scripts/editions/xhtml.ts';
import { miniSite, readerOf } from '../../support/editions.ts';

// Built inside each test, not when the file loads, so mutation testing can tell which test reaches which code.
const chapters = () => editionText('zh-CN', readerOf(miniSite())).chapters;
const resolver = () => linkResolver(chapters());
const cleaned = (id: string) => {
  const all = chapters();
  const chapter = all.find((candidate) => candidate.id === id)!;
  return xhtmlOf(cleanNodes(chapter.nodes, { file: pageFile(chapter.page, 'zh-CN'), resolve: linkResolver(all), href: chapterHref }));
};

describe('linkResolver', () => {
  it('leads a link to an id to the chapter of that page holding it', () => {
    const resolve = resolver();
    expect(resolve('full/index.html', '../glossary/index.html#term-a')).toEqual({ chapter: 'glossary', id: 'term-a' });
    expect(resolve('glossary/index.html', '../vanguard/index.html#vanguard-1')).toEqual({ chapter: 'vanguard', id: 'vanguard-1' });
    expect(resolve('full/index.html', '#erratum-x')).toEqual({ chapter: 'vanguard', id: 'erratum-x' });
  });

  it('leads nowhere for what the edition does not hold: another page, an unknown id, another host', () => {
    const resolve = resolver();
    expect(resolve('full/index.html', '../search/index.html')).toBeUndefined();
    expect(resolve('full/index.html', '../glossary/index.html#nothing')).toBeUndefined();
    expect(resolve('full/index.html', 'https://example.org/glossary/index.html#term-a')).toBeUndefined();
  });
});

describe('cleanNodes', () => {
  it('keeps the paragraph ids and the text, and drops the ¶ links and the site’s data attributes', () => {
    const html = cleaned('lede');
    expect(html).toContain('<p id="lede-1">');
    expect(html).not.toContain('¶');
    expect(html).not.toContain('data-pagefind');
  });

  it('rewrites links into the edition, keeping their title, and unwraps those that lead out of it', () => {
    expect(cleaned('lede')).toContain('<a href="glossary.xhtml#term-a" title="释义" class="term">术语</a>');
    expect(cleaned('contributions')).toContain('末段核验。');
  });

  it('starts each chapter’s headings at h1', () => {
    expect(cleaned('organizing')).toContain('<h1 id="organizing">第一节</h1>');
    expect(cleaned('record')).toMatch(/<h1>关于本版<\/h1>.*<h2 id="changes">/s);
  });

  it('keeps the classes an edition styles, under its own names, and no other', () => {
    const html = cleaned('vanguard');
    expect(html).toContain('class="erratum"');
    expect(html).toContain('class="errata-notes"');
    expect(html).toContain('<p id="errata-vanguard" class="heading">');
    expect(cleaned('contributions')).toContain('<p class="end muted">（责任编辑：某）</p>');
    expect(html).not.toContain('mt-10');
  });

  it('leaves out drawings, controls, in-page navigation and decoration, and empty figures', () => {
    expect(cleaned('figures')).not.toMatch(/<svg|<figure/);
    expect(cleaned('figures')).toContain('<td>637名</td>');
    expect(cleaned('glossary')).not.toContain('<nav');
    expect(cleaned('timeline')).not.toContain('dot');
  });
});
