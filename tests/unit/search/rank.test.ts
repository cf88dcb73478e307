import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryPart } from '@/lib/search/query.ts';
import { byPage, exactHits, matchers, matchParagraph, nearHits, paragraph, type Paragraph, type PartMatcher } from '@/lib/search/rank.ts';

// Paragraphs of /organizing/ as the index holds them, shortened.
const P = [
  paragraph(
    'organizing-1',
    '/organizing/',
    1001,
    '“我志愿加入中国共产党……”5月3日，在中仓街道管控区内，党员们举起右拳庄严宣誓，莲花寺社区疫情防控临时党支部正式成立。',
  ),
  paragraph(
    'organizing-3',
    '/organizing/',
    1003,
    '并迅速建立起“临时党支部（现场进驻组）+四长管控（厂长、楼长、层长、组长）”的组织体系，为疫情防控提供了有力支持。',
  ),
  paragraph(
    'organizing-4',
    '/organizing/',
    1004,
    '在疫情防控一线，各级党组织坚持党建引领，完善疫情防控工作机制，以楼院为单位，党员户带头，通过设立党员责任区、党员示范岗。',
  ),
  paragraph(
    'vanguard-4',
    '/vanguard/',
    2004,
    '市级机关遴选的637名干部直接下沉支援通州区社区防控工作，3717名市、区两级下沉干部第一时间到岗到位。',
  ),
  paragraph('lede-2', '/', 4, '一表、一册、一图，长管不懈。'),
];
const phrases = (query: string) => matchers(parseQuery(query));
const ids = (query: string) => exactHits(P, phrases(query)).map((hit) => hit.paragraph.id);
const marked = (p: Paragraph, ranges: readonly (readonly [number, number])[]) => ranges.map(([a, b]) => p.text.slice(a, b));
// An English word as Pagefind lists it: in these paragraphs, with these forms marked.
const listedAs =
  (paragraphs: string[], forms: string[]) =>
  (part: QueryPart): PartMatcher => ({ kind: 'listed', part, ids: new Set(paragraphs), forms });
// English paragraphs, for queries in Latin letters.
const EN = [
  paragraph('organizing-5', '/organizing/', 1005, 'The party held a meeting in the Lianhuasi community.'),
  paragraph('organizing-6', '/organizing/', 1006, 'Volunteers of the party, young and old, came.'),
];

describe('exactHits', () => {
  it('lists only paragraphs that hold the phrase contiguously (四长管控: one, not every paragraph with 四, 长, 管 or 控)', () => {
    expect(ids('四长管控')).toEqual(['organizing-3']);
  });

  it('lists nothing for a phrase no paragraph holds, though its characters stand apart in several', () => {
    expect(ids('长控')).toEqual([]);
    expect(ids('上海')).toEqual([]);
  });

  it('needs every part of a mixed query in the same paragraph', () => {
    expect(ids('下沉干部 637')).toEqual(['vanguard-4']);
    expect(ids('5月3日 莲花寺')).toEqual(['organizing-1']);
    expect(ids('5月3日 637')).toEqual([]);
  });

  it('ranks paragraphs with more occurrences first, then in reading order', () => {
    expect(ids('疫情防控')).toEqual(['organizing-4', 'organizing-1', 'organizing-3']);
    expect(ids('党员')).toEqual(['organizing-4', 'organizing-1']);
  });

  it('marks each occurrence of each part as one run', () => {
    const hit = matchParagraph(P[1]!, phrases('四长管控'));
    expect(hit?.ranges.map(([a, b]) => P[1]!.text.slice(a, b))).toEqual(['四长管控']);
  });

  it('takes an English word from Pagefind’s listing: the paragraphs it found, and the forms it marked', () => {
    const listed: PartMatcher[] = matchers(parseQuery('party'), (part) => ({
      kind: 'listed',
      part,
      ids: new Set(['organizing-4']),
      forms: ['党员'],
    }));
    const hits = exactHits(P, listed);
    expect(hits.map((hit) => hit.paragraph.id)).toEqual(['organizing-4']);
    expect(hits[0]!.ranges).toHaveLength(3);
  });

  it('asks the listing only for English words: a Chinese phrase is always found by the phrase matcher', () => {
    expect(matchers(parseQuery('party 党员'), listedAs(['organizing-4'], ['党员'])).map((m) => m.kind)).toEqual(['listed', 'phrase']);
  });

  it('keeps a paragraph Pagefind listed though none of the forms it marked stands in the text, marking nothing', () => {
    const hit = matchParagraph(P[2]!, matchers(parseQuery('party'), listedAs(['organizing-4'], ['volunteers'])));
    expect(hit?.paragraph.id).toBe('organizing-4');
    expect(hit?.ranges).toEqual([]);
    expect(hit?.score).toBe(1);
  });

  it('marks a form Pagefind gave with white space around it', () => {
    const hit = matchParagraph(P[2]!, matchers(parseQuery('party'), listedAs(['organizing-4'], [' 党员 '])));
    expect(marked(P[2]!, hit?.ranges ?? [])).toEqual(['党员', '党员', '党员']);
  });

  it('ranks paragraphs of equal score in reading order, whatever order they come in', () => {
    expect(exactHits([...P].reverse(), phrases('疫情防控')).map((hit) => hit.paragraph.id)).toEqual([
      'organizing-4',
      'organizing-1',
      'organizing-3',
    ]);
  });
});

