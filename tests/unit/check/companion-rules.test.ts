import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/content-check.ts';
import { edited } from '../../support/content-files.ts';

/** The check's messages for the project's content with one file edited. */
const after = (path: string, edit: (text: string) => string) => checkContent(edited(path, edit)).problems;

/** A YAML list of entries with entries `a` and `b` (0-based, after the file's opening comment) swapped. */
const swap = (a: number, b: number) => (text: string) => {
  const [head = '', ...entries] = text.split(/\n(?=- id:)/);
  [entries[a], entries[b]] = [entries[b] ?? '', entries[a] ?? ''];
  return [head, ...entries].join('\n');
};

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
