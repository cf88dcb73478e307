import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportHeading } from '@/lib/check/report.ts';
import { CONTENT, partFile } from '@/lib/content/layout.ts';
import { publicationPath } from '../support/article.ts';
import { makeFixture, type Fixture } from '../support/fixture.ts';

let fixture: Fixture | undefined;
afterEach(() => fixture?.remove());

/** Every file under the fixture's `content/`, with its text, to prove a failed build rewrote nothing. */
function contentOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(join(dir, CONTENT.root));
  return files;
}

/**
 * Builds the broken fixture; expects the build to fail with exactly `messages`, one per mistake, printed once, without
 * Astro's hook wrapper or a stack trace, and the content left as it was.
 */
function expectProblems(broken: Fixture, messages: string[]) {
  const before = contentOf(broken.dir);
  const { status, output } = broken.build();
  expect(status).not.toBe(0);
  expect(output).toContain(`${reportHeading(messages.length)}\n${messages.join('\n')}\n  提示：`);
  expect(output.split(reportHeading(messages.length))).toHaveLength(2);
  expect(output).not.toMatch(/An unhandled error occurred|AstroUserError|\n\s+at /);
  expect(contentOf(broken.dir)).toEqual(before);
}

// Each build below carries several independent mistakes, in different files, and must print one message for each.
describe('each editing mistake stops the build with one message naming file, line or field, expected and found', () => {
  it('frontmatter and metadata: a required field missing, a field of the wrong type, a field not in its form', () => {
    fixture = makeFixture();
    fixture.edit(partFile('vanguard'), (text) => text.replace(/^title:.*\n/m, ''));
    fixture.edit(partFile('organizing'), (text) => text.replace('order: 1', 'order: two'));
    fixture.edit(publicationPath(), (text) => text.replace('issue: 2022年第6期', 'issue: 第六期'));
    expectProblems(fixture, [
      'content/article/organizing.mdx:3: field “order”: expected a number, found “two”',
      'content/article/vanguard.mdx:2: field “title”: expected text, found nothing (the field is missing)',
      'content/meta/publication.yaml:7: field “issue”: expected the form 2022年第6期, found “第六期”',
    ]);
  });

  it('parts: an unknown section id, two sections with the same order', () => {
    fixture = makeFixture();
    fixture.edit(partFile('contributions'), (text) => text.replace('order: 3', 'order: 1'));
    writeFileSync(join(fixture.dir, partFile('appendix')), '---\nkind: section\norder: 4\ntitle: 附录\n---\n\n正文。\n');
    expectProblems(fixture, [
      'content/article/appendix.mdx: unknown section id “appendix”; expected one of lede, organizing, vanguard, contributions',
      'content/article/organizing.mdx:3: order 1 is already used by content/article/contributions.mdx; expected each part to have its own order',
    ]);
  });

  it('malformed MDX: an unclosed tag, a stray brace', () => {
    fixture = makeFixture();
    fixture.edit(partFile('organizing'), (text) => text.replace('各级党组织坚持党建引领', '各级党组织<strong>坚持党建引领'));
    fixture.edit(partFile('contributions'), (text) => text.replace('健身房被改为', '健身房{被改为'));
    expectProblems(fixture, [
      'content/article/contributions.mdx:7:4: MDX 把“{”当作一段代码的开头，一直找到文件末尾也没有对应的“}”。若是误输入，删掉它；要在正文里显示“{”，请写成“\\{”。\n' +
        '    MDX reads “{” as the start of code: expected a closing “}”, found none before the end of the file. Delete it if it was typed by mistake, or write “\\{” to show a brace.\n' +
        '    7 | 健身房{被改为社区防疫临时工作站,律师成为社区抗疫志愿者,快递小哥化身疫情防控宣传员……\n' +
        `${' '.repeat(14)}^`,
      'content/article/organizing.mdx:13:14: 标签 <strong> 没有结束：本段结束前找不到“</strong>”。正文里没有标签：若是误输入，删掉它；要显示“<”，请写成“\\<”。\n' +
        '    the tag <strong> is never closed: expected “</strong>” before the end of the paragraph, found none. The article’s text has no tags: delete it, or write “\\<” to show a “<”.\n' +
        '    13 | ...疫情防控一线,各级党组织<strong>坚持党建引领,完善疫情防控工作机制,开展“亮身份、当先锋...\n' +
        `${' '.repeat(35)}^`,
    ]);
  });

  it('figures: one changed in the text, one added to it, one missing from the ledger, one in the ledger but not the text', () => {
    fixture = makeFixture();
    fixture.edit(partFile('vanguard'), (text) => text.replace('637名', '638名'));
    fixture.edit(partFile('organizing'), (text) => text.replace('为不断提升各级', '为不断提升2级'));
    fixture.edit(CONTENT.figures, (text) => text.replace(/- id: nucleic-acid-48h[\s\S]*?(?=- id:)/, ''));
    fixture.edit(
      CONTENT.figures,
      (text) =>
        `${text}- id: volunteers-120\n  section: contributions\n  paragraph: contributions-2\n  phrase: 120名志愿者\n  numbers: [120]\n  value: 120\n  unit: 名\n  kind: people\n  label: 志愿者\n`,
    );
    expectProblems(fixture, [
      'content/article/organizing.mdx:9:6: paragraph organizing-2 differs from content/reference/article.txt at character 6 (after “为不断提升”): ' +
        'expected “各” (U+5404) but found “2” (U+0032); the number 2 is not in the reference',
      'content/article/vanguard.mdx:13:79: paragraph vanguard-4 differs from content/reference/article.txt at character 79 (after “级机关遴选的63”): ' +
        'expected “7” (U+0037) but found “8” (U+0038); the figure reads 638 where the reference has 637',
      'content/figures.yaml:109: entry “volunteers-120”, field “phrase”: expected “120名志愿者” in paragraph contributions-2 (content/article/contributions.mdx:9), found no such text there',
      'content/article/lede.mdx:8:20: paragraph lede-2 has the number 48 (in “码测温,出示48小时内核”), which content/figures.yaml does not list: ' +
        'expected an entry with paragraph: lede-2 whose phrase holds it, found none',
    ]);
  });

  it('paragraphs: one that differs from the reference, one added, one removed, one split', () => {
    fixture = makeFixture();
    fixture.edit(partFile('lede'), (text) => text.replace('坚决贯彻落实', '坚决落实'));
    fixture.edit(partFile('organizing'), (text) => text.replace('\n\n为不断提升', '\n\n这是新加的一段。\n\n为不断提升'));
    fixture.edit(partFile('vanguard'), (text) => text.replace(/\n\n“大疫共治[^\n]*/, ''));
    fixture.edit(partFile('contributions'), (text) => text.replace('律师成为', '\n\n律师成为'));
    expectProblems(fixture, [
      'content/article/contributions.mdx:7: paragraph contributions-1 is split into 2 (lines 7, 9): expected one paragraph, as the reference text has it, ' +
        'found a blank line after “……社区防疫临时工作站,”; every later paragraph id would shift by 1',
      'content/article/lede.mdx:6:24: paragraph lede-1 differs from content/reference/article.txt at character 24 (after “区委、区政府坚决”): ' +
        'expected “贯” (U+8D2F) but found “落” (U+843D)',
      'content/article/organizing.mdx:9: 多了一段：第 2 段“这是新加的一段。”不在参考文本里，这里原是 organizing-2（“为不断提升各级党组织的凝……”）。请删掉这一段；留着它，后面每一段的编号都会后移一位。\n' +
        '    paragraph “这是新加的一段。” is not in the reference text: expected organizing-2 here (“为不断提升各级党组织的凝……”), ' +
        'found a new paragraph; every later paragraph id would shift by one',
      'content/article/vanguard.mdx:11: 少了一段：参考文本的第 3 段 vanguard-3（““大疫共治齐担当,为民奉……”）不见了，应在这一段之前。请照参考文本补回；缺了它，后面每一段的编号都会前移一位。\n' +
        '    paragraph vanguard-3 of the reference text (““大疫共治齐担当,为民奉……”) is missing: expected it before this line, ' +
        'found vanguard-4 (“本轮疫情发生后,通州区委……”); every later paragraph id would shift back by one',
    ]);
  });

  it('entries pointing at a paragraph or phrase that no longer exists: figures, errata, glossary, timeline, who-and-where', () => {
    fixture = makeFixture();
    fixture.edit(CONTENT.figures, (text) =>
      text
        .replace('paragraph: vanguard-4\n  phrase: 637名干部', 'paragraph: vanguard-9\n  phrase: 637名干部')
        .replace('phrase: 3717名市、区两级下沉干部', 'phrase: 3717名市区两级下沉干部'),
    );
    fixture.edit(CONTENT.errata, (text) => text.replace('paragraph: vanguard-5', 'paragraph: vanguard-6'));
    fixture.edit(CONTENT.glossary, (text) => text.replace(/(id: guankongqu[\s\S]*?paragraph: )organizing-1/, '$1organizing-3'));
    fixture.edit(CONTENT.timeline, (text) => text.replace('phrase: 5月3日,在中仓街道管控区内', 'phrase: 5月3日,在中仓街道封控区内'));
    fixture.edit(CONTENT.entities, (text) => text.replace('paragraphs: [vanguard-3]', 'paragraphs: [vanguard-9]'));
    expectProblems(fixture, [
      'content/figures.yaml:36: entry “city-cadres-637”, field “paragraph”: expected vanguard-1 to vanguard-6, found “vanguard-9”, which does not exist; ' +
        '“637名干部” stands in vanguard-4',
      'content/figures.yaml:45: entry “sunk-cadres-3717”, field “phrase”: expected “3717名市区两级下沉干部” in paragraph vanguard-4 (content/article/vanguard.mdx:13), ' +
        'found no such text there',
      'content/errata.yaml:12: entry “vanguard-5-quanzhen”, field “printed”: expected “全鎮” in paragraph vanguard-6 (content/article/vanguard.mdx:17), ' +
        'found no such text there; “全鎮” stands in vanguard-5',
      'content/glossary.yaml:37: entry “guankongqu”, field “term”: expected “管控区” in paragraph organizing-3 (content/article/organizing.mdx:11), ' +
        'found no such text there; “管控区” stands in organizing-1',
      'content/timeline.yaml:13: entry “lianhuasi-branch-founded”, field “phrase”: expected “5月3日,在中仓街道封控区内” in paragraph organizing-1 ' +
        '(content/article/organizing.mdx:7), found no such text there',
      'content/entities.yaml:13: entry “yu-qijian”, field “paragraphs”: expected vanguard-1 to vanguard-6, found “vanguard-9”, which does not exist; ' +
        '“于其舰” stands in vanguard-3',
    ]);
  });
});

