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
});
