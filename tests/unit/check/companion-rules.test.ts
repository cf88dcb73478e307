import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/content-check.ts';
import {
  CHARTED_KINDS,
  checkEnglishPublication,
  checkEntityRules,
  checkFigureValues,
  checkGlossaryRules,
  checkPublication,
  checkTimelineRules,
} from '@/lib/check/companion-rules.ts';
import { edited } from '../../support/content-files.ts';

/** The check's messages for the project's content with one file edited. */
const after = (path: string, edit: (text: string) => string) => checkContent(edited(path, edit)).problems;

/** A YAML list of entries with entries `a` and `b` (0-based, after the file's opening comment) swapped. */
const swap = (a: number, b: number) => (text: string) => {
  const [head = '', ...entries] = text.split(/\n(?=- id:)/);
  [entries[a], entries[b]] = [entries[b] ?? '', entries[a] ?? ''];
  return [head, ...entries].join('\n');
};

describe('the ledger figures’ values, called directly', () => {
  const figure = (over: Partial<Parameters<typeof checkFigureValues>[1][number]>) => ({
    id: 'f',
    line: 3,
    paragraph: 'p-1',
    phrase: '3万余人',
    value: 30000,
    approx: true,
    unit: '人',
    kind: 'people',
    label: '党员',
    ...over,
  });
  it('lists every figure the phrase reads, or none, when the value is not among them', () => {
    expect(checkFigureValues('l.yaml', [figure({ phrase: '3万余人和5人', value: 7, approx: false })])).toEqual([
      'l.yaml:3: entry “f”, field “value”: expected a figure its phrase “3万余人和5人” reads (30000+, 5), found 7; 3万余 is value: 30000 with approx: true',
    ]);
    expect(checkFigureValues('l.yaml', [figure({ phrase: '许多人', value: 7, approx: false })])).toEqual([
      'l.yaml:3: entry “f”, field “value”: expected a figure its phrase “许多人” reads (none), found 7; 3万余 is value: 30000 with approx: true',
    ]);
  });
  it('names what a charted figure lacks: its unit, its label, or a number', () => {
    expect(CHARTED_KINDS).toEqual(['people', 'person-times', 'organisations']);
    const lacking = (over: Parameters<typeof figure>[0]) => checkFigureValues('l.yaml', [figure(over)]);
    const start = 'l.yaml:3: entry “f”: expected a number, a unit and a label, as the chart draws figures of kind people; found';
    expect(lacking({ unit: undefined })).toEqual([`${start} no unit`]);
    expect(lacking({ label: '' })).toEqual([`${start} no label`]);
    expect(lacking({ phrase: '5月4日', value: new Date('2020-05-04'), approx: false })).toEqual([`${start} a date`]);
  });
  it('asks a charted phrase to show the chart’s numeral with its unit, and passes one that does', () => {
    expect(checkFigureValues('l.yaml', [figure({ phrase: '3万余名' })])).toEqual([
      "l.yaml:3: entry “f”, field “unit”: expected the chart's “3万余人” to stand in the phrase “3万余名”, found it does not",
    ]);
    expect(checkFigureValues('l.yaml', [figure({})])).toEqual([]);
  });
});