describe('broken companion data fails the build', () => {
  it('names the glossary file and the field of a bad entry', () => {
    fixture = makeFixture();
    fixture.edit(CONTENT.glossary, (text) => text.replace('- id: kakou', '- id: Ka Kou'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain(CONTENT.glossary);
    expect(output).toContain('expected a lowercase ASCII slug');
  });

  it('names the index entry that points at a paragraph the article does not have', () => {
    fixture = makeFixture();
    fixture.edit(CONTENT.entities, (text) => text.replace('paragraphs: [vanguard-3]', 'paragraphs: [vanguard-9]'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    // The content check stops the build before Astro reads the data, with the line, entry, field and where the name stands.
    expect(output).toMatch(
      /content\/entities\.yaml:\d+: entry “yu-qijian”, field “paragraphs”: expected vanguard-1 to vanguard-6, found “vanguard-9”, which does not exist; “于其舰” stands in vanguard-3/,
    );
  });
});

describe('a broken English translation fails the build', () => {
  it('names the English file when a paragraph is missing, so the parallel rows cannot go out of step', () => {
    fixture = makeFixture();
    fixture.edit(partFile('vanguard', 'en'), (text) => text.replace(/\n\nLed by the Party members,[^\n]*\n/, '\n'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/en\/article\/vanguard\.mdx:\d+: 英文少了一段：中文第 6 段 vanguard-6（“/);
    expect(output).toContain('the English lacks a paragraph: Chinese paragraph 6, vanguard-6');
  });

  it('names the file and the field of an English heading written with Chinese characters', () => {
    fixture = makeFixture();
    fixture.edit(partFile('organizing', 'en'), (text) => text.replace('short: Organisations', 'short: 建组织'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain(partFile('organizing', 'en'));
    expect(output).toMatch(/short\W.*expected English only/);
  });

  it('names the line of an English glossary entry whose words no longer stand where the Chinese term first does', () => {
    fixture = makeFixture();
    fixture.edit(CONTENT.en.glossary, (text) => text.replace('forms: [checkpoint, checkpoints]', 'forms: [gatehouse]'));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/en/glossary.yaml:71: entry “kakou”, field “forms”: expected “gatehouse” in paragraph lede-2');
  });

  it('names an English chart label too long for the chart', () => {
    fixture = makeFixture();
    fixture.edit(CONTENT.en.figures, (text) =>
      text.replace(/label: Cadres chosen by city organs/, 'label: Cadres chosen by the organs of the city'),
    );
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/en\/figures\.yaml:\d+: entry “city-cadres-637”, field “label”: expected at most 28 characters/);
  });
});
