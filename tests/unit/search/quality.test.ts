import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectedParagraphs, holds, queryPieces, querySetSchema, score, type QueryCase } from '@/lib/search/quality.ts';
import { partSources, shownText } from '../../support/article.ts';

const q = (query: string, extra: Partial<QueryCase> = {}): QueryCase => ({ query, kind: 'phrase', lang: 'zh-CN', ...extra });
const paragraphs = new Map(
  partSources().flatMap((part) => part.paragraphs.map((text, i) => [`${part.id}-${i + 1}`, shownText(`${part.id}-${i + 1}`, text)])),
);

describe('the query set (bench/search-queries.yaml)', () => {
  const set = querySetSchema.parse(parse(readFileSync('bench/search-queries.yaml', 'utf8')));

  it('has at least 30 queries of every kind the issue names', () => {
    expect(set.length).toBeGreaterThanOrEqual(30);
    expect(new Set(set.map((c) => c.kind))).toEqual(
      new Set(['glossary', 'name', 'place', 'figure', 'date', 'absent', 'traditional', 'mixed', 'phrase']),
    );
  });

  it('gives each traditional query the simplified words it stands for, and no other query any', () => {
    for (const c of set) expect(c.means !== undefined, c.query).toBe(c.kind === 'traditional');
  });

  it('has, for each Chinese query, the answer its kind implies in the text: absent ones none, the others some', () => {
    for (const c of set.filter((c) => c.lang === 'zh-CN')) {
      const found = expectedParagraphs(c, paragraphs);
      if (c.kind === 'absent' || c.query === '党员 上海') expect(found, c.query).toEqual([]);
      else expect(found.length, c.query).toBeGreaterThan(0);
    }
  });
});

describe('expectedParagraphs', () => {
  it('finds the glossary term 四长管控 in organizing-3 alone', () => {
    expect(expectedParagraphs(q('四长管控'), paragraphs)).toEqual(['organizing-3']);
  });

  it('reads a traditional query by the words it stands for', () => {
    expect(expectedParagraphs(q('黨員', { means: '党员' }), paragraphs)).toEqual(expectedParagraphs(q('党员'), paragraphs));
  });

  it('needs every piece of a mixed query in one paragraph', () => {
    expect(expectedParagraphs(q('下沉干部 637'), paragraphs)).toEqual(['vanguard-4']);
    expect(expectedParagraphs(q('5月3日 莲花寺'), paragraphs)).toEqual(['organizing-1']);
  });
});

describe('queryPieces and holds', () => {
  it('keeps quoted passages whole and splits the rest at spaces', () => {
    expect(queryPieces('"shock team" Yin，')).toEqual(['shock team', 'Yin']);
    expect(queryPieces('“四长管控” 637')).toEqual(['四长管控', '637']);
  });

  it('never finds a number inside a longer one, and folds width and case', () => {
    expect(holds('遴选的637名干部', '６３７')).toBe(true);
    expect(holds('共1637名', '637')).toBe(false);
    expect(holds('Yin Zhonglong said', 'yin zhonglong')).toBe(true);
  });

  it('takes a quoted passage left open to the end of the query, and a closing quote as the end of the passage', () => {
    expect(queryPieces('"shock team')).toEqual(['shock team']);
    expect(queryPieces('"shock team" Yin Zhonglong')).toEqual(['shock team', 'Yin', 'Zhonglong']);
  });

  it('splits the words either side of a quoted passage, and trims the passage', () => {
    expect(queryPieces('下沉干部“四长管控”637')).toEqual(['四长管控', '下沉干部', '637']);
    expect(queryPieces('“ 四长管控 ”')).toEqual(['四长管控']);
  });

  it("strips every punctuation mark at a piece's edges, and none inside it", () => {
    expect(queryPieces("Yin's 5.3")).toEqual(["Yin's", '5.3']);
    expect(queryPieces('……下沉干部…… 637)。')).toEqual(['下沉干部', '637']);
  });

  it('reads curly quotes as straight ones, and a run of white space as one space', () => {
    expect(holds('Yin’s team', "yin's")).toBe(true);
    expect(holds('the “shock team” was', '"shock team"')).toBe(true);
    expect(holds('Yin \n Zhonglong', 'yin zhonglong')).toBe(true);
  });

  it('folds case by lower case, as the search does, so ß is not read as ss', () => {
    expect(holds('STRASSE', 'straße')).toBe(false);
  });

  it('takes the characters of a piece literally, not as a pattern', () => {
    expect(holds('第5.3条', '5.3')).toBe(true);
    expect(holds('第503条', '5.3')).toBe(false);
  });

  it("asks only a piece's letter or digit edge to stand apart from letters and digits", () => {
    expect(holds('637名干部', '名干部')).toBe(true);
    expect(holds('下沉干部637名', '下沉干部')).toBe(true);
    expect(holds('共6371名', '637')).toBe(false);
    expect(holds('Yinzhonglong', 'yin')).toBe(false);
  });
});

describe('score', () => {
  it('counts precision over listed paragraphs, recall over expected ones, landing and silence', () => {
    const result = score([
      { query: q('a'), listed: ['x-1', 'x-2'], expected: ['x-1'] },
      { query: q('b'), listed: ['x-3'], expected: ['x-4', 'x-3'] },
      { query: q('c', { kind: 'absent' }), listed: [], expected: [] },
      { query: q('d', { kind: 'absent' }), listed: ['x-5'], expected: [] },
    ]);
    expect(result).toMatchObject({ listed: 4, correct: 2, expected: 3, answerable: 2, landed: 2, absent: 2, silent: 1 });
    expect(result.precision).toBe(0.5);
    expect(result.recall).toBeCloseTo(2 / 3);
  });

  it('counts a paragraph listed twice once, and a first result that misses as not landed', () => {
    const result = score([{ query: q('a'), listed: ['x-2', 'x-1', 'x-1'], expected: ['x-1'] }]);
    expect(result).toMatchObject({ listed: 2, correct: 1, landed: 0 });
  });

  it('scores a query nothing holds and nothing was listed for as silent, with precision and recall of 1', () => {
    expect(score([{ query: q('c', { kind: 'absent' }), listed: [], expected: [] }])).toEqual({
      queries: 1,
      listed: 0,
      correct: 0,
      expected: 0,
      answerable: 0,
      landed: 0,
      absent: 1,
      silent: 1,
      precision: 1,
      recall: 1,
    });
  });
});