describe('the timeline’s rules, called directly', () => {
  const date = (id: string, line: number, day: string, paragraph = 'p-1') => ({
    id,
    line,
    paragraph,
    phrase: '',
    value: new Date(day),
    approx: false,
    kind: 'date',
  });
  const event = (figure: string, line: number, dateText: string, phrase: string, day: string, paragraph = 'p-1') => ({
    id: `e-${figure}`,
    line,
    date: new Date(day),
    title: 't',
    source: 'article' as const,
    dateText,
    paragraph,
    phrase,
    figure,
  });
  const check = (events: Parameters<typeof checkTimelineRules>[1], figures: Parameters<typeof checkTimelineRules>[2]) =>
    checkTimelineRules('t.yaml', events, figures, { date: new Date('2020-06-01'), periodical: '刊', issue: '第1期' }, 'l.yaml');
  it('names a publication event whose title does not name the periodical and issue', () => {
    const publication = { id: 'pub', line: 9, date: new Date('2020-06-01'), title: '《刊》第2期', source: 'publication' as const };
    expect(check([publication], [])).toEqual([
      't.yaml:9: entry “pub”, field “title”: expected it to name 《刊》第1期, found “《刊》第2期”',
    ]);
  });
  it('names an event pointing at a figure that is not of kind date', () => {
    const people = { ...date('a', 2, '2020-05-04'), kind: 'people' };
    expect(check([event('a', 5, '5月4日', '5月4日', '2020-05-04')], [people])).toEqual([
      "t.yaml:5: entry “e-a”, field “figure”: expected the id of the date's entry in l.yaml (kind date, paragraph p-1), found “a”",
    ]);
  });
  it('names a dated figure no event names, besides another event’s own mistake', () => {
    const figures = [date('a', 2, '2020-05-04'), date('b', 4, '2020-05-07')];
    const missingB = 'l.yaml:4: entry “b”: expected an event of t.yaml with figure: b, as every date of the text has one; found none';
    expect(check([event('a', 5, '5月4日', '5月4日', '2020-05-04')], figures)).toEqual([missingB]);
    expect(check([event('a', 5, '5月4日', '那天', '2020-05-04')], figures)).toEqual([
      't.yaml:5: entry “e-a”, field “phrase”: expected the words quoted to hold the date “5月4日”, found “那天”',
      missingB,
    ]);
    expect(check([], [date('a', 2, '2020-05-04')])).toEqual([
      'l.yaml:2: entry “a”: expected an event of t.yaml with figure: a, as every date of the text has one; found none',
    ]);
  });
});

describe('the publication metadata against the reference, called directly', () => {
  const meta = {
    title: '标题',
    authors: ['甲', '乙'],
    periodical: '刊',
    issueAsPrinted: '2020年第1期',
    keywords: ['一', '二'],
    date: new Date('2020-06-01'),
    deskEditor: '丙',
  };
  const lines: Record<string, number> = { title: 1, date: 2, authors: 3, periodical: 4, keywords: 5, deskEditor: 6 };
  const lineOf = (field: string) => lines[field] ?? 0;
  const header = ['标题', '2020-06-01甲乙', '刊 2020年第1期 关键词:一二', '甲 乙'];
  const check = (head: readonly string[], trailer: readonly string[], facts = meta) =>
    checkPublication('m.yaml', facts, lineOf, { file: 'ref.txt', header: head, trailer });
  const differs = (line: number, field: string, expected: string) =>
    `m.yaml:${line}: field “${field}”: expected ${expected} (ref.txt); found it differs`;
  /** The messages of the five header fields, each quoting what the reference has for it. */
  const headerDiffers = (title: string, dated: string, byline: string, source: string) => [
    differs(1, 'title', `“${title}”, the reference's first line`),
    differs(2, 'date', `the date the reference gives (“${dated}”)`),
    differs(3, 'authors', `the authors of the reference's byline (“${byline}”)`),
    differs(4, 'periodical', `the periodical and issue as the reference prints them (“${source}”)`),
    differs(5, 'keywords', `the keywords the reference lists (“${source}”)`),
  ];
  it('passes metadata that agrees with the reference', () => {
    expect(check(header, ['(责任编辑:丙)'])).toEqual([]);
  });
  it('names each field that disagrees, quoting the reference', () => {
    expect(check(['题', '2020-06-02丁', '报 第9期', '丁'], ['(责任编辑:', '丁)'])).toEqual([
      ...headerDiffers('题', '2020-06-02丁', '丁', '报 第9期'),
      differs(6, 'deskEditor', "the desk editor of the reference's last line (“(责任编辑:丁)”)"),
    ]);
  });
  it('names the authors when only the dated line or only the byline names other people', () => {
    const authors = differs(3, 'authors', "the authors of the reference's byline (“甲 乙”)");
    expect(check([header[0] ?? '', '2020-06-01甲', header[2] ?? '', '甲 乙'], ['(责任编辑:丙)'])).toEqual([authors]);
    expect(check([header[0] ?? '', header[1] ?? '', header[2] ?? '', '甲'], ['(责任编辑:丙)'])).toEqual([
      differs(3, 'authors', "the authors of the reference's byline (“甲”)"),
    ]);
  });
  it('reads a missing header line as empty', () => {
    expect(check([], ['(责任编辑:丙)'])).toEqual(headerDiffers('', '', '', ''));
  });
});

