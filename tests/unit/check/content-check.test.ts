import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent, type ContentFiles } from '@/lib/check/content-check.ts';
import { CONTENT, partFile } from '@/lib/content/layout.ts';
import { edited, withEdit, withFile } from '../../support/content-files.ts';
import { READING, SIWAN } from '../../support/corrections.ts';

describe('checkContent', () => {
  it('finds nothing wrong with the project’s content, and gives every paragraph for pointer checks', () => {
    const { problems, paragraphs } = checkContent(readContent('.'));
    expect(problems).toEqual([]);
    expect([...paragraphs.keys()]).toHaveLength(3 + 5 + 6 + 5);
    expect(paragraphs.get('vanguard-5')).toMatchObject({ file: partFile('vanguard'), line: 15 });
  });

  // Each mistake an editor can make gives exactly one message, whatever else it disturbs.
  const cases: [string, ContentFiles, string][] = [
    [
      'a required field missing',
      edited(partFile('vanguard'), (t) => t.replace(/^title:.*\n/m, '')),
      'content/article/vanguard.mdx:2: field “title”: expected text, found nothing (the field is missing)',
    ],
    [
      'a field of the wrong type',
      edited(partFile('vanguard'), (t) => t.replace('order: 2', 'order: two')),
      'content/article/vanguard.mdx:3: field “order”: expected a number, found “two”',
    ],
    [
      'two sections with the same order',
      edited(partFile('vanguard'), (t) => t.replace('order: 2', 'order: 1')),
      'content/article/vanguard.mdx:3: order 1 is already used by content/article/organizing.mdx; expected each part to have its own order',
    ],
    [
      'two sections swapped',
      withEdit(
        edited(partFile('vanguard'), (t) => t.replace('order: 2', 'order: 4')),
        partFile('contributions'),
        (t) => t.replace('order: 3', 'order: 2'),
      ),
      "content/article/contributions.mdx:3: order 2 puts this section before content/article/vanguard.mdx (order 4), but the reference text prints it after: expected the sections' orders to follow the reference, found them out of turn",
    ],
    [
      'a section title that is not the reference heading',
      edited(partFile('vanguard'), (t) => t.replace('当先锋、作表率,', '当先锋、作表率，')),
      'content/article/vanguard.mdx:4: field “title” differs from the heading in content/reference/article.txt at character 8 (after “当先锋、作表率”): expected “,” (U+002C) but found “，” (U+FF0C)',
    ],
    [
      'a stray brace',
      edited(partFile('vanguard'), (t) => t.replace('市级机关遴选', '市级机关{遴选')),
      'content/article/vanguard.mdx:13:74: MDX 把“{”当作一段代码的开头，一直找到文件末尾也没有对应的“}”。若是误输入，删掉它；要在正文里显示“{”，请写成“\\{”。\n' +
        '    MDX reads “{” as the start of code: expected a closing “}”, found none before the end of the file. Delete it if it was typed by mistake, or write “\\{” to show a brace.\n' +
        '    13 | ...部集中下沉工作。市级机关{遴选的637名干部直接下沉支援通州区社区防控工作,3717名市、区两级...\n' +
        `${' '.repeat(36)}^`,
    ],
    [
      'a figure changed in the text',
      edited(partFile('vanguard'), (t) => t.replace('637名', '638名')),
      'content/article/vanguard.mdx:13:79: paragraph vanguard-4 differs from content/reference/article.txt at character 79 (after “级机关遴选的63”): expected “7” (U+0037) but found “8” (U+0038); the figure reads 638 where the reference has 637',
    ],
    [
      'a ledger entry removed',
      edited(CONTENT.figures, (t) => t.replace(/- id: city-cadres-637[\s\S]*?(?=- id:)/, '')),
      'content/article/vanguard.mdx:13:77: paragraph vanguard-4 has the number 637 (in “级机关遴选的637名干部直”), which content/figures.yaml does not list: expected an entry with paragraph: vanguard-4 whose phrase holds it, found none',
    ],
    [
      'a ledger entry pointing at the wrong paragraph',
      edited(CONTENT.figures, (t) => t.replace('paragraph: vanguard-4\n  phrase: 637', 'paragraph: vanguard-3\n  phrase: 637')),
      'content/figures.yaml:36: entry “city-cadres-637”, field “phrase”: expected “637名干部” in paragraph vanguard-3 (content/article/vanguard.mdx:11), found no such text there; “637名干部” stands in vanguard-4',
    ],
    [
      'two paragraphs joined',
      edited(partFile('vanguard'), (t) => t.replace('铜墙铁壁。\n\n', '铜墙铁壁。')),
      'content/article/vanguard.mdx:9: paragraphs vanguard-2 and vanguard-3 of the reference text are joined into one: expected a blank line after “……疫情防控的铜墙铁壁。”, found none; every later paragraph id would shift back by 1',
    ],
    [
      'a correction quoting text that stands more than once',
      edited(CONTENT.errata, (t) => t.replace('printed: 全鎮', 'printed: 在职党员')),
      'content/errata.yaml:12: entry “vanguard-5-quanzhen”, field “printed”: expected “在职党员” to stand once in paragraph vanguard-5, found it 4 times; quote more of the passage, so that it is unique',
    ],
    [
      'a correction that corrects nothing',
      edited(CONTENT.errata, (t) => t.replace('corrected: 全镇', 'corrected: 全鎮')),
      'content/errata.yaml:12: entry “vanguard-5-quanzhen”, field “corrected”: expected a reading that differs from the printed text, found the same “全鎮”',
    ],
    [
      'a correction without a valid date',
      edited(CONTENT.errata, (t) => t.replace(/date: .*/, 'date: 昨天')),
      'content/errata.yaml:17: entry “vanguard-5-quanzhen”, field “date”: expected a date such as 2022-06-18, found “昨天”',
    ],
    [
      'a data file that is not valid YAML',
      edited(CONTENT.figures, (t) => t.replace('  phrase: 637名干部', ' phrase: 637名干部')),
      'content/figures.yaml:39:1: 缩进不对：这一行缩进了 1 个空格，同一层的其他行是 2 个。YAML 靠缩进分辨层次，请改成 2 个空格。\n' +
        '    Wrong indentation: this line is indented 1 space where the lines at its level have 2. YAML reads the structure from the indentation: indent it 2 spaces.\n' +
        '    39 |  phrase: 637名干部\n' +
        '         ^',
    ],
    [
      'two ledger entries with one id',
      edited(CONTENT.figures, (t) => t.replace('id: sunk-cadres-3717', 'id: city-cadres-637')),
      'content/figures.yaml:45: field “id”: expected an id no other entry has, found “city-cadres-637”, which line 36 has too',
    ],
    [
      'a glossary entry pointing at a paragraph that does not have its term',
      edited(CONTENT.glossary, (t) => t.replace(/(id: guankongqu[\s\S]*?paragraph: )organizing-1/, '$1organizing-3')),
      'content/glossary.yaml:37: entry “guankongqu”, field “term”: expected “管控区” in paragraph organizing-3 (content/article/organizing.mdx:11), found no such text there; “管控区” stands in organizing-1',
    ],
    [
      'a glossary entry that is not in its form',
      edited(CONTENT.glossary, (t) => t.replace('- id: kakou', '- id: Ka Kou')),
      'content/glossary.yaml:33: entry “Ka Kou”, field “id”: expected a lowercase ASCII slug such as xiachen-ganbu, found “Ka Kou”',
    ],
    [
      'a timeline event quoting words its paragraph does not have',
      edited(CONTENT.timeline, (t) => t.replace('phrase: 5月3日,在中仓街道管控区内', 'phrase: 5月3日,在中仓街道封控区内')),
      'content/timeline.yaml:13: entry “lianhuasi-branch-founded”, field “phrase”: expected “5月3日,在中仓街道封控区内” in paragraph organizing-1 (content/article/organizing.mdx:7), found no such text there',
    ],
    [
      'an index entry listing a paragraph the article does not have',
      edited(CONTENT.entities, (t) => t.replace('paragraphs: [vanguard-6]', 'paragraphs: [vanguard-9]')),
      'content/entities.yaml:19: entry “ma-huan”, field “paragraphs”: expected vanguard-1 to vanguard-6, found “vanguard-9”, which does not exist; “马欢” stands in vanguard-6',
    ],
    [
      'an index entry listing a paragraph that does not name it',
      edited(CONTENT.entities, (t) =>
        t.replace(
          'paragraphs: [lede-1, organizing-2, vanguard-4, contributions-2]',
          'paragraphs: [lede-1, organizing-3, vanguard-4, contributions-2]',
        ),
      ),
      'content/entities.yaml:89: entry “tongzhou-quwei”, field “forms”: expected “通州区委” in paragraph organizing-3 (content/article/organizing.mdx:11), found no such text there; “通州区委” stands in lede-1, organizing-2, vanguard-4, contributions-2',
    ],
  ];

  it.each(cases)('%s: one message', (_name, files, message) => {
    expect(checkContent(files).problems).toEqual([message]);
  });
});

