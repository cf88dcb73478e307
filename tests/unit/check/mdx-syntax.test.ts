import { describe, expect, it } from 'vitest';
import { mdxSyntaxProblem } from '@/lib/check/mdx-syntax.ts';
import { partSources } from '../../support/article.ts';

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

  it('skips escaped braces and braces already closed when finding the one left open', () => {
    expect(mdxSyntaxProblem('a.mdx', '甲\\{乙{丙\n')).toMatch(/^a\.mdx:1:5: MDX 把“\{”当作一段代码的开头，一直找到文件末尾/);
    expect(mdxSyntaxProblem('a.mdx', '甲{a}乙{b\n')).toMatch(/^a\.mdx:1:6: MDX 把“\{”当作一段代码的开头，一直找到文件末尾/);
  });

  it('points at the brace of code that does not read, not at a brace closed inside it', () => {
    expect(mdxSyntaxProblem('a.mdx', 'a {({}) +}\n')).toMatch(/^a\.mdx:1:3: MDX 把“\{”当作一段代码的开头，正文里却没有代码。/);
    expect(mdxSyntaxProblem('a.mdx', '甲{"}" +}\n')).toMatch(/^a\.mdx:1:2: MDX 把“\{”当作一段代码的开头，正文里却没有代码。/);
    expect(mdxSyntaxProblem('a.mdx', '> {a\nb}\n')).toMatch(/^a\.mdx:1:3: MDX 把“\{”当作一段代码的开头，正文里却没有代码。/);
  });

  it('points at the < that starts what is not a tag', () => {
    expect(mdxSyntaxProblem('a.mdx', 'a <\n')).toMatch(/^a\.mdx:1:3: MDX 把“<”当作标签（如 <b>）的开头，这里却不是标签。/);
    expect(mdxSyntaxProblem('a.mdx', 'a <1<\n')).toMatch(/^a\.mdx:1:3: MDX 把“<”当作标签/);
    expect(mdxSyntaxProblem('a.mdx', 'a<1\n')).toMatch(/^a\.mdx:1:2: MDX 把“<”当作标签/);
  });

  it('finds import/export, code on a line of its own, and a tag on a line of its own', () => {
    expect(mdxSyntaxProblem('a.mdx', 'import x from "y"\n')).toMatch(/^a\.mdx:1:1: MDX 把行首的 import \/ export 当作代码。/);
    expect(mdxSyntaxProblem('a.mdx', '---\na: 1\n---\nimport x from "y"\n')).toMatch(/^a\.mdx:4:1: MDX 把行首的 import/);
    expect(mdxSyntaxProblem('a.mdx', '甲\n\n{1}\n')).toMatch(/^a\.mdx:3:1: MDX 把“\{”当作一段代码的开头，正文里却没有代码。/);
    expect(mdxSyntaxProblem('a.mdx', '甲\n\n<br />\n')).toMatch(/^a\.mdx:3:1: 这里有一个标签 <br>。/);
  });

  it('counts a line break written \\r or \\r\\n as one line', () => {
    expect(mdxSyntaxProblem('a.mdx', 'a\rb {c}\n')).toMatch(/^a\.mdx:2:3: /);
    expect(mdxSyntaxProblem('a.mdx', 'a\r\nb {c}\n')).toMatch(/^a\.mdx:2:3: /);
  });

  it('names every tag the text may use, in both languages', () => {
    expect(mdxSyntaxProblem('a.mdx', '甲<i>乙</i>\n', ['Zh', 'b'])).toBe(
      'a.mdx:1:2: 这里有一个标签 <i>。正文里只能用 <Zh>、<b>：删掉它；要显示“<”，请写成“\\<”。\n' +
        '    here is a tag <i>. The text may use only <Zh>, <b>: delete it, or write “\\<” to show a “<”.\n' +
        '    1 | 甲<i>乙</i>\n' +
        '          ^',
    );
  });

  it('takes a fragment <> for a tag with an empty name', () => {
    expect(mdxSyntaxProblem('a.mdx', '<>x</>\n')).toMatch(/^a\.mdx:1:1: 这里有一个标签 <>。/);
    expect(mdxSyntaxProblem('a.mdx', '<>x</>\n', [''])).toBeNull();
  });

  it('gives the line and column of a tag never closed, past line and column 9', () => {
    expect(mdxSyntaxProblem('a.mdx', `${'\n'.repeat(9)}甲乙丙丁戊己庚辛壬<span>癸\n`)).toMatch(/^a\.mdx:10:10: 标签 <span> 没有结束/);
  });

  it('shows the line of a mistake the parser words itself', () => {
    expect(mdxSyntaxProblem('a.mdx', 'a\n\n甲<b>乙</i>丙\n')).toContain('\n    3 | 甲<b>乙</i>丙\n');
  });

  it('says a line of prose that starts with import or export is read as code, at the start of that line', () => {
    expect(mdxSyntaxProblem('a.mdx', 'import duties rose.\n')).toMatch(/^a\.mdx:1:1: MDX 把行首的 import \/ export 当作代码。/);
    expect(mdxSyntaxProblem('a.mdx', '甲\n\nexport of grain rose.\n')).toMatch(/^a\.mdx:3:1: MDX 把行首的 import \/ export 当作代码。/);
    expect(mdxSyntaxProblem('a.mdx', 'import duties.\n\nb\n')).toMatch(/^a\.mdx:1:1: MDX 把行首的 import/);
    expect(mdxSyntaxProblem('a.mdx', 'import x y\n')).toMatch(/^a\.mdx:1:1: MDX 把行首的 import/);
  });

  it('points at the import line the mistake is in, not a later one, nor a word import or export inside the line', () => {
    expect(mdxSyntaxProblem('a.mdx', 'import x\n\nimport y\n')).toMatch(/^a\.mdx:1:1: MDX 把行首的 import/);
    expect(mdxSyntaxProblem('a.mdx', 'import x // export\n')).toMatch(/^a\.mdx:1:1: MDX 把行首的 import/);
  });

  it('points at the import line even when the parser places the mistake past its end', () => {
    expect(mdxSyntaxProblem('a.mdx', 'import x\n')).toMatch(/^a\.mdx:1:1: MDX 把行首的 import/);
    expect(mdxSyntaxProblem('a.mdx', '甲\n\nimport x\n\nb\n')).toMatch(/^a\.mdx:3:1: MDX 把行首的 import/);
  });

  it('names a tag called expression as a tag never closed, not as code', () => {
    expect(mdxSyntaxProblem('a.mdx', 'a <expression>b\n')).toMatch(/^a\.mdx:1:3: 标签 <expression> 没有结束/);
  });
});
