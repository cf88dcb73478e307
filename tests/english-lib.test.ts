import { describe, expect, it } from 'vitest';
import { chineseFigures, englishFigures, ledgerFigure, unseparatedThousands } from '@/lib/text/figure-tokens.ts';
import { englishDate, englishMonth, englishNumberWord, listSeparator } from '@/lib/text/format.ts';
import { alternates, pagePlace } from '@/i18n/locale.ts';
import { articleJsonLd, metaLang, ogLocale, openGraphTags, translationJsonLd } from '@/lib/cite/metadata.ts';
import { pairParagraphs, splitParagraphHtml } from '@/lib/text/paragraph-html.ts';
import { checkParts } from '@/lib/check/parts.ts';
import { pageUrl, paragraphUrl } from '@/i18n/urls.ts';

describe('figure tokens', () => {
  it('read Chinese figures: dates, 万, 余', () => {
    expect(chineseFigures('5月3日,在中仓街道')).toEqual(['5-3']);
    expect(chineseFigures('全区共有3万余人次在职党员')).toEqual(['30000+']);
    expect(chineseFigures('2100余个“两新”组织,5300余名党员')).toEqual(['2100+', '5300+']);
    expect(chineseFigures('637名干部,3717名')).toEqual(['637', '3717']);
    expect(chineseFigures('1.5万人')).toEqual(['15000']);
    expect(chineseFigures('保持两米安全距离,守万家之平安')).toEqual([]);
  });

  it('read English figures: dates either way round, “more than”, “+”, thousands separators', () => {
    expect(englishFigures('On May 3, inside')).toEqual(['5-3']);
    expect(englishFigures('on 3 May')).toEqual(['5-3']);
    expect(englishFigures('more than 30,000 person-times')).toEqual(['30000+']);
    expect(englishFigures('More than 2,100 organisations; 5,300+ members')).toEqual(['2100+', '5300+']);
    expect(englishFigures('637 cadres; 3,717 sunk-down cadres; No. 8 Jufu South Road')).toEqual(['637', '3717', '8']);
    expect(englishFigures('two metres, ten thousand households')).toEqual([]);
  });

  it('tell apart what the comparison must catch', () => {
    // 3万余 is “more than 30,000”: a bare 30,000 or 3 would be a different figure.
    expect(englishFigures('30,000 person-times')).not.toEqual(chineseFigures('3万余人次'));
    expect(englishFigures('3 万')).not.toEqual(chineseFigures('3万余'));
    // A number English adds by habit is a figure the Chinese does not have.
    expect(englishFigures('the COVID-19 epidemic')).toEqual(['19']);
    expect(englishFigures('May 1')).not.toEqual(englishFigures('May 3'));
  });

  it('read ledger entries: dates by month and day, approximate values with +', () => {
    expect(ledgerFigure({ value: new Date('2022-05-03'), approx: false })).toBe('5-3');
    expect(ledgerFigure({ value: 30000, approx: true })).toBe('30000+');
    expect(ledgerFigure({ value: 637 })).toBe('637');
  });

  it('find four-digit numbers written without a thousands separator', () => {
    expect(unseparatedThousands('3717 cadres, 3,717 cadres, 30,000, 1.2345, 637')).toEqual(['3717']);
  });
});

describe('locale', () => {
  it('places a page path in its language', () => {
    expect(pagePlace('/')).toEqual({ lang: 'zh-CN', slug: '' });
    expect(pagePlace('/vanguard/')).toEqual({ lang: 'zh-CN', slug: 'vanguard' });
    expect(pagePlace('/en/')).toEqual({ lang: 'en', slug: '' });
    expect(pagePlace('/en/vanguard/')).toEqual({ lang: 'en', slug: 'vanguard' });
    expect(pagePlace('/404.html')).toEqual({ lang: 'zh-CN', slug: '404' });
    expect(pagePlace('/english/')).toEqual({ lang: 'zh-CN', slug: 'english' });
  });

  it('gives both languages and x-default for a translated page, nothing for an untranslated one', () => {
    expect(alternates('vanguard', ['vanguard'], pageUrl)).toEqual([
      { hreflang: 'zh-CN', href: '/vanguard/' },
      { hreflang: 'en', href: '/en/vanguard/' },
      { hreflang: 'x-default', href: '/vanguard/' },
    ]);
    expect(alternates('glossary', ['vanguard'], pageUrl)).toEqual([]);
  });

  it('builds URLs in either language', () => {
    expect(pageUrl('', 'en')).toBe('/en/');
    expect(pageUrl('vanguard', 'en')).toBe('/en/vanguard/');
    expect(pageUrl('vanguard', 'zh-CN')).toBe('/vanguard/');
    expect(paragraphUrl('vanguard-4', 'en')).toBe('/en/vanguard/#vanguard-4');
    expect(paragraphUrl('lede-2', 'en')).toBe('/en/#lede-2');
  });
});

