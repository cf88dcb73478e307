import { describe, expect, it } from 'vitest';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent, type ContentFiles } from '@/lib/check/content-check.ts';
import { checkFigures, type FigureEntry } from '@/lib/check/figures.ts';
import { mdxSyntaxProblem } from '@/lib/check/mdx-syntax.ts';
import { numberMatches } from '@/lib/text/numbers.ts';
import { locateParagraphs, positionIn, splitParagraphs, stripFrontmatter } from '@/lib/text/paragraphs.ts';
import { partProblems } from '@/lib/check/parts.ts';
import { checkPointers, type ParagraphRef } from '@/lib/check/pointers.ts';
import { checkAgainstReference } from '@/lib/check/reference-check.ts';
import { differenceIndex } from '@/lib/check/reference.ts';
import { checkSchema } from '@/lib/check/schema-messages.ts';
import { readYaml } from '@/lib/check/yaml-source.ts';
import { figuresSchema, partSchema, publicationSchema } from '@/schemas.ts';
import { partSources } from './support/article.ts';
import { edited, withEdit } from './support/content-files.ts';

describe('locateParagraphs', () => {
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

describe('numberMatches and differenceIndex', () => {
  it('gives each numeral with its character index', () => {
    expect(numberMatches('第5月3日,637名')).toEqual([
      { value: 5, written: '5', index: 1 },
      { value: 3, written: '3', index: 3 },
      { value: 637, written: '637', index: 6 },
    ]);
  });

  it('finds the first differing character', () => {
    expect(differenceIndex('637名', '637名')).toBe(-1);
    expect(differenceIndex('637名', '638名')).toBe(2);
    expect(differenceIndex('甲乙', '甲')).toBe(1);
  });
});

describe('readYaml', () => {
  const source = readYaml('# comment\n- id: a\n  phrase: 甲\n- id: b\n  numbers: [1, 2]\n', 1);

  it('reads the data and finds the line of any field', () => {
    expect(source.data).toEqual([
      { id: 'a', phrase: '甲' },
      { id: 'b', numbers: [1, 2] },
    ]);
    expect(source.lineOf([0])).toBe(2);
    expect(source.lineOf([0, 'phrase'])).toBe(3);
    expect(source.lineOf([1, 'numbers'])).toBe(5);
    // A missing field: the line of the entry that lacks it.
    expect(source.lineOf([1, 'phrase'])).toBe(4);
  });

  it('counts from the line the YAML starts on in its file', () => {
    expect(readYaml('kind: section\norder: 2\n', 2).lineOf(['order'])).toBe(3);
  });

  it('reports a syntax error with its line', () => {
    expect(readYaml('- id: a\n phrase: 甲\n').error).toMatchObject({ line: 2 });
  });
});

describe('checkSchema', () => {
  const part = (yaml: string) =>
    checkSchema(partSchema, { file: 'content/article/vanguard.mdx', source: readYaml(yaml, 2), fields: ['kind', 'order', 'title'] })
      .problems;

  it('passes valid data through', () => {
    const result = checkSchema(partSchema, { file: 'x.mdx', source: readYaml('kind: lede\norder: 0\n'), fields: [] });
    expect(result).toEqual({ data: { kind: 'lede', order: 0 }, problems: [] });
  });

  it('names the file, line and field, with what was expected and what was found', () => {
    expect(part('kind: section\norder: 2\n')).toEqual([
      'content/article/vanguard.mdx:2: field “title”: expected text, found nothing (the field is missing)',
    ]);
    expect(part('kind: section\norder: two\ntitle: 标题\n')).toEqual([
      'content/article/vanguard.mdx:3: field “order”: expected a number, found “two”',
    ]);
    expect(part('kind: sektion\norder: 2\ntitle: 标题\n')).toEqual([
      'content/article/vanguard.mdx:2: field “kind”: expected one of “lede”, “section”, found “sektion”',
    ]);
    expect(part('kind: section\norder: 2\ntitle: 标题\ntitel: 标题\n')).toEqual([
      'content/article/vanguard.mdx:5: unknown field “titel”: expected only kind, order, title, found “titel”',
    ]);
    expect(part('kind: section\norder: 1.5\ntitle: ""\n')).toEqual([
      'content/article/vanguard.mdx:3: field “order”: expected a whole number, found 1.5',
      'content/article/vanguard.mdx:4: field “title”: expected some text, not an empty one, found “”',
    ]);
  });

  it('uses a schema’s own “expected …” message', () => {
    const source = readYaml('issue: 第六期\n');
    const { problems } = checkSchema(publicationSchema.pick({ issue: true }), {
      file: 'content/meta/publication.yaml',
      source,
      fields: [],
    });
    expect(problems).toEqual(['content/meta/publication.yaml:1: field “issue”: expected the form 2022年第6期, found “第六期”']);
  });

  it('names an entry of a list by its id', () => {
    const yaml =
      '- id: a-1\n  section: vangard\n  paragraph: vanguard-4\n  phrase: 637名\n  numbers: [637]\n  value: 637\n  kind: people\n';
    const { problems } = checkSchema(figuresSchema, { file: 'content/figures.yaml', source: readYaml(yaml), fields: [] });
    expect(problems).toEqual([
      'content/figures.yaml:2: entry “a-1”, field “section”: expected one of “lede”, “organizing”, “vanguard”, “contributions”, found “vangard”',
    ]);
  });

  it('reports YAML that does not parse, naming the slip when it is a known one', () => {
    const check = (yaml: string) =>
      checkSchema(figuresSchema, { file: 'content/figures.yaml', source: readYaml(yaml), fields: [] }).problems;
    expect(check('- id: a\n phrase: 甲\n')).toEqual([
      'content/figures.yaml:2:1: 缩进不对：这一行缩进了 1 个空格，同一层的其他行是 2 个。YAML 靠缩进分辨层次，请改成 2 个空格。\n' +
        '    Wrong indentation: this line is indented 1 spaces where the lines at its level have 2. YAML reads the structure from the indentation: indent it 2 spaces.\n' +
        '    2 |  phrase: 甲\n' +
        '        ^',
    ]);
    const [other] = check('- id: "a\n');
    expect(other).toMatch(/^content\/figures\.yaml:2:\d+: 这不是有效的 YAML（YAML 读取器在这里读不下去：.*\n {4}this is not valid YAML: /);
  });
});

describe('partProblems', () => {
  const ids = ['lede', 'organizing', 'vanguard'];
  const files = ids.map((id, order) => ({ id, order, filePath: `content/article/${id}.mdx`, line: 3 }));

  it('finds nothing wrong with known ids and distinct orders', () => {
    expect(partProblems(files, ids)).toEqual([]);
  });

  it('takes one unknown file and one missing one for a rename', () => {
    expect(partProblems([files[0]!, files[1]!, { ...files[2]!, id: 'vangard', filePath: 'content/article/vangard.mdx' }], ids)).toEqual([
      'content/article/vangard.mdx: unknown section id “vangard”; expected one of lede, organizing, vanguard (and content/article/vanguard.mdx is missing: was it renamed?)',
    ]);
  });

  it('names the line of a clashing order, and ignores a part whose order could not be read', () => {
    expect(partProblems([files[0]!, files[1]!, { ...files[2]!, order: 1 }], ids)).toEqual([
      'content/article/vanguard.mdx:3: order 1 is already used by content/article/organizing.mdx; expected each part to have its own order',
    ]);
    expect(partProblems([files[0]!, files[1]!, { ...files[2]!, order: undefined }], ids)).toEqual([]);
  });
});

describe('mdxSyntaxProblem', () => {
  it('reads every part of the article', () => {
    for (const part of partSources()) expect(mdxSyntaxProblem(part.path, part.source)).toBeNull();
  });

  it('points at the brace that opens an unclosed expression', () => {
    expect(mdxSyntaxProblem('a.mdx', '---\nkind: lede\norder: 0\n---\n\n甲乙{丙丁。\n\n戊。\n')).toBe(
      'a.mdx:6:3: MDX 把“{”当作一段代码的开头，一直找到文件末尾也没有对应的“}”。若是误输入，删掉它；要在正文里显示“{”，请写成“\\{”。\n' +
        '    MDX reads “{” as the start of code: expected a closing “}”, found none before the end of the file. Delete it if it was typed by mistake, or write “\\{” to show a brace.\n' +
        '    6 | 甲乙{丙丁。\n' +
        '            ^',
    );
  });

  it('points at a brace whose code reads, which the text still does not have', () => {
    expect(mdxSyntaxProblem('a.mdx', '甲乙{丙}丁。\n')).toMatch(/^a\.mdx:1:3: MDX 把“\{”当作一段代码的开头，正文里却没有代码。/);
  });

  it('points at a tag that is never closed, and at a tag the text may not use', () => {
    expect(mdxSyntaxProblem('a.mdx', '甲乙<span>丙丁。\n')).toBe(
      'a.mdx:1:3: 标签 <span> 没有结束：本段结束前找不到“</span>”。正文里没有标签：若是误输入，删掉它；要显示“<”，请写成“\\<”。\n' +
        '    the tag <span> is never closed: expected “</span>” before the end of the paragraph, found none. The article’s text has no tags: delete it, or write “\\<” to show a “<”.\n' +
        '    1 | 甲乙<span>丙丁。\n' +
        '            ^',
    );
    expect(mdxSyntaxProblem('a.mdx', 'Yin (<Zh>殷忠龙</Zh>) and <b>x</b>\n', ['Zh'])).toMatch(
      /^a\.mdx:1:24: 这里有一个标签 <b>。正文里只能用 <Zh>/,
    );
    expect(mdxSyntaxProblem('a.mdx', 'Yin (<Zh>殷忠龙</Zh>)\n', ['Zh'])).toBeNull();
  });

  it('passes on the parser’s own words for other mistakes, with the place', () => {
    expect(mdxSyntaxProblem('a.mdx', '甲<b>乙</i>丙\n')).toMatch(
      /^a\.mdx:1:6: MDX 读不懂这里（Unexpected closing tag `<\/i>`.*\n {4}this is not valid MDX: Unexpected closing tag/,
    );
  });
});

describe('checkAgainstReference', () => {
  const reference = ['甲一。', '乙二。', '丙三。'];
  const check = (...texts: string[]) =>
    checkAgainstReference(
      { id: 'vanguard', file: 'v.mdx', paragraphs: texts.map((text, i) => ({ text, line: 2 * i + 1 })) },
      reference,
      'ref.txt',
    );

  it('finds nothing when the paragraphs match', () => {
    expect(check('甲一。', '乙二。', '丙三。')).toEqual([]);
  });

  it('shows the first differing character with its line and column', () => {
    expect(check('甲一。', '乙三。', '丙三。')).toEqual([
      'v.mdx:3:2: paragraph vanguard-2 differs from ref.txt at character 2 (after “乙”): expected “二” (U+4E8C) but found “三” (U+4E09)',
    ]);
  });

  it('notes a changed figure', () => {
    expect(
      checkAgainstReference({ id: 'lede', file: 'l.mdx', paragraphs: [{ text: '共637名。', line: 6 }] }, ['共673名。'], 'ref.txt'),
    ).toEqual([
      'l.mdx:6:3: paragraph lede-1 differs from ref.txt at character 3 (after “共6”): expected “7” (U+0037) but found “3” (U+0033); the figure reads 637 where the reference has 673',
    ]);
  });

  it('names an added, removed, split or joined paragraph, which would shift the ids', () => {
    expect(check('甲一。', '新。', '乙二。', '丙三。')).toEqual([
      'v.mdx:3: 多了一段：第 2 段“新。”不在参考文本里，这里原是 vanguard-2（“乙二。”）。请删掉这一段；留着它，后面每一段的编号都会后移一位。\n' +
        '    paragraph “新。” is not in the reference text: expected vanguard-2 here (“乙二。”), found a new paragraph; every later paragraph id would shift by one',
    ]);
    expect(check('甲一。', '丙三。')).toEqual([
      'v.mdx:3: 少了一段：参考文本的第 2 段 vanguard-2（“乙二。”）不见了，应在这一段之前。请照参考文本补回；缺了它，后面每一段的编号都会前移一位。\n' +
        '    paragraph vanguard-2 of the reference text (“乙二。”) is missing: expected it before this line, found vanguard-3 (“丙三。”); every later paragraph id would shift back by one',
    ]);
    expect(check('甲一。', '乙', '二。', '丙三。')).toEqual([
      'v.mdx:3: paragraph vanguard-2 is split into 2 (lines 3, 5): expected one paragraph, as the reference text has it, found a blank line after “乙”; every later paragraph id would shift by 1',
    ]);
    expect(check('甲一。乙二。', '丙三。')).toEqual([
      'v.mdx:1: paragraphs vanguard-1 and vanguard-2 of the reference text are joined into one: expected a blank line after “甲一。”, found none; every later paragraph id would shift back by 1',
    ]);
  });

  it('names paragraphs missing or added at the end', () => {
    expect(check('甲一。', '乙二。')).toEqual([
      'v.mdx:3: 少了一段：参考文本的第 3 段 vanguard-3（“丙三。”）不见了，应在这一段之后、文件末尾之前。请照参考文本补回。\n' +
        '    paragraph vanguard-3 of the reference text (“丙三。”) is missing: expected it after this line, found the end of the file',
    ]);
    expect(check('甲一。', '乙二。', '丙三。', '丁四。')).toEqual([
      'v.mdx:7: 多了一段：第 4 段“丁四。”不在参考文本里，这一部分应在 vanguard-3 结束。请删掉这一段。\n' +
        '    paragraph “丁四。” is not in the reference text: expected the part to end after vanguard-3, found an extra paragraph, which would take the id vanguard-4',
    ]);
  });
});

const paragraphs = new Map<string, ParagraphRef>([
  ['vanguard-1', { text: '市级机关遴选的637名干部,3717名下沉干部。', file: 'v.mdx', line: 7 }],
  ['vanguard-2', { text: '5月1日,全鎮在职党员。', file: 'v.mdx', line: 9 }],
]);

describe('checkPointers', () => {
  it('accepts a phrase written as in the MDX or with full-width punctuation', () => {
    expect(
      checkPointers(
        'g.yaml',
        [
          { id: 'a', paragraph: 'vanguard-2', phrase: '5月1日,全鎮' },
          { id: 'b', paragraph: 'vanguard-2', phrase: '5月1日，全鎮' },
        ],
        paragraphs,
      ),
    ).toEqual([]);
  });

  it('names the file, line, entry, paragraph and phrase of a pointer that leads nowhere', () => {
    expect(
      checkPointers('content/glossary.yaml', [{ id: 'xiachen', paragraph: 'vanguard-7', phrase: '下沉干部', line: 4 }], paragraphs),
    ).toEqual([
      'content/glossary.yaml:4: entry “xiachen”, field “paragraph”: expected vanguard-1 to vanguard-2, found “vanguard-7”, which does not exist; “下沉干部” stands in vanguard-1',
    ]);
    expect(
      checkPointers('content/glossary.yaml', [{ id: 'shuangbaodao', paragraph: 'vanguard-1', phrase: '双报到', line: 9 }], paragraphs),
    ).toEqual([
      'content/glossary.yaml:9: entry “shuangbaodao”, field “phrase”: expected “双报到” in paragraph vanguard-1 (v.mdx:7), found no such text there',
    ]);
  });

  it('accepts any of an entry’s forms, and names them all, and the data file’s own field names, when none stands there', () => {
    const entity = { id: 'cadres', paragraph: 'vanguard-2', phrase: '下沉干部', forms: ['下沉干部', '637名干部'], line: 5 };
    expect(checkPointers('e.yaml', [{ ...entity, paragraph: 'vanguard-1' }], paragraphs, 'forms', 'paragraphs')).toEqual([]);
    expect(
      checkPointers(
        'e.yaml',
        [
          { ...entity, phrase: '机关干部' },
          { ...entity, paragraph: 'vanguard-1', phrase: '637名干部' },
        ],
        paragraphs,
      ),
    ).toEqual([
      'e.yaml:5: entry “cadres”, field “phrase”: expected “机关干部” or “下沉干部” or “637名干部” in paragraph vanguard-2 (v.mdx:9), found no such text there; “机关干部” or “下沉干部” or “637名干部” stands in vanguard-1',
    ]);
    expect(checkPointers('e.yaml', [{ ...entity, paragraph: 'vanguard-3' }], paragraphs, 'forms', 'paragraphs')).toEqual([
      'e.yaml:5: entry “cadres”, field “paragraphs”: expected vanguard-1 to vanguard-2, found “vanguard-3”, which does not exist; “下沉干部” or “637名干部” stands in vanguard-1',
    ]);
  });
});

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

  it('names a second entry for a figure that stands once', () => {
    expect(checkFigures('f.yaml', [...ledger, entry('twice', 'vanguard-1', '637名干部', [637])], paragraphs)).toEqual([
      'f.yaml:1: entry “twice”, field “phrase”: expected “637名干部” to stand 2 times in paragraph vanguard-1, as “cadres-637” already stands for it, found it 1 time',
    ]);
  });
});

describe('checkContent', () => {
  it('finds nothing wrong with the project’s content, and gives every paragraph for pointer checks', () => {
    const { problems, paragraphs } = checkContent(readContent('.'));
    expect(problems).toEqual([]);
    expect([...paragraphs.keys()]).toHaveLength(3 + 5 + 6 + 5);
    expect(paragraphs.get('vanguard-5')).toMatchObject({ file: 'content/article/vanguard.mdx', line: 15 });
  });

  // Each mistake an editor can make gives exactly one message, whatever else it disturbs.
  const cases: [string, ContentFiles, string][] = [
    [
      'a required field missing',
      edited('content/article/vanguard.mdx', (t) => t.replace(/^title:.*\n/m, '')),
      'content/article/vanguard.mdx:2: field “title”: expected text, found nothing (the field is missing)',
    ],
    [
      'a field of the wrong type',
      edited('content/article/vanguard.mdx', (t) => t.replace('order: 2', 'order: two')),
      'content/article/vanguard.mdx:3: field “order”: expected a number, found “two”',
    ],
    [
      'two sections with the same order',
      edited('content/article/vanguard.mdx', (t) => t.replace('order: 2', 'order: 1')),
      'content/article/vanguard.mdx:3: order 1 is already used by content/article/organizing.mdx; expected each part to have its own order',
    ],
    [
      'two sections swapped',
      withEdit(
        edited('content/article/vanguard.mdx', (t) => t.replace('order: 2', 'order: 4')),
        'content/article/contributions.mdx',
        (t) => t.replace('order: 3', 'order: 2'),
      ),
      "content/article/contributions.mdx:3: order 2 puts this section before content/article/vanguard.mdx (order 4), but the reference text prints it after: expected the sections' orders to follow the reference, found them out of turn",
    ],
    [
      'a section title that is not the reference heading',
      edited('content/article/vanguard.mdx', (t) => t.replace('当先锋、作表率,', '当先锋、作表率，')),
      'content/article/vanguard.mdx:4: field “title” differs from the heading in content/reference/article.txt at character 8 (after “当先锋、作表率”): expected “,” (U+002C) but found “，” (U+FF0C)',
    ],
    [
      'a stray brace',
      edited('content/article/vanguard.mdx', (t) => t.replace('市级机关遴选', '市级机关{遴选')),
      'content/article/vanguard.mdx:13:74: MDX 把“{”当作一段代码的开头，一直找到文件末尾也没有对应的“}”。若是误输入，删掉它；要在正文里显示“{”，请写成“\\{”。\n' +
        '    MDX reads “{” as the start of code: expected a closing “}”, found none before the end of the file. Delete it if it was typed by mistake, or write “\\{” to show a brace.\n' +
        '    13 | ...部集中下沉工作。市级机关{遴选的637名干部直接下沉支援通州区社区防控工作,3717名市、区两级...\n' +
        `${' '.repeat(36)}^`,
    ],
    [
      'a figure changed in the text',
      edited('content/article/vanguard.mdx', (t) => t.replace('637名', '638名')),
      'content/article/vanguard.mdx:13:79: paragraph vanguard-4 differs from content/reference/article.txt at character 79 (after “级机关遴选的63”): expected “7” (U+0037) but found “8” (U+0038); the figure reads 638 where the reference has 637',
    ],
    [
      'a ledger entry removed',
      edited('content/figures.yaml', (t) => t.replace(/- id: city-cadres-637[\s\S]*?(?=- id:)/, '')),
      'content/article/vanguard.mdx:13:77: paragraph vanguard-4 has the number 637 (in “级机关遴选的637名干部直”), which content/figures.yaml does not list: expected an entry with paragraph: vanguard-4 whose phrase holds it, found none',
    ],
    [
      'a ledger entry pointing at the wrong paragraph',
      edited('content/figures.yaml', (t) => t.replace('paragraph: vanguard-4\n  phrase: 637', 'paragraph: vanguard-3\n  phrase: 637')),
      'content/figures.yaml:36: entry “city-cadres-637”, field “phrase”: expected “637名干部” in paragraph vanguard-3 (content/article/vanguard.mdx:11), found no such text there; “637名干部” stands in vanguard-4',
    ],
    [
      'two paragraphs joined',
      edited('content/article/vanguard.mdx', (t) => t.replace('铜墙铁壁。\n\n', '铜墙铁壁。')),
      'content/article/vanguard.mdx:9: paragraphs vanguard-2 and vanguard-3 of the reference text are joined into one: expected a blank line after “……疫情防控的铜墙铁壁。”, found none; every later paragraph id would shift back by 1',
    ],
    [
      'a correction quoting text that stands more than once',
      edited('content/errata.yaml', (t) => t.replace('printed: 全鎮', 'printed: 在职党员')),
      'content/errata.yaml:12: entry “vanguard-5-quanzhen”, field “printed”: expected “在职党员” to stand once in paragraph vanguard-5, found it 4 times; quote more of the passage, so that it is unique',
    ],
    [
      'a correction that corrects nothing',
      edited('content/errata.yaml', (t) => t.replace('corrected: 全镇', 'corrected: 全鎮')),
      'content/errata.yaml:12: entry “vanguard-5-quanzhen”, field “corrected”: expected a reading that differs from the printed text, found the same “全鎮”',
    ],
    [
      'a correction without a valid date',
      edited('content/errata.yaml', (t) => t.replace(/date: .*/, 'date: 昨天')),
      'content/errata.yaml:17: entry “vanguard-5-quanzhen”, field “date”: expected a date such as 2022-06-18, found “昨天”',
    ],
    [
      'a data file that is not valid YAML',
      edited('content/figures.yaml', (t) => t.replace('  phrase: 637名干部', ' phrase: 637名干部')),
      'content/figures.yaml:39:1: 缩进不对：这一行缩进了 1 个空格，同一层的其他行是 2 个。YAML 靠缩进分辨层次，请改成 2 个空格。\n' +
        '    Wrong indentation: this line is indented 1 spaces where the lines at its level have 2. YAML reads the structure from the indentation: indent it 2 spaces.\n' +
        '    39 |  phrase: 637名干部\n' +
        '         ^',
    ],
    [
      'two ledger entries with one id',
      edited('content/figures.yaml', (t) => t.replace('id: sunk-cadres-3717', 'id: city-cadres-637')),
      'content/figures.yaml:45: field “id”: expected an id no other entry has, found “city-cadres-637”, which line 36 has too',
    ],
    [
      'a glossary entry pointing at a paragraph that does not have its term',
      edited('content/glossary.yaml', (t) => t.replace(/(id: guankongqu[\s\S]*?paragraph: )organizing-1/, '$1organizing-3')),
      'content/glossary.yaml:37: entry “guankongqu”, field “term”: expected “管控区” in paragraph organizing-3 (content/article/organizing.mdx:11), found no such text there; “管控区” stands in organizing-1',
    ],
    [
      'a glossary entry that is not in its form',
      edited('content/glossary.yaml', (t) => t.replace('- id: kakou', '- id: Ka Kou')),
      'content/glossary.yaml:33: entry “Ka Kou”, field “id”: expected a lowercase ASCII slug such as xiachen-ganbu, found “Ka Kou”',
    ],
    [
      'a timeline event quoting words its paragraph does not have',
      edited('content/timeline.yaml', (t) => t.replace('phrase: 5月3日,在中仓街道管控区内', 'phrase: 5月3日,在中仓街道封控区内')),
      'content/timeline.yaml:13: entry “lianhuasi-branch-founded”, field “phrase”: expected “5月3日,在中仓街道封控区内” in paragraph organizing-1 (content/article/organizing.mdx:7), found no such text there',
    ],
    [
      'an index entry listing a paragraph the article does not have',
      edited('content/entities.yaml', (t) => t.replace('paragraphs: [vanguard-6]', 'paragraphs: [vanguard-9]')),
      'content/entities.yaml:19: entry “ma-huan”, field “paragraphs”: expected vanguard-1 to vanguard-6, found “vanguard-9”, which does not exist; “马欢” stands in vanguard-6',
    ],
    [
      'an index entry listing a paragraph that does not name it',
      edited('content/entities.yaml', (t) =>
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