describe('the content check of the English twins', () => {
  const files = readContent('.');
  /** The check's messages after changing one English data file's parsed data. */
  const problemsAfter = (
    key: 'englishGlossary' | 'englishEntities' | 'englishTimeline' | 'englishFigures',
    change: (data: Record<string, unknown>[]) => void,
  ) => {
    const file = files[key]!;
    const data = parseYaml(file.text) as Record<string, unknown>[];
    change(data);
    const changed: ContentFiles = { ...files, [key]: { path: file.path, text: stringify(data) } };
    return checkContent(changed).problems;
  };
  const entry = (data: Record<string, unknown>[], id: string) => data.find((e) => e.id === id)!;

  it('names a glossary term whose English first stands before the paragraph of the Chinese first use', () => {
    // “checkpoint” (卡口) first stands in lede-2; “Party” stands in lede-1 already.
    const problems = problemsAfter('englishGlossary', (data) => void (entry(data, 'kakou')['forms'] = ['checkpoint', 'Party']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/en\/glossary\.yaml:\d+: entry “kakou”, field “forms”: .*found them earlier, in lede-1/);
  });

  it('names a glossary term whose English is not in the paragraph of the Chinese first use', () => {
    const problems = problemsAfter('englishGlossary', (data) => void (entry(data, 'kakou')['forms'] = ['gatehouse']));
    expect(problems).toEqual([
      expect.stringMatching(
        /entry “kakou”, field “forms”: expected “gatehouse” in paragraph lede-2 \(content\/en\/article\/lede\.mdx:\d+\)/,
      ),
    ]);
  });

  it('names a Chinese entry left without its English twin, and an English entry with no Chinese one', () => {
    const problems = problemsAfter('englishEntities', (data) => {
      const yin = data.findIndex((e) => e.id === 'yin-zhonglong');
      data.splice(yin, 1, { id: 'yin-zhong-long', name: 'Yin Zhonglong', forms: ['Yin Zhonglong'], note: 'A courier.' });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/en\/entities\.yaml:\d+: entry “yin-zhong-long”: expected an id of content\/entities\.yaml/),
      'content/en/entities.yaml: entry “yin-zhonglong” of content/entities.yaml has no English entry: expected one with id: yin-zhonglong, found none',
    ]);
  });

  it('names an entity whose English is missing from a paragraph whose Chinese names it', () => {
    const problems = problemsAfter('englishEntities', (data) => void (entry(data, 'yin-zhonglong')['forms'] = ['Yin Zhong-long']));
    expect(problems).toEqual([
      expect.stringContaining('entry “yin-zhonglong”, field “forms”: expected “Yin Zhong-long” in paragraph contributions-5'),
    ]);
  });

  it('names a figure whose English words carry another figure than the ledger', () => {
    const problems = problemsAfter('englishFigures', (data) => void (entry(data, 'city-cadres-637')['phrase'] = '3,717 sunk-down cadres'));
    expect(problems).toEqual([
      expect.stringContaining(
        "entry “city-cadres-637”, field “phrase”: expected the ledger's figure (637) in “3,717 sunk-down cadres”, found 3717",
      ),
    ]);
  });

  it('names a charted figure without its English label', () => {
    const problems = problemsAfter('englishFigures', (data) => void delete entry(data, 'sunk-cadres-3717')['label']);
    expect(problems).toEqual([expect.stringContaining('entry “sunk-cadres-3717”, field “label”: expected English for the chart')]);
  });

  it('names an event whose English words are not in its paragraph', () => {
    const problems = problemsAfter('englishTimeline', (data) => void (entry(data, 'lianhuasi-branch-founded')['phrase'] = 'On May 4'));
    expect(problems).toEqual([
      expect.stringContaining('entry “lianhuasi-branch-founded”, field “phrase”: expected “On May 4” in paragraph organizing-1'),
    ]);
  });

  it('names a missing English file', () => {
    const problems = checkContent({ ...files, englishTimeline: undefined }).problems;
    expect(problems).toEqual(['content/en/timeline.yaml: missing; the English edition needs the English twin of content/timeline.yaml']);
  });
});

