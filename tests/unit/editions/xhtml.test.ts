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

  it('leaves comments out', () => {
    const html = xhtmlOf([
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'text', value: 'a' },
          { type: 'comment', value: ' note ' },
          { type: 'text', value: 'b' },
        ],
      },
      { type: 'comment', value: ' end ' },
    ]);
    expect(html).toBe('<p>ab</p>');
  });
});

describe('xhtmlOf attributes', () => {
  it('writes property names as attribute names, lists space-separated, true as empty, false, null and undefined not at all', () => {
    const html = xhtmlOf([
      {
        type: 'element',
        tagName: 'a',
        properties: {
          ariaLabelledBy: ['x', 'y'],
          className: ['term'],
          dateTime: '2022',
          hidden: true,
          download: false,
          title: undefined,
          // hast's types leave null out, but a property can hold it, and it means no attribute.
          lang: null as unknown as string,
        },
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

  it('is, line by line, the XML declaration, the doctype, the html element and a head linking style.css by default', () => {
    const doc = xhtmlDocument({ lang: 'en', title: 'Notes & <Errata>', type: 'bodymatter chapter', role: 'doc-chapter', body: '<p>x</p>' });
    expect(doc).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE html>',
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">',
        '<head>',
        '<meta charset="UTF-8"/>',
        '<title>Notes &amp; &lt;Errata&gt;</title>',
        '<link rel="stylesheet" type="text/css" href="style.css"/>',
        '</head>',
        '<body>',
        '<section epub:type="bodymatter chapter" role="doc-chapter"><p>x</p></section>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  it('links the stylesheet given instead of style.css', () => {
    const doc = xhtmlDocument({ lang: 'en', title: 'x', type: 'chapter', role: 'doc-chapter', body: '', stylesheet: '../css/a&b.css' });
    expect(doc).toContain('<link rel="stylesheet" type="text/css" href="../css/a&amp;b.css"/>');
    expect(doc).not.toContain('style.css');
  });

  it('puts the body straight inside <body>, with no section, when the role is empty', () => {
    const doc = xhtmlDocument({ lang: 'en', title: 'Cover', type: 'cover', role: '', body: '<img src="cover.jpg" alt=""/>' });
    expect(doc).toContain('<body>\n<img src="cover.jpg" alt=""/>\n</body>');
    expect(doc).not.toContain('<section');
  });

  it('escapes all four XML specials', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
