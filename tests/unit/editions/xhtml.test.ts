import { describe, expect, it } from 'vitest';
import { escapeXml, xhtmlDocument, xhtmlOf } from '../../../scripts/editions/xhtml.ts';

describe('xhtmlOf', () => {
  it('closes void elements and escapes text and attributes as XML', () => {
    const html = xhtmlOf([
      { type: 'element', tagName: 'p', properties: { title: 'a "b" & <c>' }, children: [{ type: 'text', value: 'x < y & z' }] },
      { type: 'element', tagName: 'br', properties: {}, children: [] },
    ]);
    expect(html).toBe('<p title="a &quot;b&quot; &amp; &lt;c&gt;">x &lt; y &amp; z</p><br/>');
  });
});

describe('xhtmlOf attributes', () => {
  it('writes property names as attribute names, lists space-separated, true as empty, false and undefined not at all', () => {
    const html = xhtmlOf([
      {
        type: 'element',
        tagName: 'a',
        properties: { ariaLabelledBy: ['x', 'y'], className: ['term'], dateTime: '2022', hidden: true, download: false, title: undefined },
        children: [],
      },
    ]);
    expect(html).toBe('<a aria-labelledby="x y" class="term" datetime="2022" hidden=""></a>');
  });
});

describe('xhtmlDocument', () => {
  it('is an XHTML document with the language, the title, the stylesheet and a section with its semantics', () => {
    const doc = xhtmlDocument({ lang: 'zh-CN', title: '导语 & 正文', type: 'chapter', role: 'doc-chapter', body: '<p>x</p>' });
    expect(doc.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>')).toBe(true);
    expect(doc).toContain('lang="zh-CN" xml:lang="zh-CN"');
    expect(doc).toContain('<title>导语 &amp; 正文</title>');
    expect(doc).toContain('<section epub:type="chapter" role="doc-chapter"><p>x</p></section>');
  });

  it('escapes all four XML specials', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
