import { describe, expect, it } from 'vitest';
import { mdxSyntaxProblem } from '@/lib/check/mdx-syntax.ts';
import { partSources } from '../../support/article.ts';

describe('mdxSyntaxProblem', () => {
  it('reads every part of the article', () => {
    for (const part of partSources()) expect(mdxSyntaxProblem(part.path, part.source)).toBeNull();
  });

  it('points at the brace that opens an unclosed expression', () => {
    expect(mdxSyntaxProblem('a.mdx', '---\nkind: lede\norder: 0\n---\n\n甲乙{丙丁。\n\n戊。\n')).toBe(
      'a.mdx:6:3 (at “甲乙{丙丁。”): MDX reads “{” as the start of a code expression: expected a closing “}”, found none before the end of the file. ' +
        'The article has no braces: delete it, or write “\\{” to show a brace',
    );
  });

  it('points at a tag that is never closed', () => {
    expect(mdxSyntaxProblem('a.mdx', '甲乙<span>丙丁。\n')).toBe(
      'a.mdx:1:3 (at “甲乙<span>”): the tag <span> is never closed: expected “</span>” before the end of the paragraph, found none. ' +
        'The article’s text has no tags: delete it, or write “\\<” to show a “<”',
    );
  });

  it('passes on the parser’s own words for other mistakes, with the place', () => {
    expect(mdxSyntaxProblem('a.mdx', '甲<b>乙</i>丙\n')).toBe(
      'a.mdx:1:6 (at “甲<b>乙</i>丙”): this is not valid MDX: Unexpected closing tag `</i>`, expected corresponding closing tag for `<b>` (1:2-1:5)',
    );
  });
});
