import type { Lang } from '../../src/i18n/locale.ts';

/** The words of the editions' own pages (navigation, cover, last page) in one language. */
export interface EditionWords {
  toc: string;
  landmarks: string;
  cover: string;
  bodymatter: string;
  /** The cover image's text alternative: what the cover shows. */
  coverAlt: (title: string, byline: string, source: string) => string;
  accessibilitySummary: string;
  /** Who made the edition and vouches for its accessibility. */
  editors: string;
  description: (title: string, source: string) => string;
  /** The last page of the PDF: its heading, the citation's label, and where the edition lives. */
  citeHeading: string;
  citeLabel: string;
  address: (url: string) => string;
  addressUnknown: (file: string) => string;
  build: (commit: string, date: string) => string;
}

/** The editions' words, in both languages. */
export const EDITION_WORDS: Readonly<Record<Lang, EditionWords>> = {
  'zh-CN': {
    toc: '目录',
    landmarks: '导览',
    cover: '封面',
    bodymatter: '正文',
    coverAlt: (title, byline, source) => `封面：${title}，${byline}，${source}`,
    editors: '本存档版编者',
    accessibilitySummary:
      '本书是可重排的文字版，不固定字体和字号。正文与附录各有标题，目录和导览齐全，阅读顺序即原文顺序，每段保留网站上的段落编号。封面图片有文字说明；文中数字以表格列出，不依赖图形。没有已知的闪烁、声音或动态危险。',
    description: (title, source) => `《${title}》的存档版电子书，正文依照${source}原文，附勘误、名词解释、人物与地点、时间线和数字一览。`,
    citeHeading: '引用本文',
    citeLabel: 'GB/T 7714—2015',
    address: (url) => `本版网址：${url}`,
    addressUnknown: (file) => `本版是存档版网站随附的 PDF 文件，在网站的 ${file}；构建时未设定网站地址（SITE_URL）。`,
    build: (commit, date) => `构建自 git 提交 ${commit}，日期 ${date}。`,
  },
  en: {
    toc: 'Contents',
    landmarks: 'Landmarks',
    cover: 'Cover',
    bodymatter: 'Text',
    coverAlt: (title, byline, source) => `Cover: ${title}, by ${byline}; ${source}`,
    editors: 'The editors of this archive edition',
    accessibilitySummary:
      'A reflowable text edition that fixes no font or size. The text and each appendix have headings, a table of contents and landmarks; the reading order is the original’s, and every paragraph keeps its id from the website. The cover image has a text alternative; the figures are given in tables, not only in a chart. No known flashing, sound or motion hazards.',
    description: (title, source) =>
      `An archive edition of “${title}”, translated from the Chinese of ${source}, with the corrections, glossary, people and places, timeline and figures.`,
    citeHeading: 'How to cite',
    citeLabel: 'Citation',
    address: (url) => `This edition: ${url}`,
    addressUnknown: (file) => `This edition is a file of the archive website, at ${file}; the build set no site address (SITE_URL).`,
    build: (commit, date) => `Built from git commit ${commit}, dated ${date}.`,
  },
};
