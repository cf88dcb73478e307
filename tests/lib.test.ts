import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPaths } from '@/integrations/postbuild/html-files.ts';
import { chineseDate, chineseOrdinal, isoDate, shortTitle } from '@/lib/text/format.ts';
import { arabicNumbers, sortedNumbers } from '@/lib/text/numbers.ts';
import { paragraphId, splitParagraphs, stripFrontmatter } from '@/lib/text/paragraphs.ts';
import { checkParts } from '@/lib/check/parts.ts';
import { firstDifference, parseReference } from '@/lib/check/reference.ts';
import { pageUrl, paragraphUrl } from '@/i18n/urls.ts';

describe('paragraphs', () => {
  it('numbers paragraphs from 1 within their part', () => {
    expect(paragraphId('vanguard', 4)).toBe('vanguard-4');
  });

  it('splits a body at blank lines and keeps each paragraph as written', () => {
    expect(splitParagraphs('\n甲,乙。\n\n丙\n  \n丁\r\n\r\n戊\n')).toEqual(['甲,乙。', '丙', '丁', '戊']);
  });

  it('strips only a leading frontmatter block', () => {
    expect(stripFrontmatter('---\nkind: lede\norder: 0\n---\n\n正文---')).toBe('\n正文---');
    expect(stripFrontmatter('正文')).toBe('正文');
  });
});

describe('parseReference', () => {
  const text = [
    '标题',
    '日期作者',
    '刊名\n关键词',
    '作者',
    '导语一',
    '导语二',
    '第一节',
    '甲',
    '乙',
    '第二节',
    '丙',
    '(责任编辑:某)',
    '',
  ].join('\n\n');

  it('cuts header, lede, sections and trailer', () => {
    expect(parseReference(text, ['第一节', '第二节'])).toEqual({
      header: ['标题', '日期作者', '刊名\n关键词', '作者'],
      lede: ['导语一', '导语二'],
      sections: [
        { heading: '第一节', paragraphs: ['甲', '乙'] },
        { heading: '第二节', paragraphs: ['丙'] },
      ],
      trailer: ['(责任编辑:某)'],
    });
  });

  it('names a heading the text does not have', () => {
    expect(() => parseReference(text, ['第一节', '第三节'])).toThrow('reference text has no heading “第三节”');
  });
});

describe('firstDifference', () => {
  it('is null for equal texts', () => {
    expect(firstDifference('一二三', '一二三')).toBeNull();
  });

  it('gives the position and both characters of the first difference', () => {
    expect(firstDifference('637名干部', '638名干部')).toBe('at character 3 (after “63”): expected “7” (U+0037) but found “8” (U+0038)');
    expect(firstDifference('甲乙', '甲')).toBe('at character 2 (after “甲”): expected “乙” (U+4E59) but found end of text');
  });
});

describe('arabicNumbers', () => {
  it('reads every numeral in order', () => {
    expect(arabicNumbers('5月3日,637名干部,3717名,2100余个')).toEqual([5, 3, 637, 3717, 2100]);
    expect(arabicNumbers('3,717名')).toEqual([3717]);
    expect(arabicNumbers('没有数字')).toEqual([]);
  });

  it('sorts a copy', () => {
    const values = [3, 1, 2];
    expect(sortedNumbers(values)).toEqual([1, 2, 3]);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('checkParts', () => {
  const ids = ['lede', 'organizing'];
  const ok = [
    { id: 'lede', order: 0, filePath: 'content/article/lede.mdx' },
    { id: 'organizing', order: 1, filePath: 'content/article/organizing.mdx' },
  ];

  it('accepts known ids with distinct orders', () => {
    expect(() => checkParts(ok, ids)).not.toThrow();
  });

  it('names an unknown id, a missing part and a clashing order', () => {
    expect(() => checkParts([...ok, { id: 'extra', order: 2, filePath: 'content/article/extra.mdx' }], ids)).toThrow(
      'content/article/extra.mdx: unknown section id “extra”; expected one of lede, organizing',
    );
    expect(() => checkParts([ok[0]!], ids)).toThrow('content/article/organizing.mdx: missing');
    expect(() => checkParts([ok[0]!, { ...ok[1]!, order: 0 }], ids)).toThrow(
      'content/article/organizing.mdx: order 0 is already used by content/article/lede.mdx',
    );
  });
});

describe('format', () => {
  const date = new Date('2022-06-18');
  it('writes dates in Chinese and ISO form', () => {
    expect(chineseDate(date)).toBe('2022年6月18日');
    expect(isoDate(date)).toBe('2022-06-18');
  });

  it('shortens a heading to its first clause', () => {
    expect(shortTitle('建组织、强堡垒，扛起疫情防控硬责任')).toBe('建组织、强堡垒');
    expect(shortTitle('建组织、强堡垒,扛起疫情防控硬责任')).toBe('建组织、强堡垒');
    expect(shortTitle('无逗号')).toBe('无逗号');
  });

  it('writes small ordinals in Chinese numerals', () => {
    expect([1, 2, 3, 10].map(chineseOrdinal)).toEqual(['一', '二', '三', '十']);
    expect(chineseOrdinal(12)).toBe('12');
  });
});

describe('urls', () => {
  it('builds page and paragraph URLs', () => {
    expect(pageUrl('')).toBe('/');
    expect(pageUrl('vanguard')).toBe('/vanguard/');
    expect(paragraphUrl('vanguard-4')).toBe('/vanguard/#vanguard-4');
    expect(paragraphUrl('lede-2')).toBe('/#lede-2');
  });
});

describe('htmlPaths', () => {
  it('lists every HTML file at any depth, relative, sorted, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-paths-'));
    try {
      for (const folder of ['en/vanguard', 'vanguard', '_astro']) mkdirSync(join(dir, folder), { recursive: true });
      for (const file of ['index.html', '404.html', 'vanguard/index.html', 'en/vanguard/index.html', '_astro/a.css', 'robots.txt'])
        writeFileSync(join(dir, file), '');
      expect(htmlPaths(dir)).toEqual(['404.html', 'en/vanguard/index.html', 'index.html', 'vanguard/index.html']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