describe('byPage', () => {
  it('groups hits by page, the page of the best hit first', () => {
    const pages = byPage(exactHits(P, phrases('防控')));
    expect(pages.map((page) => page.page)).toEqual(['/organizing/', '/vanguard/']);
    expect(pages[0]!.hits[0]!.paragraph.id).toBe('organizing-4');
  });

  it('ranks the hits itself, whatever order they come in', () => {
    const pages = byPage(exactHits(P, phrases('防控')).reverse());
    expect(pages.map((page) => [page.page, page.hits.map((hit) => hit.paragraph.id)])).toEqual([
      ['/organizing/', ['organizing-4', 'organizing-1', 'organizing-3']],
      ['/vanguard/', ['vanguard-4']],
    ]);
  });
});

describe('nearHits', () => {
  it('offers a paragraph holding most of the phrase’s character pairs', () => {
    expect(nearHits(P, phrases('四长管理')).map((hit) => hit.paragraph.id)).toEqual(['organizing-3']);
  });

  it('offers a phrase found whole but for punctuation first', () => {
    const near = nearHits(P, phrases('一表一册一图'));
    expect(near[0]?.paragraph.id).toBe('lede-2');
    expect(near[0]?.score).toBe(1);
  });

  it('offers nothing for a two-character word no paragraph holds', () => {
    expect(nearHits(P, phrases('上海'))).toEqual([]);
  });

  it('never offers a paragraph that holds the query', () => {
    expect(nearHits(P, phrases('四长管控 637')).map((hit) => hit.paragraph.id)).not.toContain('organizing-3 vanguard-4');
    for (const hit of nearHits(P, phrases('下沉干部 上海'))) expect(hit.paragraph.id).toBe('vanguard-4');
    expect(nearHits(P, phrases('四长管控'))).toEqual([]);
  });

  it('offers a paragraph holding exactly half of the query, best first and then in reading order, marking what it holds', () => {
    const near = nearHits(P, phrases('长管 上海'));
    expect(near.map((hit) => [hit.paragraph.id, hit.score])).toEqual([
      ['lede-2', 0.5],
      ['organizing-3', 0.5],
    ]);
    expect(marked(P[4]!, near[0]!.ranges)).toEqual(['长管']);
  });

  it('counts a one-character part as one unit', () => {
    expect(nearHits(P, phrases('党 上海')).map((hit) => [hit.paragraph.id, hit.score])).toEqual([
      ['organizing-1', 0.5],
      ['organizing-3', 0.5],
      ['organizing-4', 0.5],
    ]);
  });

  it('offers no more than the limit', () => {
    expect(nearHits(P, phrases('党 上海'), 2).map((hit) => hit.paragraph.id)).toEqual(['organizing-1', 'organizing-3']);
  });

  it('pairs the characters of a phrase leaving its punctuation out', () => {
    expect(nearHits(P, phrases('一表、长管')).map((hit) => [hit.paragraph.id, hit.score])).toEqual([['lede-2', 2 / 3]]);
  });

  it('counts a pair that stands only across punctuation (表一 in 一表、一册)', () => {
    expect(nearHits(P, phrases('一表一册长管')).map((hit) => [hit.paragraph.id, hit.score])).toEqual([['lede-2', 0.8]]);
  });

  it('pairs the characters of a phrase mixing digits and Chinese (5月3号: two pairs of three)', () => {
    expect(nearHits(P, phrases('5月3号')).map((hit) => [hit.paragraph.id, hit.score])).toEqual([['organizing-1', 2 / 3]]);
  });

  it('scores a Latin word or a number as one unit beside a Chinese part', () => {
    const shanghai = [paragraph('vanguard-5', '/vanguard/', 2005, '上海的支援')];
    expect(nearHits(shanghai, phrases('party 上海')).map((hit) => hit.score)).toEqual([0.5]);
    expect(nearHits(shanghai, phrases('637 上海')).map((hit) => hit.score)).toEqual([0.5]);
  });

  it('scores a Latin phrase by its words, not its letters', () => {
    expect(nearHits(EN, phrases('"party members"')).map((hit) => [hit.paragraph.id, hit.score])).toEqual([
      ['organizing-5', 0.5],
      ['organizing-6', 0.5],
    ]);
  });

  it('ignores the empty word a stray accent leaves (a dead key: party ´members)', () => {
    expect(nearHits(EN.slice(0, 1), phrases('"party ´members"')).map((hit) => hit.score)).toEqual([0.5]);
  });

  it('counts a Latin word found whole but for punctuation (Lianhua-si → Lianhuasi)', () => {
    expect(nearHits(EN, phrases('Lianhua-si community')).map((hit) => [hit.paragraph.id, hit.score])).toEqual([['organizing-5', 1]]);
  });

  it('finds a word of a Latin phrase with the punctuation typed after it', () => {
    expect(nearHits(EN, phrases('"party, leaders"')).map((hit) => [hit.paragraph.id, hit.score])).toEqual([['organizing-6', 0.5]]);
  });

  it('offers nothing for a query of one word found only inside another (art in party)', () => {
    expect(nearHits(EN, phrases('art'))).toEqual([]);
  });

  it('counts an English word in the paragraphs Pagefind listed for it, marking the forms it marked', () => {
    const near = nearHits(P, matchers(parseQuery('party 上海'), listedAs(['organizing-4'], ['党员'])));
    expect(near.map((hit) => [hit.paragraph.id, hit.score])).toEqual([['organizing-4', 0.5]]);
    expect(marked(P[2]!, near[0]!.ranges)).toEqual(['党员', '党员', '党员']);
  });
});

describe('hostile queries', () => {
  it('take regular-expression and template characters, lone surrogates and long input literally, finding nothing', () => {
    for (const query of ['.*', '(637|党员)', '$& {q} {n}', '\ud800党员\udfff', '<mark>党员</mark>', '党'.repeat(5000)]) {
      const parts = phrases(query);
      expect(() => exactHits(P, parts)).not.toThrow();
      expect(() => nearHits(P, parts)).not.toThrow();
    }
    expect(ids('.*')).toEqual([]);
    expect(ids('(637|党员)')).toEqual([]);
    expect(ids('<mark>党员</mark>')).toEqual([]);
  });
});
