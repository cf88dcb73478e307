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
});
