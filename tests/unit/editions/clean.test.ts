import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { chapterHref } from '../../../scripts/editions/epub-edition.ts';
import { cleanNodes, linkResolver, type Resolve } from '../../../scripts/editions/clean.ts';
import type { Content } from '../../../scripts/editions/hast.ts';
import { editionText, pageFile, type Chapter } from '../../../scripts/editions/source.ts';
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
/** The nodes of an HTML fragment, as a chapter of a built page holds them. */
const nodesOf = (html: string) => fromHtml(html, { fragment: true }).children as Content[];
/** An edition's nodes for an HTML fragment of the full text; its links lead nowhere unless `resolve` says otherwise. */
const cleanedNodes = (html: string, resolve: Resolve = () => undefined) =>
  cleanNodes(nodesOf(html), { file: 'full/index.html', resolve, href: chapterHref });
const cleanedHtml = (html: string, resolve?: Resolve) => xhtmlOf(cleanedNodes(html, resolve));

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

  it('leads a link to the home page’s ids to the article’s part holding them', () => {
    expect(resolver()('glossary/index.html', '../index.html#lede-1')).toEqual({ chapter: 'lede', id: 'lede-1' });
  });

  it('leads a link to a page without an id to that page’s first chapter', () => {
    expect(resolver()('full/index.html', '../glossary/index.html')).toEqual({ chapter: 'glossary' });
  });

  it('leads nowhere for an id that only another page holds', () => {
    expect(resolver()('full/index.html', '../search/index.html#term-a')).toBeUndefined();
  });

  it('counts only the ids elements have, not elements without one', () => {
    expect(resolver()('full/index.html', '../glossary/index.html#undefined')).toBeUndefined();
  });

  it('takes a chapter’s loose text for text, not for an id', () => {
    const chapter: Chapter = { id: 'note', page: 'note', title: '说明', nodes: [{ type: 'text', value: 'Stryker was here' }] };
    expect(linkResolver([chapter])('note/index.html', '#Stryker%20was%20here')).toBeUndefined();
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

  it('leaves out scripts, styles, controls, forms, templates and the head’s links and metadata', () => {
    const html = cleanedHtml(
      '<p>正文</p><script>run()</script><style>p{}</style><button type="button">复制</button><template><p>模板</p></template>' +
        '<noscript>无脚本</noscript><form><label>搜索</label></form><input type="search"><link rel="stylesheet" href="a.css"><meta name="x" content="y">',
    );
    expect(html).toBe('<p>正文</p>');
  });

  it('leaves out what the site hides: print-hidden, aria-hidden and hidden elements', () => {
    expect(cleanedHtml('<p>正文<span class="no-print">（打印时不显示）</span></p>')).toBe('<p>正文</p>');
    expect(cleanedHtml('<p>正文<span aria-hidden="true">•</span></p>')).toBe('<p>正文</p>');
    expect(cleanedHtml('<p>正文</p><div hidden>隐藏</div>')).toBe('<p>正文</p>');
  });

  it('keeps the attributes that carry meaning: language, dates, sources, labels, roles and table structure', () => {
    const html = cleanedHtml(
      '<p id="n" lang="en" title="t">x</p><time datetime="2022-05-01">5月1日</time><blockquote cite="https://example.org/q">q</blockquote>' +
        '<div role="note" aria-label="注" aria-labelledby="n" aria-describedby="n">d</div>' +
        '<table><tr><th scope="col" abbr="数">数目</th><td colspan="2" rowspan="3">1</td></tr></table><ol start="3"><li>三</li></ol>',
    );
    expect(html).toBe(
      '<p id="n" lang="en" title="t">x</p><time datetime="2022-05-01">5月1日</time><blockquote cite="https://example.org/q">q</blockquote>' +
        '<div role="note" aria-label="注" aria-labelledby="n" aria-describedby="n">d</div>' +
        '<table><tbody><tr><th scope="col" abbr="数">数目</th><td colspan="2" rowspan="3">1</td></tr></tbody></table><ol start="3"><li>三</li></ol>',
    );
  });

  it('keeps the article text’s class', () => {
    expect(cleanedHtml('<div class="article-text mt-4"><p>正文</p></div>')).toBe('<div class="article-text"><p>正文</p></div>');
  });

  it('leaves out a figure with nothing but its caption left, and keeps one with its table', () => {
    expect(cleanedHtml('<figure>\n<svg role="img"><title>图</title></svg>\n<figcaption>图一</figcaption>\n</figure><p>后文</p>')).toBe(
      '<p>后文</p>',
    );
    expect(cleanedHtml('<figure><table><tr><td>637名</td></tr></table><figcaption>表一</figcaption></figure>')).toBe(
      '<figure><table><tbody><tr><td>637名</td></tr></tbody></table><figcaption>表一</figcaption></figure>',
    );
  });

  it('turns only h1–h6 into the chapter’s headings, not custom elements whose names hold them', () => {
    expect(cleanedHtml('<h2>节</h2><x-h3>自定义</x-h3><h2-note>注</h2-note><h3>小节</h3>')).toBe(
      '<h1>节</h1><x-h3>自定义</x-h3><h2-note>注</h2-note><h2>小节</h2>',
    );
  });

  it('drops the label and description references that lead to no id the chapter keeps', () => {
    const html = cleanedHtml(
      '<nav><p id="menu">目录</p></nav><section aria-labelledby="t menu u" aria-describedby="gone d">' +
        '<h2 id="t">题</h2><p id="u">副题</p><p id="d">述</p><p aria-describedby="menu">x</p></section>',
    );
    expect(html).toBe(
      '<section aria-labelledby="t u" aria-describedby="d"><h1 id="t">题</h1><p id="u">副题</p><p id="d">述</p><p>x</p></section>',
    );
  });

  it('adds no attributes an element did not have', () => {
    expect(cleanedNodes('<p class="mt-4">x</p>')).toStrictEqual([
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'x' }] },
    ]);
  });

  it('joins the references it keeps with single spaces, even when the list had runs of whitespace', () => {
    const nodes: Content[] = [
      { type: 'element', tagName: 'p', properties: { id: '' }, children: [] },
      { type: 'element', tagName: 'p', properties: { id: 'a' }, children: [] },
      { type: 'element', tagName: 'p', properties: { id: 'b' }, children: [] },
      // hast's types say a list, but a property set by hand can be the attribute's raw string.
      { type: 'element', tagName: 'div', properties: { ariaLabelledBy: 'a \n b' as unknown as string[] }, children: [] },
    ];
    const [, , , div] = cleanNodes(nodes, { file: 'full/index.html', resolve: () => undefined, href: chapterHref });
    expect(div).toMatchObject({ properties: { ariaLabelledBy: 'a b' } });
  });

  it('makes a glossary term a link to its entry, titled with the whole definition and not the link’s words', () => {
    const resolve: Resolve = (_file, href) => (href === '../glossary/index.html#x' ? { chapter: 'glossary', id: 'x' } : undefined);
    const html = cleanedHtml(
      '<p>见<button type="button" popovertarget="g-x">术语</button><span popover id="g-x">释义，<em>强调</em>。<a href="../glossary/index.html#x">查看名词解释</a></span>。</p>',
      resolve,
    );
    expect(html).toBe('<p>见<a href="glossary.xhtml#x" title="释义，强调。" class="term">术语</a>。</p>');
  });

  it('leaves out a button that opens no popover, and keeps the elements beside it', () => {
    expect(cleanedHtml('<p><span>正文</span><button type="button">复制</button></p>')).toBe('<p><span>正文</span></p>');
  });
});
