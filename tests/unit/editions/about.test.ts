import { describe, expect, it } from 'vitest';
import { editionsListHtml, fillEditions, sizeLabel } from '../../../scripts/editions/about.ts';
import { EDITIONS, edition } from '../../../scripts/editions/catalog.ts';

const written = EDITIONS.map((entry, index) => ({ edition: entry, bytes: [80_819, 496_703, 1_234_567][index]!, sha256: 'ab'.repeat(32) }));

describe('sizeLabel', () => {
  it('gives the size readably and the exact count of bytes', () => {
    expect(sizeLabel(80_819, 'zh-CN')).toBe('81 KB（80,819 字节）');
    expect(sizeLabel(1_234_567, 'en')).toBe('1.2 MB (1,234,567 bytes)');
    expect(sizeLabel(12, 'en')).toBe('1 KB (12 bytes)');
  });

  it('counts a million bytes as megabytes', () => {
    expect(sizeLabel(1_000_000, 'zh-CN')).toBe('1.0 MB（1,000,000 字节）');
  });
});

describe('editionsListHtml', () => {
  it('links each edition relative to the page, with its type, language, size and digest', () => {
    const html = editionsListHtml(written, 'zh-CN', 'about/index.html');
    expect(html).toContain(
      '<a href="../editions/tongzhou-party-flag-zh.epub" type="application/epub+zip" class="underline" data-edition="epub-zh">',
    );
    expect(html).toContain('<span data-edition-size="80819">81 KB（80,819 字节）</span>');
    expect(html).toContain('hreflang="en"');
    expect(html).toContain(`SHA-256 <code class="break-all">${'ab'.repeat(32)}</code>`);
    expect(editionsListHtml(written, 'en', 'en/about/index.html')).toContain('href="../../editions/tongzhou-party-flag-en.epub"');
  });

  it('gives the English page one list item per edition, named in English and set off by commas', () => {
    const digest = (sha: string) => `<br><span class="text-sm text-muted">SHA-256 <code class="break-all">${sha}</code></span></li>`;
    expect(
      editionsListHtml(
        EDITIONS.map((entry, index) => ({
          edition: entry,
          bytes: [80_819, 496_703, 1_234_567][index]!,
          sha256: ['a1', 'b2', 'c3'][index]!,
        })),
        'en',
        'en/about/index.html',
      ),
    ).toBe(
      '<ul>' +
        '<li class="mt-2"><a href="../../editions/tongzhou-party-flag-zh.epub" type="application/epub+zip" hreflang="zh-CN" class="underline" data-edition="epub-zh">EPUB e-book (Chinese)</a>, ' +
        '<span data-edition-size="80819">81 KB (80,819 bytes)</span>' +
        digest('a1') +
        '<li class="mt-2"><a href="../../editions/tongzhou-party-flag-zh.pdf" type="application/pdf" hreflang="zh-CN" class="underline" data-edition="pdf-zh">PDF for print (Chinese, A4)</a>, ' +
        '<span data-edition-size="496703">497 KB (496,703 bytes)</span>' +
        digest('b2') +
        '<li class="mt-2"><a href="../../editions/tongzhou-party-flag-en.epub" type="application/epub+zip" class="underline" data-edition="epub-en">EPUB e-book (English translation)</a>, ' +
        '<span data-edition-size="1234567">1.2 MB (1,234,567 bytes)</span>' +
        digest('c3') +
        '</ul>',
    );
  });

  it('names the editions in Chinese on the Chinese page, each followed by a full-width comma', () => {
    const html = editionsListHtml(written, 'zh-CN', 'about/index.html');
    expect([...html.matchAll(/>([^<>]+)<\/a>(.)<span/g)].map((match) => [match[1], match[2]])).toEqual([
      ['EPUB 电子书（中文）', '，'],
      ['PDF 印刷版（中文，A4）', '，'],
      ['EPUB 电子书（英译）', '，'],
    ]);
  });
});

describe('fillEditions', () => {
  const page = '<main><div class="mt-4" data-editions><p>none yet</p></div><p>after</p></main>';
  it('replaces the slot’s content and nothing else', () => {
    expect(fillEditions(page, '<ul><li>x</li></ul>', 'about/index.html')).toBe(
      '<main><div class="mt-4" data-editions><ul><li>x</li></ul></div><p>after</p></main>',
    );
  });

  it('finds the slot when other attributes follow data-editions', () => {
    expect(fillEditions('<div data-editions="" class="mt-4"><p>none yet</p></div>', '<ul></ul>', 'about/index.html')).toBe(
      '<div data-editions="" class="mt-4"><ul></ul></div>',
    );
  });

  it('names the page and the component to render when the slot is missing', () => {
    expect(() => fillEditions('<main></main>', '', 'en/about/index.html')).toThrow(
      /en\/about\/index\.html: no <div data-editions>.*EditionsList\.astro/,
    );
  });
});

describe('the catalogue', () => {
  it('has the Chinese EPUB, the Chinese PDF and the English EPUB, each file once', () => {
    expect(EDITIONS.map((entry) => entry.id)).toEqual(['epub-zh', 'pdf-zh', 'epub-en']);
    expect(new Set(EDITIONS.map((entry) => entry.file)).size).toBe(3);
    expect(edition('pdf-zh').mediaType).toBe('application/pdf');
  });
});
