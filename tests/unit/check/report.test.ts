import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport, GUIDE, reportHeading, reportHint } from '@/lib/check/report.ts';

describe('the report of the content’s problems', () => {
  it('counts the problems in both languages, lists them, and ends with the hint', () => {
    expect(reportHeading(1)).toBe('内容有 1 处问题 / 1 problem in the content:');
    const report = formatReport(['content/glossary.yaml:8:1: a', 'content/en/figures.yaml:3: b']);
    expect(report.split('\n').slice(0, 3)).toEqual([
      '内容有 2 处问题 / 2 problems in the content:',
      'content/glossary.yaml:8:1: a',
      'content/en/figures.yaml:3: b',
    ]);
    expect(report).toContain('  提示：');
  });

  it('points at the recipes for the files the problems name, not at the errata for every mistake', () => {
    const glossary = reportHint(['content/glossary.yaml:8:1: a']);
    expect(glossary).toContain('“添加名词解释”');
    expect(glossary).not.toContain('errata');
    expect(reportHint(['content/article/lede.mdx:6:24: paragraph lede-1 differs from content/reference/article.txt'])).toContain(
      'content/errata.yaml',
    );
    expect(reportHint(['content/article/lede.mdx:1:1: 这个文件不是 UTF-8 编码'])).not.toContain('errata');
    expect(reportHint(['content/en/article/lede.mdx:8: a'])).toContain('“英文译文”');
  });

  it('names only recipes the guides have, in both languages', () => {
    const zh = readFileSync(GUIDE.zh, 'utf8');
    const en = readFileSync(GUIDE.en, 'utf8');
    const hint = reportHint([
      'content/article/a.mdx:1: x',
      'content/figures.yaml:1: x',
      'content/glossary.yaml:1: x',
      'content/entities.yaml:1: x',
      'content/editors-note.mdx:1: x',
      'content/en/x.yaml:1: x',
    ]);
    const recipes = (pattern: RegExp) => Array.from(hint.matchAll(pattern), (m) => m[1] ?? '');
    const chinese = recipes(/“([^”]*)”/g).filter((name) => /\p{Script=Han}/u.test(name) && !name.includes('“'));
    expect(chinese.length).toBeGreaterThan(5);
    for (const name of chinese) expect(zh, name).toMatch(new RegExp(`^##+ ${name}$`, 'm'));
    for (const name of recipes(/guide, “([^”]*)”/g)) expect(en, name).toMatch(new RegExp(`^##+ ${name.replace('’', "'")}$`, 'm'));
    expect(zh).toMatch(/^## 读懂错误信息$/m);
    expect(en).toMatch(/^## Reading an error$/m);
  });

  it('gives only the guide’s section on reading errors when the problems name no file with a recipe', () => {
    expect(reportHint(['content/article/lede.mdx:1:1: 这个文件不是 UTF-8 编码'])).toBe(
      '  提示：每条信息先写位置（文件:行:列），再写哪里不对、怎么改；docs/EDITING.md（编辑指南）“读懂错误信息”一节逐条举例。\n' +
        '  Hint: each message gives the place (file:line:column), then what is wrong and what to do; docs/EDITING.en.md, ' +
        '“Reading an error”, shows each kind.',
    );
  });

  it('writes each recipe out in Chinese and English, in the guide’s order', () => {
    const hint = reportHint([
      'content/en/x.yaml:1: x',
      'content/editors-note.mdx:1: x',
      'content/entities.yaml:1: x',
      'content/glossary.yaml:1: x',
      'content/figures.yaml:1: x',
      'content/errata.yaml:1: x',
    ]);
    expect(hint.split('\n').slice(2)).toEqual([
      '  · 正文照原刊一字不改；原刊印错的，在 content/errata.yaml 里记一条勘误（编辑指南“更正错字”“更正印错的数字”） / ' +
        'the text stays as printed: a misprint is corrected in content/errata.yaml ' +
        '(guide: “Correct a misprint”, “Correct a printed figure”)',
      '  · 数字台账见编辑指南“更正印错的数字” / the figures ledger: guide, “Correct a printed figure”',
      '  · 名词解释见编辑指南“添加名词解释” / the glossary: guide, “Add a glossary term”',
      '  · 人物与地点索引见编辑指南“修改索引里的名字” / the index: guide, “Fix a name in the index”',
      '  · 编者按见编辑指南“添加编者按” / the editor’s note: guide, “Add an editor’s note”',
      '  · 英文译文见编辑指南“英文译文” / the translation: guide, “The English translation”',
    ]);
  });

  it('points at a recipe for a file named on an indented later line of a problem', () => {
    const hint = reportHint(['content/article/lede.mdx:3:1: 工会 is explained twice\n    content/glossary.yaml:8:1']);
    expect(hint).toContain('“Add a glossary term”');
  });

  it('does not take a file whose name merely begins with a recipe’s file for that file', () => {
    expect(reportHint(['content/glossary.yaml.bak:1:1: 不认识的文件'])).not.toContain('“Add a glossary term”');
  });
});