describe('paragraph HTML', () => {
  const html = '<p id="vanguard-1">甲<span lang="zh-CN">乙</span></p>\n<p id="vanguard-2">丙 &amp; 丁</p>\n';

  it('cuts rendered MDX into paragraphs, keeping their inner markup', () => {
    expect(splitParagraphHtml(html)).toEqual([
      { id: 'vanguard-1', html: '甲<span lang="zh-CN">乙</span>' },
      { id: 'vanguard-2', html: '丙 &#x26; 丁' },
    ]);
  });

  it('refuses anything it would drop: stray text, other elements, paragraphs without ids', () => {
    expect(() => splitParagraphHtml(`${html}stray`)).toThrow('unexpected text between paragraphs: “stray”');
    expect(() => splitParagraphHtml('<ul><li>x</li></ul>')).toThrow('expected only paragraphs with ids');
    expect(() => splitParagraphHtml('<p>no id</p>')).toThrow('expected only paragraphs with ids');
  });

  it('pairs the two languages by id, and names both lists when they differ', () => {
    const zh = [
      { id: 'lede-1', html: '一' },
      { id: 'lede-2', html: '二' },
    ];
    expect(
      pairParagraphs(zh, [
        { id: 'lede-1', html: 'one' },
        { id: 'lede-2', html: 'two' },
      ]),
    ).toEqual([
      { id: 'lede-1', zh: '一', en: 'one' },
      { id: 'lede-2', zh: '二', en: 'two' },
    ]);
    expect(() => pairParagraphs(zh, [{ id: 'lede-1', html: 'one' }])).toThrow(
      'the English paragraphs (lede-1) do not match the Chinese paragraphs (lede-1 lede-2)',
    );
  });
});

describe('English formats', () => {
  it('writes dates, months, small numbers and lists', () => {
    expect(englishDate(new Date('2022-06-18'))).toBe('June 18, 2022');
    expect(englishMonth(new Date('2026-11-29'))).toBe('November 2026');
    expect([2, 3, 11].map(englishNumberWord)).toEqual(['two', 'three', '11']);
    expect(['A', 'B', 'C'].map((item, i, all) => listSeparator(i, all.length) + item).join('')).toBe('A, B and C');
    expect(['A', 'B'].map((item, i, all) => listSeparator(i, all.length) + item).join('')).toBe('A and B');
  });

  it('names the English folder when an English part is missing', () => {
    expect(() => checkParts([], ['lede'], 'content/en/article')).toThrow('content/en/article/lede.mdx: missing');
  });
});

describe('metadata of the English pages', () => {
  const original = {
    title: '党旗在副中心疫情防控一线高高飘扬',
    authors: ['常菁菁', '焦超超'],
    periodical: '北京支部生活',
    issue: '2022年第6期',
    issueNumber: 6,
    date: new Date('2022-06-18'),
    keywords: ['通州区', '防疫', '志愿者'],
    deskEditor: '袁瑛',
    language: 'zh-CN',
  };
  const translation = {
    title: 'The Party Flag Flies High',
    authors: [
      { name: 'Chang Jingjing', zh: '常菁菁' },
      { name: 'Jiao Chaochao', zh: '焦超超' },
    ],
    keywords: ['Tongzhou District'],
    language: 'en',
    translator: 'the editors of this archive edition',
    date: new Date('2026-11-29'),
  };

  it('mark a Chinese value lang="zh-CN" on an English page, and nothing on a Chinese page or without Han characters', () => {
    expect(metaLang('党旗在副中心疫情防控一线高高飘扬', 'en', 'zh-CN')).toBe('zh-CN');
    expect(metaLang('《北京支部生活》2022年第6期', 'en', 'zh-CN')).toBe('zh-CN');
    expect(metaLang('2022/06/18', 'en', 'zh-CN')).toBeUndefined();
    expect(metaLang('zh-CN', 'en', 'zh-CN')).toBeUndefined();
    expect(metaLang('党旗在副中心疫情防控一线高高飘扬', 'zh-CN', 'zh-CN')).toBeUndefined();
  });

  it('give Open Graph locales as language_TERRITORY, British for the English', () => {
    expect(ogLocale('zh-CN')).toBe('zh_CN');
    expect(ogLocale('en')).toBe('en_GB');
    expect(openGraphTags({ ...original, language: 'en' }, { title: 'T', description: 'D' }, 'S')).toContainEqual({
      property: 'og:locale',
      content: 'en_GB',
    });
  });

  it('describe a translation as an English Article that is a translationOfWork of the original', () => {
    const data = translationJsonLd(original, translation);
    const work: Record<string, unknown> = { ...articleJsonLd(original) };
    delete work['@context'];
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'The Party Flag Flies High',
      name: 'The Party Flag Flies High',
      author: [
        { '@type': 'Person', name: 'Chang Jingjing', alternateName: '常菁菁' },
        { '@type': 'Person', name: 'Jiao Chaochao', alternateName: '焦超超' },
      ],
      translator: { '@type': 'Organization', name: 'the editors of this archive edition' },
      dateCreated: '2026-11-29',
      inLanguage: 'en',
      keywords: ['Tongzhou District'],
      translationOfWork: work,
    });
    expect(data).not.toHaveProperty('editor');
  });

  it('give the translation its own URL and the original the original’s, and the image only when absolute', () => {
    const image = { url: 'https://example.org/og.png', width: 1200, height: 630, alt: 'x' };
    const data = translationJsonLd(original, translation, { url: 'https://example.org/en/', articleUrl: 'https://example.org/', image });
    expect(data).toMatchObject({
      url: 'https://example.org/en/',
      mainEntityOfPage: 'https://example.org/en/',
      image: 'https://example.org/og.png',
      translationOfWork: { url: 'https://example.org/', inLanguage: 'zh-CN' },
    });
    expect(translationJsonLd(original, translation, { image: { ...image, url: '../og.png' } })).not.toHaveProperty('image');
  });
});