describe('the English metadata against the Chinese, called directly', () => {
  it('names each field where the English names another thing than the Chinese', () => {
    const lines: Record<string, number> = { authors: 1, periodical: 2, deskEditor: 3, keywords: 4, issue: 5 };
    const english = {
      authors: [{ zh: '甲' }],
      periodical: { zh: '报' },
      deskEditor: { zh: '丁' },
      keywords: [{ zh: '三' }],
      issue: 'No. 2, 2020',
    };
    const chinese = { authors: ['甲'], periodical: '刊', deskEditor: '丙', keywords: ['一'], issueNumber: 1, year: 2020 };
    expect(checkEnglishPublication('en.yaml', english, chinese, (field) => lines[field] ?? 0, 'm.yaml')).toEqual([
      'en.yaml:2: field “periodical”: expected “刊”, as m.yaml has it, found “报”',
      'en.yaml:3: field “deskEditor”: expected “丙”, as m.yaml has it, found “丁”',
      'en.yaml:4: field “keywords”: expected “一”, as m.yaml has it, found “三”',
      'en.yaml:5: field “issue”: expected “No. 1, 2020”, as m.yaml has it, found “No. 2, 2020”',
    ]);
  });
});

// The rules that lived only in the tests, now in the content check: each mistake gives one message.
describe('rules of the companions, beyond their pointers', () => {
  it.each<[string, string, (text: string) => string, string]>([
    [
      'glossary entries out of the order their terms first stand',
      'content/glossary.yaml',
      swap(1, 2),
      'content/glossary.yaml:15: entry “zhandou-baolei”: expected the entries in the order their terms first stand in the article, found “zhandou-baolei” after “xianfeng-mofan-zuoyong” (line 11), although “战斗堡垒” stands first in lede-1: move the entry up, before “xianfeng-mofan-zuoyong” (and its English entry in content/en/glossary.yaml with it)',
    ],
    [
      'a glossary entry pointing at a later use of its term',
      'content/glossary.yaml',
      (t) => t.replace(/(id: kakou[\s\S]*?paragraph: )lede-2/, '$1vanguard-4'),
      'content/glossary.yaml:33: entry “kakou”, field “paragraph”: expected lede-2, where “卡口” first stands (the link goes there), found vanguard-4',
    ],
    [
      'a glossary definition that is not whole sentences',
      'content/glossary.yaml',
      (t) => t.replace(/(id: kakou\n {2}term: 卡口\n {2}definition: ).*/, '$1检查点。'),
      'content/glossary.yaml:33: entry “kakou”, field “definition”: expected whole Chinese sentences (at least 20 characters) ending in “。”, found “检查点。”',
    ],
    [
      'two glossary entries claiming the same words',
      'content/glossary.yaml',
      (t) => t.replace(/(id: guankongqu\n {2}term: 管控区\n)/, '$1  forms: [卡口]\n'),
      'content/glossary.yaml:37: entry “guankongqu”, field “forms”: expected words no other entry claims, found “卡口”, which “kakou” claims too',
    ],
    [
      'an index entry leaving out a paragraph that names it',
      'content/entities.yaml',
      (t) =>
        t.replace('paragraphs: [lede-1, organizing-2, vanguard-4, contributions-2]', 'paragraphs: [lede-1, vanguard-4, contributions-2]'),
      'content/entities.yaml:84: entry “tongzhou-quwei”, field “paragraphs”: expected every paragraph that names it, found organizing-2 left out (content/article/organizing.mdx:9)',
    ],
    [
      'index entries of a kind out of the order the article names them',
      'content/entities.yaml',
      swap(0, 1),
      'content/entities.yaml:14: entry “yu-qijian”: expected the person entries in the order the article first names them, found “yu-qijian” after “ma-huan” (line 8), which the article names later: move it up',
    ],
    [
      'a timeline event whose date is not its ledger entry’s',
      'content/timeline.yaml',
      (t) => t.replace('date: 2022-05-03', 'date: 2022-05-04'),
      'content/timeline.yaml:13: entry “lianhuasi-branch-founded”, field “date”: expected 2022-05-03, the date of ledger entry “lianhuasi-branch-date”, found 2022-05-04',
    ],
    [
      'a timeline event naming another date’s ledger entry',
      'content/timeline.yaml',
      (t) => t.replace('figure: liyuan-call-date', 'figure: lianhuasi-branch-date'),
      "content/timeline.yaml:5: entry “liyuan-call-for-volunteers”, field “figure”: expected the id of the date's entry in content/figures.yaml (kind date, paragraph vanguard-5), found “lianhuasi-branch-date”",
    ],
    [
      'a timeline event writing its date otherwise than the article',
      'content/timeline.yaml',
      (t) => t.replace('dateText: 5月1日', 'dateText: 5月2日'),
      'content/timeline.yaml:5: entry “liyuan-call-for-volunteers”, field “dateText”: expected 5月1日, the date as the article writes it, found “5月2日”',
    ],
    [
      'the publication’s event on another day than the metadata',
      'content/timeline.yaml',
      (t) => t.replace('date: 2022-06-18', 'date: 2022-06-19'),
      'content/timeline.yaml:21: entry “publication”, field “date”: expected 2022-06-18, the date of the publication metadata, found 2022-06-19',
    ],
    [
      'a ledger value its phrase does not read',
      'content/figures.yaml',
      (t) => t.replace('value: 637', 'value: 673'),
      'content/figures.yaml:36: entry “city-cadres-637”, field “value”: expected a figure its phrase “637名干部” reads (637), found 673; 3万余 is value: 30000 with approx: true',
    ],
    [
      'a “more than” figure without approx',
      'content/figures.yaml',
      (t) => t.replace(/(id: in-service-members-30000[\s\S]*?approx: )true/, '$1false'),
      'content/figures.yaml:61: entry “in-service-members-30000”, field “value”: expected a figure its phrase “3万余人次在职党员” reads (30000+), found 30000; 3万余 is value: 30000 with approx: true',
    ],
  ])('%s: one message', (_name, path, edit, message) => {
    expect(after(path, edit)).toEqual([message]);
  });
});

