import { describe, expect, it } from 'vitest';
import type { Content } from '../../../scripts/editions/hast.ts';
import { escapeTypst, typstBlocks, typstInline, typstLabel, typstString } from '../../../scripts/editions/typst.ts';

const el = (tagName: string, properties: Record<string, unknown>, ...children: (Content | string)[]): Content => ({
  type: 'element',
  tagName,
  properties: properties as never,
  children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
});
const text = (value: string): Content => ({ type: 'text', value });
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

  it('write a line break in a string as the escape \\n', () => {
    expect(typstString('一行\n二行')).toBe('"一行\\n二行"');
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

  it('keeps loose text apart from the blocks around it, each run in a block of its own', () => {
    expect(typstBlocks([text('前'), el('p', {}, '中'), text('后')], context)).toBe('#block[前]\n\n#par[中]\n\n#block[后]');
  });

  it('drops the white space between blocks and around loose text and paragraph text', () => {
    expect(typstBlocks([text('\n  '), el('p', {}, '\n  一段。\n'), text('\n'), text(' 尾 ')], context)).toBe('#par[一段。]\n\n#block[尾]');
  });

  it('leaves out empty blocks, without blank lines where they stood', () => {
    expect(typstBlocks([el('p', {}, '甲'), el('div', {}, '\n  '), el('p', {}, '乙')], context)).toBe('#par[甲]\n\n#par[乙]');
  });

  it('treats structural elements as blocks, never running them into the text before them', () => {
    for (const tag of ['article', 'header', 'footer', 'section', 'figure', 'figcaption', 'li']) {
      expect(typstBlocks([text('前'), el(tag, {}, '文')], context)).toBe('#block[前]\n\n#block[文]');
    }
  });

  it('keeps headings below the second level out of the outline', () => {
    expect(typstBlocks([el('h1', {}, '标题')], context)).toBe('#heading(level: 1)[标题]');
    for (const level of [3, 4, 5, 6]) {
      expect(typstBlocks([text('前'), el(`h${level}`, {}, '标题')], context)).toBe(
        `#block[前]\n\n#heading(level: ${level}, outlined: false)[标题]`,
      );
    }
  });

  it('numbers ordered lists and ignores the white space between list items', () => {
    expect(typstBlocks([text('前'), el('ol', {}, el('li', {}, '一'), el('li', {}, '二'))], context)).toBe(
      '#block[前]\n\n#enum([#block[一]], [#block[二]])',
    );
    expect(typstBlocks([el('ul', {}, '\n', el('li', {}, '甲'), '\n', el('li', {}, '乙'), '\n')], context)).toBe(
      '#list([#block[甲]], [#block[乙]])',
    );
  });

  it('indents definitions, sets quotations as block quotes and rules off the asides', () => {
    expect(typstBlocks([text('前'), el('dd', {}, el('p', {}, '释义'))], context)).toBe('#block[前]\n\n#pad(left: 2em)[#par[释义]]');
    expect(typstBlocks([text('前'), el('blockquote', { id: 'q' }, el('p', {}, '引文'))], context)).toBe(
      '#block[前]\n\n#quote(block: true)[#par[引文]] <vanguard:q>',
    );
    expect(typstBlocks([text('前'), el('aside', {}, el('p', {}, '注'))], context)).toBe(
      '#block[前]\n\n#block(above: 2em, width: 100%, stroke: (top: 0.5pt + luma(60%)), inset: (top: 0.8em))[#set text(size: 0.85em)\n#set par(first-line-indent: 0em)\n#par[注]]',
    );
  });

  it('passes through the content of plain containers, wrapping it in a labelled block only when they have an id', () => {
    expect(typstBlocks([el('div', {}, el('p', {}, '甲'))], context)).toBe('#par[甲]');
    expect(typstBlocks([el('section', { id: 's' }, el('p', {}, '乙'))], context)).toBe('#block[#par[乙]] <vanguard:s>');
  });

  it('sets a table without header cells as body rows only, footer rows included', () => {
    const table = el(
      'table',
      {},
      el('tbody', {}, el('tr', {}, el('td', {}, '甲'), el('td', {}, '1'))),
      el('tfoot', {}, el('tr', {}, el('td', {}, '合计'), el('td', {}, '1'))),
    );
    expect(typstBlocks([table], context)).toBe(
      '#table(columns: 2, align: start, stroke: (x: none, y: 0.4pt + luma(70%)), inset: (x: 0.4em, y: 0.5em),\n' +
        '  [#block[甲]], [#block[1]],\n' +
        '  [#block[合计]], [#block[1]],\n' +
        ')',
    );
  });

  it('repeats only rows made wholly of header cells as the table header; a row led by a header cell stays in the body', () => {
    const table = el(
      'table',
      {},
      el('thead', {}, el('tr', {}, el('th', {}, '数'), el('th', {}, '处'))),
      el('tbody', {}, el('tr', {}, el('th', {}, '甲'), el('td', {}, '1'))),
    );
    expect(typstBlocks([table], context)).toBe(
      '#table(columns: 2, align: start, stroke: (x: none, y: 0.4pt + luma(70%)), inset: (x: 0.4em, y: 0.5em),\n' +
        '  table.header(table.cell[#strong[#block[数]]], table.cell[#strong[#block[处]]]),\n' +
        '  table.cell[#strong[#block[甲]]], [#block[1]],\n' +
        ')',
    );
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

  it('writes text and elements one after another, leaving comments out', () => {
    expect(typstInline([text('见'), el('strong', {}, '此'), { type: 'comment', value: '注释' }, text('处')], context)).toBe(
      '见#strong[此]处',
    );
  });

  it('asks for the label of a link without href as the empty href', () => {
    const hrefs: string[] = [];
    const recording = {
      chapter: 'vanguard',
      linkLabel: (href: string) => {
        hrefs.push(href);
        return undefined;
      },
    };
    expect(typstInline([el('a', { id: 'top' }, '顶')], recording)).toBe('#metadata(none)<vanguard:top>顶');
    expect(hrefs).toEqual(['']);
  });

  it('sets bold, italic and cited titles, line breaks, code, and superscripts', () => {
    expect(typstInline([el('b', {}, '粗')], context)).toBe('#strong[粗]');
    expect(typstInline([el('em', {}, '斜')], context)).toBe('#emph[斜]');
    expect(typstInline([el('i', {}, '斜')], context)).toBe('#emph[斜]');
    expect(typstInline([el('cite', {}, '书名')], context)).toBe('#emph[书名]');
    expect(typstInline([text('上'), el('br', {}), text('下')], context)).toBe('上#linebreak()下');
    expect(typstInline([el('code', {}, 'a "b" #c')], context)).toBe('#raw("a \\"b\\" #c")');
    expect(typstInline([text('m'), el('sup', {}, '2')], context)).toBe('m#super[2]');
  });
});
