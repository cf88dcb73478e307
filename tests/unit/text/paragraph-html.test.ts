import { describe, expect, it } from 'vitest';
import { pairParagraphs, splitParagraphHtml } from '@/lib/text/paragraph-html.ts';

describe('paragraph HTML', () => {
  const html = '<p id="vanguard-1">甲<span lang="zh-CN">乙</span></p>\n<p id="vanguard-2">丙 &amp; 丁</p>\n';

  it('cuts rendered MDX into paragraphs, keeping their inner markup', () => {
    expect(splitParagraphHtml(html)).toEqual([
      { id: 'vanguard-1', html: '甲<span lang="zh-CN">乙</span>' },
      { id: 'vanguard-2', html: '丙 &#x26; 丁' },
    ]);
  });

  it('refuses anything it would drop: stray text, other elements, paragraphs without ids', () => {
    expect(() => splitParagraphHtml(`${html}stray`)).toThrow('unexpected text between paragraphs: “stray”');
    expect(() => splitParagraphHtml('<ul><li>x</li></ul>')).toThrow('expected only paragraphs with ids');
    expect(() => splitParagraphHtml('<p>no id</p>')).toThrow('expected only paragraphs with ids');
  });

  it('skips comments between paragraphs, and takes only ids of a part name, a hyphen and a number', () => {
    expect(splitParagraphHtml('<p id="lede-12">甲</p><!-- 注 --><p id="lede-13">乙</p>')).toEqual([
      { id: 'lede-12', html: '甲' },
      { id: 'lede-13', html: '乙' },
    ]);
    expect(() => splitParagraphHtml('<div id="lede-1">甲</div>')).toThrow('expected only paragraphs with ids');
    for (const id of ['Lede-1', 'lede-1a', 'lede-', '-1'])
      expect(() => splitParagraphHtml(`<p id="${id}">甲</p>`), id).toThrow('expected only paragraphs with ids');
  });

  it('quotes no more than the start of what it refuses', () => {
    expect(() => splitParagraphHtml(`<p id="lede-1">甲</p>${'x'.repeat(70)}`)).toThrow(
      `unexpected text between paragraphs: “${'x'.repeat(60)}”`,
    );
    expect(() => splitParagraphHtml(`<div id="lede-1">${'长'.repeat(90)}</div>`)).toThrow(
      new RegExp(`found: <div id="lede-1">${'长'.repeat(80 - '<div id="lede-1">'.length)}$`),
    );
  });

  it('says “none” for a language that has no paragraphs', () => {
    expect(() => pairParagraphs([], [{ id: 'lede-1', html: 'one' }])).toThrow(
      'the English paragraphs (lede-1) do not match the Chinese paragraphs (none)',
    );
    expect(() => pairParagraphs([{ id: 'lede-1', html: '一' }], [])).toThrow(
      'the English paragraphs (none) do not match the Chinese paragraphs (lede-1)',
    );
  });

  it('pairs the two languages by id, and names both lists when they differ', () => {
    const zh = [
      { id: 'lede-1', html: '一' },
      { id: 'lede-2', html: '二' },
    ];
    expect(
      pairParagraphs(zh, [
        { id: 'lede-1', html: 'one' },
        { id: 'lede-2', html: 'two' },
      ]),
    ).toEqual([
      { id: 'lede-1', zh: '一', en: 'one' },
      { id: 'lede-2', zh: '二', en: 'two' },
    ]);
    expect(() => pairParagraphs(zh, [{ id: 'lede-1', html: 'one' }])).toThrow(
      'the English paragraphs (lede-1) do not match the Chinese paragraphs (lede-1 lede-2)',
    );
  });
});
