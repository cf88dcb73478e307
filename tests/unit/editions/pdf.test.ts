import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { pdfSource, type PdfInput } from '../../../scripts/editions/pdf.ts';
import { editionText, type Chapter } from '../../../scripts/editions/source.ts';
import { miniSite, readerOf } from '../../support/editions.ts';

const input = (siteUrl?: string): PdfInput => ({
  text: editionText('zh-CN', readerOf(miniSite('zh-CN', siteUrl ? { siteUrl } : {}))),
  authors: ['甲', '乙'],
  subject: '《刊》2022年第6期',
  keywords: ['一', '二'],
  date: new Date('2026-11-30T08:09:10Z'),
  commit: 'abc123',
  file: 'editions/x.pdf',
});

describe('pdfSource', () => {
  // Made inside each test, not when the file loads, so mutation testing can tell which test reaches which code.
  const built = () => pdfSource(input());

  it('sets the document’s title, authors, subject, keywords and date (the commit’s), its language and A4 pages', () => {
    const source = built();
    expect(source).toContain(
      '#set document(title: "标题", author: ("甲", "乙",), description: "《刊》2022年第6期", keywords: ("一", "二",), date: datetime(year: 2026, month: 11, day: 30, hour: 8, minute: 9, second: 10))',
    );
    expect(source).toContain('lang: "zh", region: "cn"');
    expect(source).toContain('paper: "a4"');
  });

  it('opens with a title page without running head or number, then the lede under a heading', () => {
    const source = built();
    expect(source).toMatch(/#page\(header: none, footer: none\)\[[\s\S]*#title\[标题\][\s\S]*甲\u3000乙/);
    expect(source.indexOf('#heading(level: 1)[导语]')).toBeGreaterThan(source.indexOf('#title['));
  });

  it('starts each part on a new page, with its title as the running head from its first page', () => {
    const source = built();
    expect(source).toContain('pagebreak(weak: true)');
    expect(source).toMatch(/#heading\(level: 1\)\[第二节\] <vanguard:vanguard>\n\n#metadata\("第二节"\) <running-head>/);
    expect(source).toMatch(
      /#heading\(level: 1\)\[名词解释\] <glossary:[^>]*>?\n\n#metadata\("标题"\) <running-head>|#heading\(level: 1\)\[名词解释\]\n\n#metadata\("标题"\) <running-head>/,
    );
  });

  it('keeps the paragraph ids as labels and leads glossary links to the glossary', () => {
    const source = built();
    expect(source).toContain('<lede:lede-1>');
    expect(source).toContain('#link(<glossary:term-a>)[术语]');
  });

  it('ends with the citation, the edition’s address (or where it is, without SITE_URL) and the commit', () => {
    const source = built();
    const last = source.slice(source.lastIndexOf('#heading(level: 1)'));
    expect(last).toContain('引用本文');
    expect(last).toContain('甲, 乙\\. 标题\\[J\\]\\. 刊, 2022(6)\\.');
    expect(last).toContain('editions\\/x\\.pdf');
    expect(last).toContain('abc123');
    expect(pdfSource(input('https://example.org/a/'))).toContain('本版网址：https\\:\\/\\/example\\.org\\/a\\/editions\\/x\\.pdf');
  });

  it('can leave chapters out', () => {
    expect(pdfSource({ ...input(), omit: ['glossary'] })).not.toContain('名词解释');
  });

  it('sets the text in the serif, headings and the title in the sans, and code in the mono font', () => {
    const source = built();
    expect(source).toContain('#set text(font: "Noto Serif CJK SC", lang: "zh", region: "cn", size: 10.5pt)');
    expect(source).toContain('#show heading: set text(font: "Noto Sans CJK SC", weight: "bold")');
    expect(source).toContain('#show raw: set text(font: "Noto Sans Mono CJK SC", size: 1em)');
    expect(source).toContain('[#set text(font: "Noto Sans CJK SC", size: 26pt, weight: "bold", tracking: 0.05em)');
  });

  it('puts the header’s paragraphs (not its heading) under the title, trimmed, one block each, the first one larger', () => {
    const site = miniSite();
    site['full/index.html'] = site['full/index.html']!.replace('<span class="sr-only">作者：</span>', '').replace(
      '<p>原载《刊》</p>',
      '<p>\n  原载《刊》\n</p>',
    );
    const source = pdfSource({ ...input(), text: editionText('zh-CN', readerOf(site)) });
    expect(source).toContain(
      '  #title[标题]]\n  #v(2.5em)\n  #block(below: 0.9em)[#set text(size: 13pt)\n甲\u3000乙]\n  #block(below: 0.9em)[#set text(size: 10.5pt)\n原载《刊》]\n]\n\n',
    );
  });

  it('breaks a long title into two balanced lines on the title page', () => {
    const { text } = input();
    const source = pdfSource({ ...input(), text: { ...text, title: '一二三四五六七八九十甲乙' } });
    expect(source).toContain('#title[一二三四五六#linebreak()七八九十甲乙]]');
  });

  it('leaves the title page with the title alone when the lede has no header', () => {
    const { text } = input();
    const [lede, ...rest] = text.chapters;
    const source = pdfSource({ ...input(), text: { ...text, chapters: [{ ...lede!, nodes: [] }, ...rest] } });
    expect(source).toContain('  #title[标题]]\n  #v(2.5em)\n  \n]\n\n#heading(level: 1)[导语] <lede:lede>');
  });

  it('writes the lede’s heading, running head and text as blocks apart, each after a blank line', () => {
    expect(built()).toContain(
      '\n]\n\n#heading(level: 1)[导语] <lede:lede>\n\n#metadata("标题") <running-head>\n\n#block[#set par(first-line-indent: (amount: 2em, all: true), spacing: 0.5em)\n#par[导语',
    );
  });

  it('sets what follows a part’s last section apart from it, and each chapter apart from the one before', () => {
    expect(built()).toContain(
      '#par[末段核验。] <contributions:contributions-1>]\n\n#align(end)[#text(size: 0.9em)[（责任编辑：某）]]\n\n#heading(level: 1)[关于本版]',
    );
  });

  it('gives a chapter without a heading its running head before its text', () => {
    const { text } = input();
    const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '无标题的一段。' }] };
    const chapters: Chapter[] = text.chapters.map((chapter) => (chapter.id === 'figures' ? { ...chapter, nodes: [paragraph] } : chapter));
    const source = pdfSource({ ...input(), text: { ...text, chapters } });
    expect(source).toContain('\n\n#metadata("标题") <running-head>\n\n#par[无标题的一段。]\n\n#heading(level: 1)[引用本文] <cite>');
    expect(source).not.toContain('数字一览');
  });

  it('leads a link to the full-text page without a fragment to the lede’s heading', () => {
    const site = miniSite();
    site['full/index.html'] = site['full/index.html']!.replace('一段', '一段<a href="../full/">全文</a>');
    const source = pdfSource({ ...input(), text: editionText('zh-CN', readerOf(site)) });
    expect(source).toContain('#par[一段#link(<lede:lede>)[全文]#link(<people-places:somebody>)[人名]。] <organizing:organizing-1>');
  });

  it('ends with the citation block, the build’s commit and day, and a newline', () => {
    const source = built();
    expect(source.slice(source.lastIndexOf('#heading(level: 1)'))).toBe(
      '#heading(level: 1)[引用本文] <cite>\n\n#metadata("标题") <running-head>\n\n#block[#set par(first-line-indent: 0em)\n#strong[GB\\/T 7714—2015]\n\n' +
        '甲, 乙\\. 标题\\[J\\]\\. 刊, 2022(6)\\.\n\n本版是存档版网站随附的 PDF 文件，在网站的 editions\\/x\\.pdf；构建时未设定网站地址（SITE\\_URL）。\n\n' +
        '#text(size: 9pt, fill: luma(35%))[构建自 git 提交 abc123，日期 2026\\-11\\-30。]]\n\n',
    );
  });
});
