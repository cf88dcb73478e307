import { describe, expect, it } from 'vitest';
import { keepFirstGlossaryLinks } from '@/integrations/postbuild/glossary-links.ts';

describe('keepFirstGlossaryLinks', () => {
  const link = (id: string, text: string, title = '释义') =>
    `<a href="../glossary/#${id}" class="glossary-term" data-glossary="${id}" title="${title}">${text}</a>`;

  it('keeps the first link to each term and unwraps the rest to their text', () => {
    const html = `<p>${link('kakou', '卡口')}与${link('dabai', '大白')}</p><p>又是${link('kakou', '卡口')}</p>`;
    expect(keepFirstGlossaryLinks(html)).toEqual({
      html: `<p>${link('kakou', '卡口')}与${link('dabai', '大白')}</p><p>又是卡口</p>`,
      unwrapped: 1,
    });
  });

  it('copes with “>” inside a quoted attribute and leaves other links alone', () => {
    const html = `${link('a', '甲', 'x > y')}<a href="#p">¶</a>${link('a', '甲', 'x > y')}`;
    expect(keepFirstGlossaryLinks(html)).toEqual({ html: `${link('a', '甲', 'x > y')}<a href="#p">¶</a>甲`, unwrapped: 1 });
  });
});

describe('keepFirstGlossaryLinks with single-quoted attributes', () => {
  it('reads a single-quoted value holding “>” before or after data-glossary', () => {
    const before = `<a title='x > y' href="../glossary/#a" data-glossary="a">甲</a>`;
    const after = `<a href="../glossary/#b" data-glossary="b" title='x > y'>乙</a>`;
    expect(keepFirstGlossaryLinks(`${before}${after}${before}${after}`)).toEqual({ html: `${before}${after}甲乙`, unwrapped: 2 });
  });
});

describe('keepFirstGlossaryLinks on a page in both languages', () => {
  const link = (href: string, id: string, text: string) =>
    `<a href="${href}" class="glossary-term" data-glossary="${id}" title="t">${text}</a>`;

  it('keeps the first link of each language: one to the Chinese entry, one to the English', () => {
    const zh = link('/glossary/#kakou', 'kakou', '卡口');
    const en = link('/en/glossary/#kakou', 'kakou', 'checkpoint');
    const html = `<p>${zh}</p><p>${en}</p><p>${zh}</p><p>${en}</p>`;
    expect(keepFirstGlossaryLinks(html)).toEqual({ html: `<p>${zh}</p><p>${en}</p><p>卡口</p><p>checkpoint</p>`, unwrapped: 2 });
  });
});
