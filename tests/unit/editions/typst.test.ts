import { describe, expect, it } from 'vitest';
import type { Content } from '../../../scripts/editions/hast.ts';
import { escapeTypst, typstBlocks, typstInline, typstLabel, typstString } from '../../../scripts/editions/typst.ts';

const el = (tagName: string, properties: Record<string, unknown>, ...children: (Content | string)[]): Content => ({
  type: 'element',
  tagName,
  properties: properties as never,
  children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
});
const context = {
  chapter: 'vanguard',
  linkLabel: (href: string) => (href.startsWith('glossary.xhtml#') ? `<glossary:${href.split('#')[1]}>` : undefined),
};

describe('escapeTypst', () => {
  it('escapes every character Typst markup gives a meaning, so hostile text stays text', () => {
    expect(escapeTypst('#set page(a) *b* _c_ $d$ <e> @f [g] = h - i + j "k" \'l\' 1. m ~ / : \\')).toBe(
      '\\#set page(a) \\*b\\* \\_c\\_ \\$d\\$ \\<e\\> \\@f \\[g\\] \\= h \\- i \\+ j \\"k\\" \\\'l\\\' 1\\. m \\~ \\/ \\: \\\\',
    );
  });

  it('collapses HTML white space but keeps the ideographic space between names', () => {
    expect(escapeTypst('常菁菁　焦超超\n  x')).toBe('常菁菁　焦超超 x');
  });
});

describe('typstString and typstLabel', () => {
  it('quote strings and name labels by chapter and id', () => {
    expect(typstString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(typstLabel('vanguard', 'vanguard-4')).toBe('<vanguard:vanguard-4>');
  });
});

describe('typstBlocks', () => {
  it('makes labelled paragraphs, so paragraph ids stay link targets', () => {
    expect(typstBlocks([el('p', { id: 'vanguard-4' }, '一段。')], context)).toBe('#par[一段。] <vanguard:vanguard-4>');
  });

  it('indents the article’s paragraphs two characters, and no others', () => {
    const markup = typstBlocks([el('div', { className: ['article-text'] }, el('p', {}, '正文'))], context);
    expect(markup).toContain('first-line-indent: (amount: 2em, all: true)');
    expect(typstBlocks([el('p', {}, '说明')], context)).toBe('#par[说明]');
  });

  it('makes headings with their level, lists, definition lists and tables with a header row', () => {
    expect(typstBlocks([el('h2', { id: 'x' }, '小标题')], context)).toBe('#heading(level: 2)[小标题] <vanguard:x>');
    expect(typstBlocks([el('ul', {}, el('li', {}, '甲'), el('li', { id: 'b' }, '乙'))], context)).toBe(
      '#list([#block[甲]], [#block[乙]#metadata(none) <vanguard:b>])',
    );
    expect(typstBlocks([el('dl', {}, el('dt', {}, '词'), el('dd', {}, el('p', {}, '释义')))], context)).toContain('#strong[词]');
    const table = typstBlocks(
      [
        el(
          'table',
          {},
          el('thead', {}, el('tr', {}, el('th', {}, '数'), el('th', {}, '处'))),
          el('tbody', {}, el('tr', {}, el('td', {}, '637名'), el('td', {}, '第4段'))),
        ),
      ],
      context,
    );
    expect(table).toContain('#table(columns: 2');
    expect(table).toContain('table.header(table.cell[#strong[#block[数]]], table.cell[#strong[#block[处]]])');
    expect(table).toContain('[#block[637名]], [#block[第4段]],');
  });

  it('sets the desk editor’s line at the end and the errata title as a run-in heading', () => {
    expect(typstBlocks([el('p', { className: ['end', 'muted'] }, '（责任编辑：某）')], context)).toContain('#align(end)');
    expect(typstBlocks([el('p', { className: ['heading'] }, '勘误')], context)).toContain('#strong[勘误]');
  });
});

describe('typstInline', () => {
  it('links to labels the edition holds, and keeps only the text of other links', () => {
    expect(typstInline([el('a', { href: 'glossary.xhtml#kakou' }, '卡口')], context)).toBe('#link(<glossary:kakou>)[卡口]');
    expect(typstInline([el('a', { href: 'about.xhtml' }, '核验')], context)).toBe('核验');
  });

  it('anchors an inline element’s id, and marks a corrected reading with a dotted underline', () => {
    const markup = typstInline([el('a', { id: 'erratum-x-text', href: 'other.xhtml' }, el('ins', {}, '全镇'))], context);
    expect(markup.startsWith('#metadata(none)<vanguard:erratum-x-text>')).toBe(true);
    expect(markup).toContain('dash: "dotted"');
    expect(markup).toContain('[全镇]');
  });

  it('marks a language span, emphasis and marked words', () => {
    expect(typstInline([el('span', { lang: 'en' }, 'COVID-19')], context)).toBe('#text(lang: "en", region: none)[COVID\\-19]');
    expect(typstInline([el('span', { lang: 'zh-CN' }, '中')], context)).toBe('#text(lang: "zh", region: "cn")[中]');
    expect(typstInline([el('strong', {}, '重')], context)).toBe('#strong[重]');
    expect(typstInline([el('mark', {}, '人名')], context)).toContain('#highlight');
  });
});