describe('the metadata against the reference, and the English against the Chinese', () => {
  it('names metadata that no longer agrees with the reference’s header, and waits with the English until it does', () => {
    expect(after('content/meta/publication.yaml', (t) => t.replace('  - 防疫\n', '  - 抗疫\n'))).toEqual([
      'content/meta/publication.yaml:13: field “keywords”: expected the keywords the reference lists (“北京支部生活 2022年6期 关键词:通州区防疫志愿者”) (content/reference/article.txt); found it differs',
    ]);
  });

  it('names English metadata that names other people than the Chinese', () => {
    expect(after('content/en/meta/publication.yaml', (t) => t.replace('zh: 焦超超', 'zh: 焦超'))).toEqual([
      'content/en/meta/publication.yaml:6: field “authors”: expected “常菁菁、焦超超”, as content/meta/publication.yaml has it, found “常菁菁、焦超”',
    ]);
  });

  it('names an English part out of the Chinese order', () => {
    expect(
      after('content/en/article/lede.mdx', (t) => t.replace('kind: lede', 'kind: section\ntitle: Introduction\nshort: Intro')),
    ).toEqual([expect.stringMatching(/^content\/en\/article\/lede\.mdx:\d+: /)]);
  });

  it('names English twins out of the Chinese order', () => {
    expect(after('content/en/glossary.yaml', swap(1, 2))).toEqual([
      'content/en/glossary.yaml:28: entry “xianfeng-mofan-zuoyong”: expected the entries in the order of content/glossary.yaml, where “zhandou-baolei” comes here; found “xianfeng-mofan-zuoyong”',
    ]);
  });
});

