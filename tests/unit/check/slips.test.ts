import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '@/integrations/content-check.ts';
import { checkContent, sourceFile, type ContentFiles } from '@/lib/check/content-check.ts';
import { edited, withEdit, withFile } from '../../support/content-files.ts';
import { childOutput } from '../../support/child.ts';

/** The check's messages for the project's content with one change. */
const problems = (files: ContentFiles) => checkContent(files).problems;

/** A file's bytes as Chinese Windows' old default (GB18030, a superset of GBK) would save it, by glibc's iconv. */
const gbk = (path: string) => childOutput('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: readFileSync(path) });

/** The content with one part replaced by the file `bytes` decode to. */
const withPartBytes = (path: string, bytes: Uint8Array) => withFile(readContent('.'), 'parts', sourceFile(path, bytes));

// The slips an editor at the periodical makes in a text editor: each gives one message, in Chinese with the English
// beside it, at the file, line and column of the slip itself, saying what it is and how to put it right.
describe('the commonest slips, each named in Chinese and English at its own place', () => {
  it('a tab in YAML: 制表符, with the line shown', () => {
    expect(problems(edited('content/glossary.yaml', (t) => t.replace('\n  term: ', '\n\tterm: ')))).toEqual([
      'content/glossary.yaml:8:1: 这一行用制表符（Tab）缩进，YAML 只认空格。请把 Tab 换成空格，与同一层的其他行对齐（通常是 2 个空格）。\n' +
        '    This line is indented with a tab, which YAML does not allow: replace the tab with spaces, lined up with the other lines at its level (usually 2).\n' +
        '    8 | →term: 新冠肺炎\n' +
        '        ^',
    ]);
  });

  it('three spaces of indentation: 缩进, at the line itself (not the one before), with the line shown', () => {
    expect(problems(edited('content/glossary.yaml', (t) => t.replace('\n  term: ', '\n   term: ')))).toEqual([
      'content/glossary.yaml:8:1: 缩进不对：这一行缩进了 3 个空格，同一层的其他行是 2 个。YAML 靠缩进分辨层次，请改成 2 个空格。\n' +
        '    Wrong indentation: this line is indented 3 spaces where the lines at its level have 2. YAML reads the structure from the indentation: indent it 2 spaces.\n' +
        '    8 |    term: 新冠肺炎\n' +
        '        ^',
    ]);
    // One space too few, in a nested list of the publication metadata.
    expect(problems(edited('content/meta/publication.yaml', (t) => t.replace('      given: Jingjing', '     given: Jingjing')))).toEqual([
      expect.stringMatching(/^content\/meta\/publication\.yaml:28:1: 缩进不对：这一行缩进了 5 个空格，同一层的其他行是 6 个。/),
    ]);
  });

  it('a file saved as GBK/GB18030: one message naming the encoding and how to save as UTF-8, the text read as the editor wrote it', () => {
    const errata = sourceFile('content/errata.yaml', gbk('content/errata.yaml'));
    expect(errata.encoding).toBe('gb18030');
    expect(problems(withFile(readContent('.'), 'errata', errata))).toEqual([
      'content/errata.yaml:14:1: 这个文件不是 UTF-8 编码，看起来是 GBK/GB18030（中文 Windows 的旧默认编码），第 14 行起就不是 UTF-8 了。' +
        '本项目的文件一律用 UTF-8：请用 GB18030 打开，再另存为“UTF-8”（VS Code：点右下角状态栏的编码名 →“通过编码保存”→“UTF-8”；记事本：“另存为”→“编码”选“UTF-8”）。下面按 GB18030 读出这一行：\n' +
        '    This file is not in UTF-8: it reads as GBK/GB18030 (the old default of Chinese Windows), from line 14 on. Every file here is UTF-8: ' +
        'open it as GB18030 and save it again as “UTF-8” (VS Code: click the encoding in the status bar → “Save with Encoding” → “UTF-8”; Notepad: “Save As” → Encoding “UTF-8”). The line, read as GB18030:\n' +
        '    14 |   printed: 全鎮\n' +
        '         ^',
    ]);
    // An MDX part in GBK: one message, not one per garbled paragraph.
    const part = problems(withPartBytes('content/article/vanguard.mdx', gbk('content/article/vanguard.mdx')));
    expect(part).toEqual([expect.stringMatching(/^content\/article\/vanguard\.mdx:4:1: 这个文件不是 UTF-8 编码，看起来是 GBK\/GB18030/)]);
    expect(part[0]).toContain('    4 | title: "当先锋、作表率,筑牢疫情防控的坚强堡垒"');
  });

  it('a byte order mark: one message, not “no frontmatter”', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync('content/article/vanguard.mdx')]);
    expect(problems(withPartBytes('content/article/vanguard.mdx', bytes))).toEqual([
      'content/article/vanguard.mdx:1:1: 文件开头有一个看不见的 BOM（字节顺序标记 U+FEFF）。它会让 MDX 和 YAML 认不出文件的开头（例如开头的“---”）。' +
        '请把文件另存为不带 BOM 的“UTF-8”（VS Code：点右下角状态栏的编码名 →“通过编码保存”→“UTF-8”；记事本：“另存为”→“编码”选“UTF-8”，不要选“UTF-8 with BOM”）。\n' +
        '    The file starts with an invisible BOM (byte order mark, U+FEFF), which keeps MDX and YAML from reading its start (such as the opening “---”). ' +
        'Save it again as “UTF-8” without BOM (VS Code: click the encoding in the status bar → “Save with Encoding” → “UTF-8”; Notepad: “Save As” → Encoding “UTF-8”, not “UTF-8 with BOM”).',
    ]);
  });

  it('a bare “<” before Chinese text: the column of the “<” itself, and how to write it', () => {
    expect(problems(edited('content/article/vanguard.mdx', (t) => t.replace('市级机关遴选', '市级机关<遴选')))).toEqual([
      'content/article/vanguard.mdx:13:74: MDX 把“<”当作标签（如 <b>）的开头，这里却不是标签。若是误输入，删掉它；要在正文里显示“<”，请写成“\\<”。\n' +
        '    MDX reads “<” as the start of a tag (such as <b>), and no tag follows. Delete it if it was typed by mistake, or write “\\<” to show a “<”.\n' +
        '    13 | ...部集中下沉工作。市级机关<遴选的637名干部直接下沉支援通州区社区防控工作,3717名市、区两级...\n' +
        `${' '.repeat(36)}^`,
    ]);
  });

  it('a bare “{” in the translation, even one MDX can read as code: the column of the brace, and how to write it', () => {
    expect(problems(edited('content/en/article/lede.mdx', (t) => t.replace('hours', 'hours {a}')))).toEqual([
      'content/en/article/lede.mdx:8:161: MDX 把“{”当作一段代码的开头，正文里却没有代码。若是误输入，删掉它；要在正文里显示“{”，请写成“\\{”。\n' +
        '    MDX reads “{” as the start of code, and the text has none: delete it if it was typed by mistake, or write “\\{” to show a brace.\n' +
        '    8 | ...in 48 hours {a}; people from outside, please reg...\n' +
        `${' '.repeat(23)}^`,
    ]);
  });

  it('full-width digits in figures.yaml: named once, and read as the digits they stand for, so nothing else trips over them', () => {
    expect(problems(edited('content/figures.yaml', (t) => t.replace('phrase: 637名干部', 'phrase: ６３７名干部')))).toEqual([
      'content/figures.yaml:39:11: “６３７”是全角数字，程序不把它当作数字。请改成半角数字“637”（关掉输入法的全角模式再输入）。\n' +
        '    “６３７” is written in full-width digits, which are not read as a number: write it in ASCII digits, “637” (switch the input method out of full-width mode).\n' +
        '    39 |   phrase: ６３７名干部\n' +
        '                   ^',
    ]);
  });

  it('a paragraph missing from the English: which one, by number and first words, and where it belongs', () => {
    expect(problems(edited('content/en/article/vanguard.mdx', (t) => t.replace(/\n\nLed by the Party members,[^\n]*\n/, '\n')))).toEqual([
      'content/en/article/vanguard.mdx:17: 英文少了一段：中文第 6 段 vanguard-6（“在党员的带动下,越来越多……”，content/article/vanguard.mdx）没有英文，' +
        '应在英文第 5 段（““The Party Committee and……”）之后。每段中文都要有一段英文，段与段之间空一行；要是两段英文连在了一起，在中间加一个空行。\n' +
        '    the English lacks a paragraph: Chinese paragraph 6, vanguard-6 (“在党员的带动下,越来越多……”, content/article/vanguard.mdx), has no English; ' +
        'it belongs after English paragraph 5 (““The Party Committee and……”). Each Chinese paragraph needs one English paragraph, with a blank line between paragraphs; ' +
        'if two English paragraphs have run together, put a blank line between them.',
    ]);
    // A paragraph from the middle: found by the figures, names and words the two languages share.
    const second = problems(
      edited('content/en/article/organizing.mdx', (t) =>
        t
          .split('\n\n')
          .filter((_, i) => i !== 2)
          .join('\n\n'),
      ),
    );
    expect(second).toEqual([
      expect.stringMatching(/^content\/en\/article\/organizing\.mdx:\d+: 英文少了一段：中文第 2 段 organizing-2（“为不断提升/),
    ]);
  });

  it('a paragraph too many in the English: which one, by number and first words', () => {
    const doubled = edited('content/en/article/organizing.mdx', (t) => {
      const blocks = t.split('\n\n');
      blocks.splice(3, 0, blocks[3]!);
      return blocks.join('\n\n');
    });
    expect(problems(doubled)).toEqual([
      'content/en/article/organizing.mdx:14: 英文多了一段：英文第 4 段（““Please, everyone, queue……”）在中文里没有对应的段落（content/article/organizing.mdx 共 5 段）。' +
        '删掉它，或把它并回所属的段落（删去中间的空行）。\n' +
        '    the English has a paragraph too many: English paragraph 4 (““Please, everyone, queue……”) has no Chinese twin (content/article/organizing.mdx has 5 paragraphs). ' +
        'Delete it, or join it to the paragraph it belongs to (take out the blank line between them).',
    ]);
  });

  it('the first paragraph missing from the English: the Chinese one named, and that it belongs at the start', () => {
    const files = edited('content/en/article/lede.mdx', (t) =>
      t
        .split('\n\n')
        .filter((_, i) => i !== 1)
        .join('\n\n'),
    );
    expect(problems(files)).toEqual([
      'content/en/article/lede.mdx:6: 英文少了一段：中文第 1 段 lede-1（“在新冠肺炎疫情防控工作中……”，content/article/lede.mdx）没有英文，应在正文开头。' +
        '每段中文都要有一段英文，段与段之间空一行；要是两段英文连在了一起，在中间加一个空行。\n' +
        '    the English lacks a paragraph: Chinese paragraph 1, lede-1 (“在新冠肺炎疫情防控工作中……”, content/article/lede.mdx), has no English; ' +
        'it belongs at the start. Each Chinese paragraph needs one English paragraph, with a blank line between paragraphs; ' +
        'if two English paragraphs have run together, put a blank line between them.',
    ]);
  });
});

describe('one pass: every independent mistake at once, Chinese and English together', () => {
  it('names a Chinese text slip, an English glossary slip, a tab in an English file and a ledger slip in the same run', () => {
    let files = edited('content/article/vanguard.mdx', (t) => t.replace('637名', '638名'));
    files = withEdit(files, 'content/en/glossary.yaml', (t) => t.replace('forms: [checkpoint, checkpoints]', 'forms: [gatehouse]'));
    files = withEdit(files, 'content/en/timeline.yaml', (t) => t.replace('\n  title: ', '\n\ttitle: '));
    files = withEdit(files, 'content/figures.yaml', (t) => t.replace('phrase: 48小时内核酸检测阴性证明', 'phrase: 48小时内核酸检测证明'));
    const found = problems(files);
    expect(found.map((problem) => /^[^:]+:\d+/.exec(problem)?.[0])).toEqual([
      'content/en/timeline.yaml:13',
      'content/article/vanguard.mdx:13',
      'content/figures.yaml:5',
      'content/en/glossary.yaml:71',
    ]);
    // The English twin of the part whose Chinese is broken waits; the other parts' English is checked all the same.
    expect(found.join('\n')).not.toContain('content/en/article/vanguard.mdx');
  });
});
