import { describe, expect, it } from 'vitest';
import { pdfSource, type PdfInput } from '../../../scripts/editions/pdf.ts';
import { editionText } from '../../../scripts/editions/source.ts';
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
});