describe('the translation’s words against the Chinese', () => {
  it.each<[string, (text: string) => string, string]>([
    [
      'a figure the Chinese does not have',
      (t) => t.replace('637 cadres', '673 cadres'),
      'content/en/article/vanguard.mdx:14:394: English paragraph vanguard-4 has the figures [3717, 673], expected those of the Chinese paragraph [3717, 637]: each figure is kept, 3万余 as “more than 30,000”, 5月3日 as “May 3”; “673” has no Chinese twin',
    ],
    [
      'a number without its thousands separator',
      (t) => t.replace('3,717', '3717'),
      'content/en/article/vanguard.mdx:14:500: English paragraph vanguard-4: expected 3,717 with a thousands separator, found 3717',
    ],
    [
      'Chinese outside <Zh>',
      (t) => t.replace('Yu Qijian (<Zh>于其舰</Zh>)', 'Yu Qijian 于其舰'),
      'content/en/article/vanguard.mdx:12:131: English paragraph vanguard-3: expected Chinese characters only inside <Zh>…</Zh>, found “于其舰, a” outside',
    ],
    [
      'Chinese in <Zh> that the Chinese paragraph does not have',
      (t) => t.replace('<Zh>于其舰</Zh>', '<Zh>于其航</Zh>'),
      'content/en/article/vanguard.mdx:12:136: English paragraph vanguard-3: expected the Chinese in <Zh> to stand in Chinese paragraph vanguard-3, found “于其航”, which does not',
    ],
  ])('%s: one message, not another for each entry quoting the paragraph', (_name, edit, message) => {
    expect(after('content/en/article/vanguard.mdx', edit)).toEqual([message]);
  });
});

/** A paragraph of the article, on line `line` of `a.mdx`. */
const para = (text: string, line = 1) => ({ text, file: 'a.mdx', line });

/** Whole Chinese sentences long enough for a definition. */
const DEF = '这是一个用于测试的术语定义，它由完整的中文句子组成并且足够长。';

/** A glossary entry with no extra forms and a good definition. */
const term = (id: string, line: number, word: string, paragraph = 'p1', forms: string[] = []) => ({
  id,
  line,
  term: word,
  forms,
  definition: DEF,
  paragraph,
});

/** A person entry of the index. */
const named = (id: string, line: number, forms: string[], paragraphs: string[], name = id) => ({
  id,
  line,
  kind: 'person',
  name,
  forms,
  paragraphs,
});

describe('the glossary rules on hand-made entries', () => {
  it('names each repeated term against the first entry that has it, and each claimed word against the last', () => {
    const entries = [term('g1', 1, '甲乙'), term('g2', 5, '甲乙'), term('g3', 9, '甲乙')];
    expect(checkGlossaryRules('g.yaml', entries, new Map(), new Set())).toEqual([
      'g.yaml:5: entry “g2”, field “term”: expected a term no other entry has, found “甲乙”, which “g1” (line 1) has too',
      'g.yaml:9: entry “g3”, field “term”: expected a term no other entry has, found “甲乙”, which “g1” (line 1) has too',
      'g.yaml:5: entry “g2”, field “forms”: expected words no other entry claims, found “甲乙”, which “g1” claims too',
      'g.yaml:9: entry “g3”, field “forms”: expected words no other entry claims, found “甲乙”, which “g2” claims too',
    ]);
  });

  it('takes a definition of exactly 20 Chinese characters ending in “。”, and names one of more without it', () => {
    const twenty = { ...term('g1', 1, '甲'), definition: '一二三四五六七八九十一二三四五六七八九十。' };
    const open = { ...term('g2', 5, '乙'), definition: '一二三四五六七八九十一二三四五六七八九十一' };
    expect(checkGlossaryRules('g.yaml', [twenty, open], new Map(), new Set())).toEqual([
      'g.yaml:5: entry “g2”, field “definition”: expected whole Chinese sentences (at least 20 characters) ending in “。”, found “一二三四五六七八九十一二三四五六七八九十一”',
    ]);
  });

  it('lets two entries of the same id claim the same word', () => {
    const entries = [term('g', 1, '甲'), term('g', 5, '乙', 'p1', ['甲'])];
    expect(checkGlossaryRules('g.yaml', entries, new Map(), new Set())).toEqual([]);
  });

  it('names a term found only inside a longer term, and leaves it out of the order', () => {
    const entries = [term('short', 1, '临时党支部'), term('long', 5, '疫情防控临时党支部')];
    const paragraphs = new Map([['p1', para('成立疫情防控临时党支部。')]]);
    expect(checkGlossaryRules('g.yaml', entries, paragraphs, new Set())).toEqual([
      'g.yaml:1: entry “short”, field “term”: expected “临时党支部” to be found in the article on its own, found it only inside longer terms of other entries',
    ]);
  });
});