describe('the content check of the English parts’ frontmatter', () => {
  it('a project without a translation: no message about English parts', () => {
    const files: ContentFiles = {
      ...readContent('.'),
      englishParts: [],
      englishMeta: [],
      englishGlossary: undefined,
      englishTimeline: undefined,
      englishEntities: undefined,
      englishFigures: undefined,
    };
    expect(checkContent(files).problems).toEqual([]);
  });

  it('two English sections given orders other than the Chinese: each named with the kind and order its Chinese twin has', () => {
    const files = withEdit(
      edited(partFile('organizing', 'en'), (t) => t.replace('order: 1', 'order: 5')),
      partFile('vanguard', 'en'),
      (t) => t.replace('order: 2', 'order: 6'),
    );
    expect(checkContent(files).problems).toEqual([
      'content/en/article/organizing.mdx:3: expected kind section and order 1, as the Chinese organizing has them, found kind section and order 5',
      'content/en/article/vanguard.mdx:3: expected kind section and order 2, as the Chinese vanguard has them, found kind section and order 6',
    ]);
  });

  it('two English sections given one order: named once, as a clash of orders, not again against the Chinese', () => {
    const files = edited(partFile('vanguard', 'en'), (t) => t.replace('order: 2', 'order: 1'));
    expect(checkContent(files).problems).toEqual([
      'content/en/article/vanguard.mdx:3: order 1 is already used by content/en/article/organizing.mdx; expected each part to have its own order',
    ]);
  });
});

