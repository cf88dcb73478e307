import { describe, expect, it } from 'vitest';
import { checkFigures, type FigureEntry } from '@/lib/check/figures.ts';
import type { ParagraphRef } from '@/lib/check/pointers.ts';

const paragraphs = new Map<string, ParagraphRef>([
  ['vanguard-1', { text: '市级机关遴选的637名干部,3717名下沉干部。', file: 'v.mdx', line: 7 }],
  ['vanguard-2', { text: '5月1日,全鎮在职党员。', file: 'v.mdx', line: 9 }],
]);

describe('checkFigures', () => {
  const entry = (id: string, paragraph: string, phrase: string, numbers: number[]): FigureEntry => ({
    id,
    section: paragraph.replace(/-\d+$/, ''),
    paragraph,
    phrase,
    numbers,
    line: 1,
  });
  const ledger = [
    entry('cadres-637', 'vanguard-1', '637名干部', [637]),
    entry('cadres-3717', 'vanguard-1', '3717名下沉干部', [3717]),
    entry('date', 'vanguard-2', '5月1日', [5, 1]),
  ];

  it('finds nothing when every numeral stands in exactly one entry’s phrase', () => {
    expect(checkFigures('f.yaml', ledger, paragraphs)).toEqual([]);
  });

  it('names a numeral of the text that no entry lists, with its line and column', () => {
    expect(checkFigures('f.yaml', ledger.slice(1), paragraphs)).toEqual([
      'v.mdx:7:8: paragraph vanguard-1 has the number 637 (in “级机关遴选的637名干部,”), which f.yaml does not list: expected an entry with paragraph: vanguard-1 whose phrase holds it, found none',
    ]);
  });

  it('names an entry whose numbers, part or phrase do not match', () => {
    expect(checkFigures('f.yaml', [{ ...ledger[0]!, numbers: [673] }, ...ledger.slice(1)], paragraphs)).toEqual([
      'f.yaml:1: entry “cadres-637”, field “numbers”: expected [637], the numerals of its phrase “637名干部”, found [673]',
    ]);
    expect(checkFigures('f.yaml', [{ ...ledger[0]!, section: 'lede' }, ...ledger.slice(1)], paragraphs)).toEqual([
      'f.yaml:1: entry “cadres-637”, field “section”: expected “vanguard”, the part of paragraph vanguard-1, found “lede”',
    ]);
    expect(checkFigures('f.yaml', [...ledger, entry('extra', 'vanguard-2', '99名', [99])], paragraphs)).toEqual([
      'f.yaml:1: entry “extra”, field “phrase”: expected “99名” in paragraph vanguard-2 (v.mdx:9), found no such text there',
    ]);
  });

  it('names a numeral glued right after a listed phrase: the phrase ends before it', () => {
    const glued = new Map<string, ParagraphRef>([['lede-1', { text: '共637名2队。', file: 'l.mdx', line: 3 }]]);
    expect(checkFigures('f.yaml', [entry('cadres', 'lede-1', '637名', [637])], glued)).toEqual([
      'l.mdx:3:6: paragraph lede-1 has the number 2 (in “共637名2队。”), which f.yaml does not list: expected an entry with paragraph: lede-1 whose phrase holds it, found none',
    ]);
  });

  it('names a second entry for a figure that stands once', () => {
    expect(checkFigures('f.yaml', [...ledger, entry('twice', 'vanguard-1', '637名干部', [637])], paragraphs)).toEqual([
      'f.yaml:1: entry “twice”, field “phrase”: expected “637名干部” to stand 2 times in paragraph vanguard-1, once for each entry with this phrase (“cadres-637”, “twice”), found it 1 time',
    ]);
  });

  it('names an entry without a line by the ledger file alone, and lists every numeral its phrase and numbers hold', () => {
    expect(checkFigures('f.yaml', [ledger[0]!, ledger[1]!, { ...ledger[2]!, line: undefined, numbers: [1, 5] }], paragraphs)).toEqual([
      'f.yaml: entry “date”, field “numbers”: expected [5, 1], the numerals of its phrase “5月1日”, found [1, 5]',
    ]);
  });

  it('does not count the numerals of a paragraph whose entry has a wrong part or wrong numbers', () => {
    const [cadres, date] = ledger.slice(1);
    expect(checkFigures('f.yaml', [{ ...cadres!, section: 'lede' }, date!], paragraphs)).toEqual([
      'f.yaml:1: entry “cadres-3717”, field “section”: expected “vanguard”, the part of paragraph vanguard-1, found “lede”',
    ]);
    expect(checkFigures('f.yaml', [{ ...cadres!, numbers: [3771] }, date!], paragraphs)).toEqual([
      'f.yaml:1: entry “cadres-3717”, field “numbers”: expected [3717], the numerals of its phrase “3717名下沉干部”, found [3771]',
    ]);
  });

  it('takes the part of a paragraph id as all but its last dash and number, however many digits that number has', () => {
    const numbered = new Map<string, ParagraphRef>([
      ['vanguard-12', { text: '共12名干部。', file: 'v.mdx', line: 30 }],
      ['lede-2-3', { text: '3人。', file: 'l.mdx', line: 5 }],
    ]);
    const entries: FigureEntry[] = [
      { ...entry('twelve', 'vanguard-12', '12名', [12]), section: 'vanguard' },
      { ...entry('three', 'lede-2-3', '3人', [3]), section: 'lede-2' },
    ];
    expect(checkFigures('f.yaml', entries, numbered)).toEqual([]);
  });

  it('names each further entry for a figure, with the entries of that paragraph up to it that have the phrase, and how often it stands', () => {
    const twice = new Map<string, ParagraphRef>([
      ['vanguard-1', { text: '上午637名干部到岗,下午637名干部到岗。', file: 'v.mdx', line: 7 }],
      ['vanguard-2', { text: '另有637名干部。', file: 'v.mdx', line: 9 }],
    ]);
    const entries = [
      entry('morning', 'vanguard-1', '637名干部', [637]),
      entry('afternoon', 'vanguard-1', '637名干部', [637]),
      { ...entry('third', 'vanguard-1', '637名干部', [637]), line: undefined },
      entry('elsewhere', 'vanguard-2', '637名干部', [637]),
      entry('fourth', 'vanguard-1', '637名干部', [637]),
    ];
    expect(checkFigures('f.yaml', entries, twice)).toEqual([
      'f.yaml: entry “third”, field “phrase”: expected “637名干部” to stand 3 times in paragraph vanguard-1, once for each entry with this phrase (“morning”, “afternoon”, “third”), found it 2 times',
      'f.yaml:1: entry “fourth”, field “phrase”: expected “637名干部” to stand 4 times in paragraph vanguard-1, once for each entry with this phrase (“morning”, “afternoon”, “third”, “fourth”), found it 2 times',
    ]);
  });
});