describe('the index rules on hand-made entries', () => {
  it('names a repeated name', () => {
    const entries = [named('e1', 1, [], [], '甲'), named('e2', 4, [], [], '甲')];
    expect(checkEntityRules('e.yaml', entries, new Map(), new Set())).toEqual([
      'e.yaml:4: entry “e2”, field “name”: expected a name no other entry has, found “甲”, which “e1” (line 1) has too',
    ]);
  });

  it('counts a paragraph naming the entry by any one of its forms, and names every one left out', () => {
    const paragraphs = new Map([
      ['p1', para('甲来了。', 1)],
      ['p2', para('甲走了。', 2)],
    ]);
    expect(checkEntityRules('e.yaml', [named('e', 1, ['甲', '乙'], [])], paragraphs, new Set())).toEqual([
      'e.yaml:1: entry “e”, field “paragraphs”: expected every paragraph that names it, found p1, p2 left out (a.mdx:1, a.mdx:2)',
    ]);
  });

  it('names paragraphs listed out of reading order', () => {
    const paragraphs = new Map([
      ['p1', para('甲来了。', 1)],
      ['p2', para('甲走了。', 2)],
    ]);
    expect(checkEntityRules('e.yaml', [named('e', 1, ['甲'], ['p2', 'p1'])], paragraphs, new Set())).toEqual([
      'e.yaml:1: entry “e”, field “paragraphs”: expected the paragraphs in reading order (p1, p2), found p2, p1',
    ]);
  });

  it('passes over a listed paragraph the article does not have', () => {
    const paragraphs = new Map([['p1', para('甲来了。')]]);
    expect(checkEntityRules('e.yaml', [named('e', 1, ['甲'], ['p1', 'gone'])], paragraphs, new Set())).toEqual([]);
  });

  it('places an entry by the first of its forms that stands, not by forms that do not', () => {
    const paragraphs = new Map([['p1', para('甲乙')]]);
    const entries = [named('second', 1, ['乙', '丙'], ['p1']), named('first', 4, ['甲'], ['p1'])];
    expect(checkEntityRules('e.yaml', entries, paragraphs, new Set())).toEqual([
      'e.yaml:4: entry “first”: expected the person entries in the order the article first names them, found “first” after “second” (line 1), which the article names later: move it up',
    ]);
  });

  it('places an entry by the earliest of its forms in its first paragraph', () => {
    const paragraphs = new Map([['p1', para('甲丙乙')]]);
    const entries = [named('first', 1, ['甲', '乙'], ['p1']), named('second', 4, ['丙'], ['p1'])];
    expect(checkEntityRules('e.yaml', entries, paragraphs, new Set())).toEqual([]);
  });

  it('keeps entries the article names at the same place, or never, in the order given', () => {
    expect(checkEntityRules('e.yaml', [named('a', 1, [], []), named('b', 4, [], [])], new Map(), new Set())).toEqual([]);
  });

  it('places an entry the article never names after the others, even with an empty form and no paragraphs', () => {
    expect(checkEntityRules('e.yaml', [named('a', 1, ['甲'], []), named('b', 4, [''], [])], new Map(), new Set())).toEqual([]);
  });

  it('compares the first entry of a kind with nothing, even when an entry has an empty id', () => {
    const paragraphs = new Map([['p1', para('甲乙丙丁')]]);
    const entries = [
      { ...named('', 1, ['丁'], ['p1']), kind: 'place' },
      named('a', 4, ['甲'], ['p1']),
      named('b', 7, ['丙'], ['p1']),
      named('c', 10, ['乙'], ['p1']),
    ];
    expect(checkEntityRules('e.yaml', entries, paragraphs, new Set())).toEqual([
      'e.yaml:10: entry “c”: expected the person entries in the order the article first names them, found “c” after “b” (line 7), which the article names later: move it up',
    ]);
  });
});