describe('checkContent: missing files, unread frontmatter, stray parts and titles far from any heading', () => {
  const files = readContent('.');

  it('names a part whose frontmatter is gone, showing its first line', () => {
    const problems = checkContent(edited(partFile('vanguard'), (t) => t.replace(/^---\n/, ''))).problems;
    expect(problems).toEqual([
      'content/article/vanguard.mdx:1:1: 找不到开头的 frontmatter：文件第一行应是“---”，下面写 kind、order（章节还有 title），再以一行“---”结束。\n' +
        '    no frontmatter: expected the file to start with a “---” line, then kind and order (and title, for a section), then a “---” line; found none\n' +
        '    1 | kind: section\n' +
        '        ^',
    ]);
  });

  it('names a deleted figures ledger', () => {
    expect(checkContent({ ...files, figures: undefined }).problems).toEqual([
      'content/figures.yaml: missing; the site needs its figures ledger',
    ]);
  });

  it('names a deleted reference text', () => {
    expect(checkContent({ ...files, reference: undefined }).problems).toEqual([
      'content/reference/article.txt: missing; the text is checked against it',
    ]);
  });

  it('holds publication.yaml to the reference, not a copy of it kept beside it in content/meta', () => {
    const copy = { path: 'content/meta/reprint.yaml', text: files.meta.find((f) => f.path === CONTENT.publication)!.text };
    const changed = withFile(
      edited(CONTENT.publication, (t) => t.replace('deskEditor: 袁瑛', 'deskEditor: 袁英')),
      'meta',
      copy,
    );
    expect(checkContent(changed).problems).toEqual([
      "content/meta/publication.yaml:17: field “deskEditor”: expected the desk editor of the reference's last line (“(责任编辑:袁瑛)”) (content/reference/article.txt); found it differs",
    ]);
  });

  it('names a tag in the Chinese text, which may have none', () => {
    const problems = checkContent(edited(partFile('vanguard'), (t) => t.replace('市级机关遴选', '市级机关<b>遴选</b>'))).problems;
    expect(problems).toEqual([
      'content/article/vanguard.mdx:13:74: 这里有一个标签 <b>。正文里没有标签：删掉它；要显示“<”，请写成“\\<”。\n' +
        '    here is a tag <b>. The article’s text has no tags: delete it, or write “\\<” to show a “<”.\n' +
        '    13 | ...部集中下沉工作。市级机关<b>遴选</b>的637名干部直接下沉支援通州区社区防控工作,3717...\n' +
        `${' '.repeat(36)}^`,
    ]);
  });

  it('names a section title that starts like no heading of the reference (an English title pasted in)', () => {
    const problems = checkContent(
      edited(partFile('vanguard'), (t) => t.replace('title: "当先锋、作表率,筑牢疫情防控的坚强堡垒"', 'title: "Standing as vanguards"')),
    ).problems;
    expect(problems).toEqual([
      'content/article/vanguard.mdx:4: field “title”: expected a heading of content/reference/article.txt, found “Standing as vanguards”',
    ]);
  });

  it('names a section titled with the article’s title or the editor’s line, which the reference prints but not as a heading', () => {
    for (const title of ['党旗在副中心疫情防控一线高高飘扬', '(责任编辑:袁瑛)']) {
      const files = edited(partFile('vanguard'), (t) => t.replace('title: "当先锋、作表率,筑牢疫情防控的坚强堡垒"', `title: "${title}"`));
      expect(checkContent(files).problems).toEqual([
        `content/article/vanguard.mdx:4: field “title”: expected a heading of content/reference/article.txt, found “${title}”`,
      ]);
    }
  });

  it('names a section title that shares only its first two characters with a heading, at the third', () => {
    const problems = checkContent(
      edited(partFile('vanguard'), (t) => t.replace('title: "当先锋、作表率,筑牢疫情防控的坚强堡垒"', 'title: "当先进"')),
    ).problems;
    expect(problems).toEqual([
      'content/article/vanguard.mdx:4: field “title” differs from the heading in content/reference/article.txt at character 3 (after “当先”): expected “锋” (U+950B) but found “进” (U+8FDB)',
    ]);
  });

  it('names a draft copy saved as vanguard.mdx-draft.mdx by its whole name less the last .mdx', () => {
    const vanguard = files.parts.find((f) => f.path === partFile('vanguard'))!;
    const draft = { path: 'content/article/vanguard.mdx-draft.mdx', text: vanguard.text.replace('order: 2', 'order: 5') };
    expect(checkContent(withFile(files, 'parts', draft)).problems).toEqual([
      'content/article/vanguard.mdx-draft.mdx: unknown section id “vanguard.mdx-draft”; expected one of lede, organizing, vanguard, contributions',
    ]);
  });

  it('names a stray part by its id only: neither its title nor its MDX is checked until it is a known part', () => {
    const stray = { path: 'content/article/extra.mdx', text: '---\nkind: section\norder: 9\ntitle: "附录"\n---\n\n附录的文字{未完\n' };
    expect(checkContent(withFile(files, 'parts', stray)).problems).toEqual([
      'content/article/extra.mdx: unknown section id “extra”; expected one of lede, organizing, vanguard, contributions',
    ]);
  });

  it('names a translated part whose frontmatter does not read, and leaves its paragraphs until it does', () => {
    const changed = edited(partFile('vanguard', 'en'), (t) => t.replace('order: 2', 'order: two').replace(/\n\n[^\n]*\n/, '\n\n'));
    expect(checkContent(changed).problems).toEqual(['content/en/article/vanguard.mdx:3: field “order”: expected a number, found “two”']);
  });
});

