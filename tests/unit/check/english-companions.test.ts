import { describe, expect, it } from 'vitest';
import {
  checkEnglishCompanions,
  englishReaderText,
  standsInWords,
  type ChineseCompanions,
  type EnglishCompanions,
} from '@/lib/check/english-companions.ts';
import type { ParagraphRef } from '@/lib/check/pointers.ts';

describe('matching English words', () => {
  it('finds a form only as whole words, case and all', () => {
    expect(standsInWords('a Party-member shock team.', 'shock team')).toBe(true);
    expect(standsInWords('checkpoints', 'checkpoint')).toBe(false);
    expect(standsInWords('a Checkpoint', 'checkpoint')).toBe(false);
    expect(standsInWords('No. 8 Jufu', '8')).toBe(true);
    expect(standsInWords('No. 88 Jufu', '8')).toBe(false);
  });

  it('reads an English MDX paragraph as readers see it', () => {
    expect(englishReaderText('Yin Zhonglong (<Zh>殷忠龙</Zh>), head')).toBe('Yin Zhonglong (殷忠龙), head');
  });
});

describe('checkEnglishCompanions', () => {
  const paragraphs = new Map<string, ParagraphRef>([
    ['lede-1', { text: 'The Party committee set up checkpoints.', file: 'en/lede.mdx', line: 6 }],
    ['lede-2', { text: 'At the checkpoint on May 3, 637 cadres came.', file: 'en/lede.mdx', line: 8 }],
  ]);
  const chinese: ChineseCompanions = {
    glossary: [{ id: 'kakou', paragraph: 'lede-2' }],
    entities: [{ id: 'cadres', paragraphs: ['lede-2'] }],
    timeline: [
      { id: 'arrived', source: 'article', paragraph: 'lede-2' },
      { id: 'published', source: 'publication' },
    ],
    figures: [
      { id: 'cadres-637', paragraph: 'lede-2', kind: 'people', value: 637 },
      { id: 'arrival', paragraph: 'lede-2', kind: 'date', value: new Date('2022-05-03') },
    ],
  };
  const english: EnglishCompanions = {
    glossary: { file: 'g.yaml', entries: [{ id: 'kakou', line: 3, forms: ['checkpoint'] }] },
    entities: { file: 'e.yaml', entries: [{ id: 'cadres', line: 2, forms: ['637 cadres'] }] },
    timeline: {
      file: 't.yaml',
      entries: [
        { id: 'arrived', line: 4, phrase: 'on May 3' },
        { id: 'published', line: 9 },
      ],
    },
    figures: {
      file: 'f.yaml',
      entries: [
        { id: 'cadres-637', line: 5, phrase: '637 cadres', label: 'Cadres', unit: 'people' },
        { id: 'arrival', line: 12, phrase: 'on May 3' },
      ],
    },
  };
  /** `english` with one entry of one file changed. */
  const changed = <K extends 'glossary' | 'entities' | 'timeline' | 'figures'>(
    key: K,
    index: number,
    change: object,
  ): EnglishCompanions => {
    const file = english[key]!;
    return { ...english, [key]: { ...file, entries: file.entries.map((entry, i) => (i === index ? { ...entry, ...change } : entry)) } };
  };

  it('finds nothing wrong when every English entry stands where its Chinese twin does', () => {
    expect(checkEnglishCompanions(english, chinese, paragraphs)).toEqual([]);
  });

  it('names a timeline phrase given to the publication, or missing from an event of the text', () => {
    expect(checkEnglishCompanions(changed('timeline', 1, { phrase: 'June 18' }), chinese, paragraphs)).toEqual([
      't.yaml:9: entry “published”, field “phrase”: expected no phrase, as the Chinese event is the publication, not a passage of the text; found “June 18”',
    ]);
    expect(checkEnglishCompanions(changed('timeline', 0, { phrase: undefined }), chinese, paragraphs)).toEqual([
      't.yaml:4: entry “arrived”, field “phrase”: expected the words of paragraph lede-2 the event rests on, found nothing',
    ]);
  });

  it('names a chart label or unit on a figure the chart does not draw', () => {
    expect(checkEnglishCompanions(changed('figures', 1, { label: 'Arrival', unit: 'day' }), chinese, paragraphs)).toEqual([
      'f.yaml:12: entry “arrival”, field “label”: expected none, as only counts of people, person-times and organisations are charted (kind date)',
      'f.yaml:12: entry “arrival”, field “unit”: expected none, as only counts of people, person-times and organisations are charted (kind date)',
    ]);
  });

  it('names an entity whose English words are missing from a paragraph its Chinese names', () => {
    expect(checkEnglishCompanions(changed('entities', 0, { forms: ['sixty cadres'] }), chinese, paragraphs)).toEqual([
      'e.yaml:2: entry “cadres”, field “forms”: expected “sixty cadres” in paragraph lede-2 (en/lede.mdx:8), whose Chinese names it; found no such words there',
    ]);
  });

  it('names a paragraph of the Chinese that the translation does not have', () => {
    const moved = { ...chinese, glossary: [{ id: 'kakou', paragraph: 'organizing-1' }] };
    expect(checkEnglishCompanions(english, moved, paragraphs)).toEqual([
      'g.yaml:3: entry “kakou”, field “forms”: expected English paragraph organizing-1, which the translation does not have',
    ]);
  });

  it('leaves entries in a part out of step with the Chinese until it is mended', () => {
    const broken = changed('glossary', 0, { forms: ['gatehouse'] });
    expect(checkEnglishCompanions(broken, chinese, paragraphs)).toHaveLength(1);
    expect(checkEnglishCompanions(broken, chinese, paragraphs, new Set(['lede']))).toEqual([]);
  });

  it('names where else a glossary term’s words stand when they miss its first paragraph', () => {
    const more = new Map<string, ParagraphRef>([...paragraphs, ['lede-3', { text: 'The committee met.', file: 'en/lede.mdx', line: 10 }]]);
    expect(checkEnglishCompanions(changed('glossary', 0, { forms: ['committee', 'gatehouse'] }), chinese, more)).toEqual([
      'g.yaml:3: entry “kakou”, field “forms”: expected “committee” or “gatehouse” in paragraph lede-2 (en/lede.mdx:8), where the Chinese term first stands; found no such words there; “committee” or “gatehouse” stands in lede-1, lede-3',
    ]);
    expect(checkEnglishCompanions(changed('glossary', 0, { forms: ['gatehouse'] }), chinese, paragraphs)).toEqual([
      'g.yaml:3: entry “kakou”, field “forms”: expected “gatehouse” in paragraph lede-2 (en/lede.mdx:8), where the Chinese term first stands; found no such words there',
    ]);
  });

  it('names every earlier paragraph where a glossary term’s words stand before its first one', () => {
    const more = new Map<string, ParagraphRef>([
      ...paragraphs,
      ['lede-3', { text: 'The committee met at the checkpoint.', file: 'en/lede.mdx', line: 10 }],
    ]);
    const later = { ...chinese, glossary: [{ id: 'kakou', paragraph: 'lede-3' }] };
    expect(checkEnglishCompanions(changed('glossary', 0, { forms: ['checkpoint', 'committee'] }), later, more)).toEqual([
      'g.yaml:3: entry “kakou”, field “forms”: expected “checkpoint” or “committee” to stand first in paragraph lede-3, where the Chinese term first stands; found them earlier, in lede-1, lede-2, so the English link would land there',
    ]);
  });

  it('finds the part of a paragraph by dropping only its trailing number, all its digits', () => {
    const far = { ...chinese, glossary: [{ id: 'kakou', paragraph: 'lede-12' }] };
    expect(checkEnglishCompanions(english, far, paragraphs, new Set(['lede']))).toEqual([]);
    const odd = { ...chinese, glossary: [{ id: 'kakou', paragraph: 'lede-1-2' }] };
    expect(checkEnglishCompanions(english, odd, paragraphs, new Set(['lede-1']))).toEqual([]);
  });

  it('names timeline and figure entries whose ids the Chinese does not have', () => {
    expect(checkEnglishCompanions(changed('timeline', 0, { id: 'arived' }), chinese, paragraphs)).toEqual([
      't.yaml:4: entry “arived”: expected an id of content/timeline.yaml, found one it does not have',
      't.yaml: entry “arrived” of content/timeline.yaml has no English entry: expected one with id: arrived, found none',
    ]);
    expect(checkEnglishCompanions(changed('figures', 0, { id: 'cadres-673' }), chinese, paragraphs)).toEqual([
      'f.yaml:5: entry “cadres-673”: expected an id of content/figures.yaml, found one it does not have',
      'f.yaml: entry “cadres-637” of content/figures.yaml has no English entry: expected one with id: cadres-637, found none',
    ]);
  });

  it('names a figure phrase missing from its paragraph, or without the ledger’s figure', () => {
    expect(checkEnglishCompanions(changed('figures', 0, { phrase: '60 cadres' }), chinese, paragraphs)).toEqual([
      'f.yaml:5: entry “cadres-637”, field “phrase”: expected “60 cadres” in paragraph lede-2 (en/lede.mdx:8), found no such words there',
    ]);
    const ledger = { ...chinese, figures: [{ id: 'cadres-637', paragraph: 'lede-2', kind: 'people', value: 600 }, chinese.figures![1]!] };
    expect(checkEnglishCompanions(changed('figures', 0, { phrase: 'May 3, 637 cadres' }), ledger, paragraphs)).toEqual([
      "f.yaml:5: entry “cadres-637”, field “phrase”: expected the ledger's figure (600) in “May 3, 637 cadres”, found 5-3, 637",
    ]);
    expect(checkEnglishCompanions(changed('figures', 0, { phrase: 'cadres came' }), chinese, paragraphs)).toEqual([
      "f.yaml:5: entry “cadres-637”, field “phrase”: expected the ledger's figure (637) in “cadres came”, found no figure",
    ]);
  });

  it('checks only the files it is given', () => {
    expect(checkEnglishCompanions({}, chinese, paragraphs)).toEqual([]);
    expect(checkEnglishCompanions(english, {}, paragraphs)).toEqual([]);
  });
});
