import { describe, expect, it } from 'vitest';
import { PART_IDS } from '@/lib/content/layout.ts';
import {
  compareParagraphs,
  locateParagraphs,
  labelParagraph,
  paragraphId,
  paragraphPosition,
  positionIn,
  splitParagraphs,
  stripFrontmatter,
} from '@/lib/text/paragraphs.ts';
import { partSources } from '../../support/article.ts';

describe('paragraphs', () => {
  it('numbers paragraphs from 1 within their part', () => {
    expect(paragraphId('vanguard', 4)).toBe('vanguard-4');
  });

  it('splits a body at blank lines and keeps each paragraph as written', () => {
    expect(splitParagraphs('\n甲,乙。\n\n丙\n  \n丁\r\n\r\n戊\n')).toEqual(['甲,乙。', '丙', '丁', '戊']);
  });

  it('strips only a leading frontmatter block', () => {
    expect(stripFrontmatter('---\nkind: lede\norder: 0\n---\n\n正文---')).toBe('\n正文---');
    expect(stripFrontmatter('正文')).toBe('正文');
  });

  it('reads old Mac line ends (a lone CR) as line ends too, and makes no empty paragraph of extra blank lines', () => {
    expect(splitParagraphs('甲\r\r乙\r丙')).toEqual(['甲', '乙\n丙']);
    expect(splitParagraphs('\n\n甲\n\n\n\n乙\n\n')).toEqual(['甲', '乙']);
  });

  it('removes only a line end right after the frontmatter, never one inside the body', () => {
    expect(stripFrontmatter('---\nkind: lede\n---正文\n第二行')).toBe('正文\n第二行');
  });
});

describe('locateParagraphs', () => {
  it('reads every kind of line end, and trims spaces at a paragraph’s end', () => {
    expect(locateParagraphs('甲\r\r乙\r\n\r\n丙  \n\n丁')).toEqual([
      { text: '甲', line: 1 },
      { text: '乙', line: 3 },
      { text: '丙', line: 5 },
      { text: '丁', line: 7 },
    ]);
  });

  it('keeps the last paragraph of a file that ends without a blank line, its lines joined', () => {
    expect(locateParagraphs('---\nkind: lede\n---\n\n甲\n\n乙\n丙')).toEqual([
      { text: '甲', line: 5 },
      { text: '乙\n丙', line: 7 },
    ]);
    expect(locateParagraphs('甲\n\n乙  ')).toEqual([
      { text: '甲', line: 1 },
      { text: '乙', line: 3 },
    ]);
  });

  it('finds the same paragraphs as splitParagraphs, each with the line it starts on', () => {
    for (const part of partSources()) {
      const located = locateParagraphs(part.source);
      expect(located.map((p) => p.text)).toEqual(splitParagraphs(stripFrontmatter(part.source)));
      const lines = part.source.split('\n');
      for (const p of located) expect(lines[p.line - 1]).toBe(p.text.split('\n')[0]);
    }
  });

  it('counts lines from the top of the file, frontmatter included, and across wrapped paragraphs', () => {
    const source = '---\nkind: lede\norder: 0\n---\n\n甲乙\n丙丁\n\n\n戊\n';
    expect(locateParagraphs(source)).toEqual([
      { text: '甲乙\n丙丁', line: 6 },
      { text: '戊', line: 10 },
    ]);
    expect(positionIn({ text: '甲乙\n丙丁', line: 6 }, 1)).toEqual({ line: 6, column: 2 });
    expect(positionIn({ text: '甲乙\n丙丁', line: 6 }, 4)).toEqual({ line: 7, column: 2 });
  });
});

describe('paragraph labels and positions', () => {
  const words = { lede: 'L{n}', section: 'S{part}.{n}' };
  const roman = (n: number) => ['0', 'i', 'ii', 'iii'][n] ?? '?';

  it('names paragraphs with the words given, sections numbered in part order after the lede', () => {
    expect(labelParagraph('lede-2', PART_IDS, words, roman)).toBe('L2');
    expect(labelParagraph('organizing-1', PART_IDS, words, roman)).toBe('Si.1');
    expect(labelParagraph('vanguard-4', PART_IDS, words, roman)).toBe('Sii.4');
    expect(labelParagraph('contributions-12', PART_IDS, words, roman)).toBe('Siii.12');
  });

  it('orders paragraphs by part, then number', () => {
    expect(paragraphPosition('lede-3', PART_IDS)).toEqual([0, 3]);
    expect(paragraphPosition('contributions-12', PART_IDS)).toEqual([3, 12]);
    // By number, not by text: vanguard-10 comes after vanguard-9.
    const ids = ['vanguard-10', 'contributions-1', 'vanguard-9', 'lede-3', 'organizing-2'];
    expect(ids.sort((a, b) => compareParagraphs(a, b, PART_IDS))).toEqual([
      'lede-3',
      'organizing-2',
      'vanguard-9',
      'vanguard-10',
      'contributions-1',
    ]);
  });

  it('rejects an id of no part', () => {
    expect(() => labelParagraph('epilogue-1', PART_IDS, words, roman)).toThrow('not a paragraph id of this article: “epilogue-1”');
    expect(() => paragraphPosition('vanguard', PART_IDS)).toThrow('not a paragraph id');
  });

  it('rejects an id with anything before the part or after the number', () => {
    for (const id of ['Xvanguard-4', 'vanguard-4x'])
      expect(() => paragraphPosition(id, PART_IDS), id).toThrow(`not a paragraph id of this article: “${id}”`);
  });
});