describe('the content check, where the paragraph ids, the metadata and the shared words decide', () => {
  it('an index entry listing a paragraph with a two-digit number the article does not have: named like any other', () => {
    expect(
      checkContent(edited(CONTENT.entities, (t) => t.replace('paragraphs: [vanguard-6]', 'paragraphs: [vanguard-16]'))).problems,
    ).toEqual([
      'content/entities.yaml:19: entry “ma-huan”, field “paragraphs”: expected vanguard-1 to vanguard-6, found “vanguard-16”, which does not exist; “马欢” stands in vanguard-6',
    ]);
  });

  it('a second metadata file beside publication.yaml: the timeline’s publication event is held to publication.yaml, not to it', () => {
    const files = edited(CONTENT.timeline, (t) => t.replace('date: 2022-06-18\n  title: 本文刊于', 'date: 2022-06-01\n  title: 本文刊于'));
    const publication = files.meta.find((file) => file.path === CONTENT.publication)!;
    const draft = { path: 'content/meta/draft.yaml', text: publication.text.replace('date: 2022-06-18', 'date: 2022-06-01') };
    expect(draft.text).not.toBe(publication.text);
    expect(checkContent(withFile(files, 'meta', draft)).problems).toEqual([
      'content/timeline.yaml:21: entry “publication”, field “date”: expected 2022-06-18, the date of the publication metadata, found 2022-06-01',
    ]);
  });

  it('a paragraph left out of the English where only the glossary’s and the index’s words tell which: the right one is named', () => {
    // The English of organizing-4 deleted: by figures and lengths alone the last paragraph would seem the one missing;
    // the glossary terms and index names found in both languages place the gap after English paragraph 3.
    const files = edited(partFile('organizing', 'en'), (t) =>
      t
        .split('\n\n')
        .filter((_, i) => i !== 4)
        .join('\n\n'),
    );
    expect(checkContent(files).problems).toEqual([
      'content/en/article/organizing.mdx:14: 英文少了一段：中文第 4 段 organizing-4（“在疫情防控一线,各级党组……”，content/article/organizing.mdx）没有英文，' +
        '应在英文第 3 段（““Please, everyone, queue……”）之后。每段中文都要有一段英文，段与段之间空一行；要是两段英文连在了一起，在中间加一个空行。\n' +
        '    the English lacks a paragraph: Chinese paragraph 4, organizing-4 (“在疫情防控一线,各级党组……”, content/article/organizing.mdx), has no English; ' +
        'it belongs after English paragraph 3 (““Please, everyone, queue……”). Each Chinese paragraph needs one English paragraph, with a blank line between paragraphs; ' +
        'if two English paragraphs have run together, put a blank line between them.',
    ]);
  });

  it('a note whose key is written as a YAML alias still giving a figure a correction took out: named at its entry’s line', () => {
    // 3万余 corrected to 4万余 in vanguard-5, with the English reading and both timeline notes updated; an index note,
    // its key “note” written as an alias (*note) of an earlier entry's key, still gives 3万余. Where its value stands
    // cannot be read, so the message names the line where its entry starts.
    let files = edited(CONTENT.errata, (t) => t + SIWAN(READING));
    files = withEdit(files, CONTENT.timeline, (t) => t.replace('全区3万余人次', '全区4万余人次'));
    files = withEdit(files, CONTENT.en.timeline, (t) => t.replace('more than 30,000 person-times', 'more than 40,000 person-times'));
    files = withEdit(files, CONTENT.entities, (t) =>
      t
        .replace('  note: 通州区司法局', '  &note note: 通州区司法局')
        .replace(
          '  note: 梨园镇大方居小区居民，加入了志愿服务队伍。',
          '  *note : 梨园镇大方居小区居民，与全区3万余人次在职党员一同奔赴一线。',
        ),
    );
    expect(checkContent(files).problems).toEqual([
      'content/errata.yaml:20: 勘误“vanguard-5-siwan”把数字“3万余”改成了“4万余”。数字台账、图表、数字一览页和时间线的日期会自动跟着改，但下面 1 处还写着旧数字，请逐一改过：\n' +
        "    erratum “vanguard-5-siwan” changes the figure “3万余” to “4万余”. The ledger, the charts, the figures page and the timeline's dates follow by themselves; this place still shows the old figure, update it:\n" +
        '      content/entities.yaml:14:1: entry “ma-huan”, field “note” still reads “3万余”',
    ]);
  });
});
