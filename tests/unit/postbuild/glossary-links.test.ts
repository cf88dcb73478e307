import { describe, expect, it } from 'vitest';
import { keepFirstGlossaryLinks } from '@/integrations/postbuild/glossary-links.ts';

/** A glossary term as rehype-glossary.ts writes it: the button and its popover with the definition and the entry's link. */
const term = (id: string, words: string, definition = '释义') =>
  `<button type="button" popovertarget="${id}">${words}</button><span popover="" id="${id}" data-pagefind-ignore="all">${definition}<a href="../glossary/index.html#${id.replace(/^g-(en-)?/, '')}">查看名词解释</a></span>`;

describe('keepFirstGlossaryLinks', () => {
  it('keeps the first term of each entry and unwraps the rest to their words, their popovers dropped', () => {
    const html = `<p>${term('g-kakou', '卡口')}与${term('g-dabai', '大白')}</p><p>又是${term('g-kakou', '卡口')}。</p>`;
    expect(keepFirstGlossaryLinks(html)).toEqual({
      html: `<p>${term('g-kakou', '卡口')}与${term('g-dabai', '大白')}</p><p>又是卡口。</p>`,
      unwrapped: 1,
    });
  });

  it('copes with “>” in a definition and leaves other buttons and links alone', () => {
    const other = '<button type="button" popovertarget="menu">菜单</button><a href="#p">¶</a>';
    const html = `${term('g-a', '甲', 'x &gt; y')}${other}${term('g-a', '甲', 'x &gt; y')}`;
    expect(keepFirstGlossaryLinks(html)).toEqual({ html: `${term('g-a', '甲', 'x &gt; y')}${other}甲`, unwrapped: 1 });
  });
});

describe('keepFirstGlossaryLinks on a page in both languages', () => {
  it('keeps the first term of each language: one opening the Chinese definition, one the English', () => {
    const zh = term('g-kakou', '卡口');
    const en = term('g-en-kakou', 'checkpoint');
    const html = `<p>${zh}</p><p>${en}</p><p>${zh}</p><p>${en}</p>`;
    expect(keepFirstGlossaryLinks(html)).toEqual({ html: `<p>${zh}</p><p>${en}</p><p>卡口</p><p>checkpoint</p>`, unwrapped: 2 });
  });
});
