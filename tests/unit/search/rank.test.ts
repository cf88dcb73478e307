import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/lib/search/query.ts';
import { byPage, exactHits, matchers, matchParagraph, nearHits, paragraph, type PartMatcher } from '@/lib/search/rank.ts';

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
});

describe('byPage', () => {
  it('groups hits by page, the page of the best hit first', () => {
    const pages = byPage(exactHits(P, phrases('防控')));
    expect(pages.map((page) => page.page)).toEqual(['/organizing/', '/vanguard/']);
    expect(pages[0]!.hits[0]!.paragraph.id).toBe('organizing-4');
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
