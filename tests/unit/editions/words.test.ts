import { describe, expect, it } from 'vitest';
import { EDITION_WORDS } from '../../../scripts/editions/words.ts';

describe('EDITION_WORDS', () => {
  it('names the Chinese e-book’s navigation, cover and text in Chinese', () => {
    const words = EDITION_WORDS['zh-CN'];
    expect([words.toc, words.landmarks, words.cover, words.bodymatter]).toEqual(['目录', '导览', '封面', '正文']);
  });

  it('names the English e-book’s navigation, cover and text in English', () => {
    const words = EDITION_WORDS.en;
    expect([words.toc, words.landmarks, words.cover, words.bodymatter]).toEqual(['Contents', 'Landmarks', 'Cover', 'Text']);
  });

  it('describes the cover image by its title, byline and source', () => {
    expect(EDITION_WORDS['zh-CN'].coverAlt('标题', '甲　乙', '《刊》2022年第6期')).toBe('封面：标题，甲　乙，《刊》2022年第6期');
    expect(EDITION_WORDS.en.coverAlt('标题', 'Jia · Yi', 'Translated from Kan, No. 6, 2022')).toBe(
      'Cover: 标题, by Jia · Yi; Translated from Kan, No. 6, 2022',
    );
  });

  it('names the editors of the archive edition as the ones who vouch for its accessibility', () => {
    expect(EDITION_WORDS['zh-CN'].editors).toBe('本存档版编者');
    expect(EDITION_WORDS.en.editors).toBe('The editors of this archive edition');
  });

  it('summarises the accessibility of each edition in its own language, hazards included', () => {
    expect(EDITION_WORDS['zh-CN'].accessibilitySummary).toBe(
      '本书是可重排的文字版，不固定字体和字号。正文与附录各有标题，目录和导览齐全，阅读顺序即原文顺序，每段保留网站上的段落编号。封面图片有文字说明；文中数字以表格列出，不依赖图形。没有已知的闪烁、声音或动态危险。',
    );
    expect(EDITION_WORDS.en.accessibilitySummary).toBe(
      'A reflowable text edition that fixes no font or size. The text and each appendix have headings, a table of contents and landmarks; the reading order is the original’s, and every paragraph keeps its id from the website. The cover image has a text alternative; the figures are given in tables, not only in a chart. No known flashing, sound or motion hazards.',
    );
  });

  it('describes the edition by its title and the source it follows', () => {
    expect(EDITION_WORDS['zh-CN'].description('标题', '《刊》2022年第6期')).toBe(
      '《标题》的存档版电子书，正文依照《刊》2022年第6期原文，附勘误、名词解释、人物与地点、时间线和数字一览。',
    );
    expect(EDITION_WORDS.en.description('Title', 'Kan (刊), No. 6, 2022')).toBe(
      'An archive edition of “Title”, translated from the Chinese of Kan (刊), No. 6, 2022, with the corrections, glossary, people and places, timeline and figures.',
    );
  });

  it('heads the PDF’s last page and labels its citation: GB/T 7714 in Chinese, a plain label in English', () => {
    expect([EDITION_WORDS['zh-CN'].citeHeading, EDITION_WORDS['zh-CN'].citeLabel]).toEqual(['引用本文', 'GB/T 7714—2015']);
    expect([EDITION_WORDS.en.citeHeading, EDITION_WORDS.en.citeLabel]).toEqual(['How to cite', 'Citation']);
  });

  it('gives the edition’s address, or without SITE_URL its file in the website, and the commit it was built from', () => {
    const zh = EDITION_WORDS['zh-CN'];
    expect(zh.address('https://example.org/editions/x.pdf')).toBe('本版网址：https://example.org/editions/x.pdf');
    expect(zh.addressUnknown('editions/x.pdf')).toBe(
      '本版是存档版网站随附的 PDF 文件，在网站的 editions/x.pdf；构建时未设定网站地址（SITE_URL）。',
    );
    expect(zh.build('abc123', '2026-11-30')).toBe('构建自 git 提交 abc123，日期 2026-11-30。');
    const en = EDITION_WORDS.en;
    expect(en.address('https://example.org/editions/x.pdf')).toBe('This edition: https://example.org/editions/x.pdf');
    expect(en.addressUnknown('editions/x.pdf')).toBe(
      'This edition is a file of the archive website, at editions/x.pdf; the build set no site address (SITE_URL).',
    );
    expect(en.build('abc123', '2026-11-30')).toBe('Built from git commit abc123, dated 2026-11-30.');
  });
});
