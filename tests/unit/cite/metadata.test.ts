import { describe, expect, it } from 'vitest';
import {
  ARTICLE_SLUGS,
  articleJsonLd,
  dublinCoreTags,
  headMetadata,
  highwireTags,
  jsonLdText,
  metaLang,
  ogLocale,
  openGraphTags,
  pageRole,
  translationJsonLd,
  type MetaTag,
} from '@/lib/cite/metadata.ts';
import { readPublication } from '../../support/article.ts';

const article = readPublication();
/** The article as schema.org describes it (without `@context`, URL or image), written out by hand. */
const originalWork = {
  '@type': 'Article',
  headline: '党旗在副中心疫情防控一线高高飘扬',
  name: '党旗在副中心疫情防控一线高高飘扬',
  author: [
    { '@type': 'Person', name: '常菁菁' },
    { '@type': 'Person', name: '焦超超' },
  ],
  contributor: { '@type': 'Role', roleName: '责任编辑', contributor: { '@type': 'Person', name: '袁瑛' } },
  datePublished: '2022-06-18',
  inLanguage: 'zh-CN',
  keywords: ['通州区', '防疫', '志愿者'],
  isPartOf: {
    '@type': 'PublicationIssue',
    issueNumber: 6,
    datePublished: '2022-06-18',
    isPartOf: { '@type': 'Periodical', name: '北京支部生活' },
  },
};

/** The article's Highwire citation tags before its URLs, with the publication date given as the tags write it. */
const highwire = (date: string) => [
  { name: 'citation_title', content: '党旗在副中心疫情防控一线高高飘扬' },
  { name: 'citation_author', content: '常菁菁' },
  { name: 'citation_author', content: '焦超超' },
  { name: 'citation_journal_title', content: '北京支部生活' },
  { name: 'citation_issue', content: '6' },
  { name: 'citation_publication_date', content: date },
  { name: 'citation_language', content: 'zh-CN' },
  { name: 'citation_keywords', content: '通州区' },
  { name: 'citation_keywords', content: '防疫' },
  { name: 'citation_keywords', content: '志愿者' },
];
/** The article's Dublin Core tags with the citation 'CITATION' and its URL https://example.org/, written out by hand. */
const DUBLIN_CORE = [
  { name: 'DC.title', content: '党旗在副中心疫情防控一线高高飘扬' },
  { name: 'DC.creator', content: '常菁菁' },
  { name: 'DC.creator', content: '焦超超' },
  { name: 'DC.date', content: '2022-06-18' },
  { name: 'DC.type', content: 'Text' },
  { name: 'DC.format', content: 'text/html' },
  { name: 'DC.language', content: 'zh-CN' },
  { name: 'DC.subject', content: '通州区' },
  { name: 'DC.subject', content: '防疫' },
  { name: 'DC.subject', content: '志愿者' },
  { name: 'DC.source', content: '《北京支部生活》2022年第6期' },
  { name: 'DCTERMS.isPartOf', content: '《北京支部生活》2022年第6期' },
  { name: 'DCTERMS.bibliographicCitation', content: 'CITATION' },
  { name: 'DC.identifier', content: 'https://example.org/' },
];
/** The first Open Graph tags of a Chinese page titled 'T' and described 'D', of the given type and site (before og:url). */
const openGraphHead = (type: string, siteName: string) => [
  { property: 'og:type', content: type },
  { property: 'og:title', content: 'T' },
  { property: 'og:description', content: 'D' },
  { property: 'og:site_name', content: siteName },
  { property: 'og:locale', content: 'zh_CN' },
];
/** The Open Graph tags of the 1200×630 PNG image at https://example.org/og.png, before its alt text. */
const IMAGE_TAGS = [
  { property: 'og:image', content: 'https://example.org/og.png' },
  { property: 'og:image:type', content: 'image/png' },
  { property: 'og:image:width', content: '1200' },
  { property: 'og:image:height', content: '630' },
];
/** The Open Graph tags after og:url of the Chinese article with that image, alt text 'A': the image, date, keywords, a large card. */
const ARTICLE_PREVIEW = [
  ...IMAGE_TAGS,
  { property: 'og:image:alt', content: 'A' },
  { property: 'article:published_time', content: '2022-06-18' },
  { property: 'article:tag', content: '通州区' },
  { property: 'article:tag', content: '防疫' },
  { property: 'article:tag', content: '志愿者' },
  { name: 'twitter:card', content: 'summary_large_image' },
];

/** The English translation as schema.org describes it, but for translator, keywords, `@context` and URLs, written out by hand. */
const translatedWork = {
  '@type': 'Article',
  headline: 'The Party Flag Flies High',
  name: 'The Party Flag Flies High',
  author: [
    { '@type': 'Person', name: 'Chang Jingjing', alternateName: '常菁菁' },
    { '@type': 'Person', name: 'Jiao Chaochao', alternateName: '焦超超' },
  ],
  dateCreated: '2026-11-29',
  inLanguage: 'en',
};

const named = (tags: MetaTag[], name: string) => tags.filter((tag) => 'name' in tag && tag.name === name).map((tag) => tag.content);

describe('schema.org JSON-LD', () => {
  it('describes an Article by two Persons in issue 6 of the Periodical', () => {
    const data = articleJsonLd(article);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: '党旗在副中心疫情防控一线高高飘扬',
      author: [
        { '@type': 'Person', name: '常菁菁' },
        { '@type': 'Person', name: '焦超超' },
      ],
      datePublished: '2022-06-18',
      inLanguage: 'zh-CN',
      keywords: ['通州区', '防疫', '志愿者'],
      isPartOf: { '@type': 'PublicationIssue', issueNumber: 6, isPartOf: { '@type': 'Periodical', name: '北京支部生活' } },
    });
    expect(data).not.toHaveProperty('editor');
    expect(data).not.toHaveProperty('url');
  });

  it('adds the URL and image only when they are absolute', () => {
    const image = { url: 'https://example.org/og.png', width: 1200, height: 630, alt: 'x' };
    expect(articleJsonLd(article, { articleUrl: 'https://example.org/', image })).toMatchObject({
      url: 'https://example.org/',
      image: 'https://example.org/og.png',
    });
    expect(articleJsonLd(article, { image: { ...image, url: '../og.png' } })).not.toHaveProperty('image');
  });

  it('is, with the article’s URL and an absolute image, exactly this object, the desk editor a Role', () => {
    const image = { url: 'http://example.org/og.png', width: 1200, height: 630, alt: 'x' };
    expect(articleJsonLd(article, { articleUrl: 'https://example.org/', image })).toEqual({
      '@context': 'https://schema.org',
      ...originalWork,
      url: 'https://example.org/',
      mainEntityOfPage: 'https://example.org/',
      image: 'http://example.org/og.png',
    });
  });

  it('leaves out a relative image even when its path names an absolute URL', () => {
    const image = { url: 'og.png?via=https://example.org/', width: 1200, height: 630, alt: 'x' };
    expect(articleJsonLd(article, { image })).not.toHaveProperty('image');
  });

  it('cannot close its script element', () => {
    expect(jsonLdText({ a: '</script><script>alert(1)</script>' })).not.toContain('</script');
    expect(jsonLdText({ a: '</script>', b: 1 })).toBe('{"a":"\\u003c/script>","b":1}');
  });
});

describe('Highwire citation tags', () => {
  const tags = highwireTags(article);

  it('give title, each author once, journal, issue, date and language', () => {
    expect(named(tags, 'citation_title')).toEqual(['党旗在副中心疫情防控一线高高飘扬']);
    expect(named(tags, 'citation_author')).toEqual(['常菁菁', '焦超超']);
    expect(named(tags, 'citation_journal_title')).toEqual(['北京支部生活']);
    expect(named(tags, 'citation_issue')).toEqual(['6']);
    expect(named(tags, 'citation_publication_date')).toEqual(['2022/06/18']);
    expect(named(tags, 'citation_language')).toEqual(['zh-CN']);
  });

  it('are exactly these, in this order, with the URLs given and a zero-padded date', () => {
    const march = { ...article, date: new Date('2022-03-05') };
    const urls = { articleUrl: 'https://example.org/', fulltextUrl: 'https://example.org/full/', abstractUrl: 'https://example.org/abs/' };
    expect(highwireTags(march, urls)).toEqual([
      ...highwire('2022/03/05'),
      { name: 'citation_public_url', content: 'https://example.org/' },
      { name: 'citation_fulltext_html_url', content: 'https://example.org/full/' },
      { name: 'citation_abstract_html_url', content: 'https://example.org/abs/' },
    ]);
  });

  it('never make the desk editor an editor', () => {
    expect(named(tags, 'citation_editor')).toEqual([]);
    expect(JSON.stringify(tags)).not.toContain('袁瑛');
  });
});

describe('Dublin Core and Open Graph', () => {
  it('Dublin Core names title, both creators, date, language, subjects and source', () => {
    const tags = dublinCoreTags(article, 'CITATION');
    expect(named(tags, 'DC.title')).toEqual(['党旗在副中心疫情防控一线高高飘扬']);
    expect(named(tags, 'DC.creator')).toEqual(['常菁菁', '焦超超']);
    expect(named(tags, 'DC.date')).toEqual(['2022-06-18']);
    expect(named(tags, 'DC.language')).toEqual(['zh-CN']);
    expect(named(tags, 'DC.subject')).toEqual(['通州区', '防疫', '志愿者']);
    expect(named(tags, 'DC.source')).toEqual(['《北京支部生活》2022年第6期']);
    expect(named(tags, 'DCTERMS.bibliographicCitation')).toEqual(['CITATION']);
    expect(named(tags, 'DC.identifier')).toEqual([]);
  });

  it('Dublin Core tags are exactly these, in this order, with the identifier when the URL is known', () => {
    expect(dublinCoreTags(article, 'CITATION', { articleUrl: 'https://example.org/' })).toEqual(DUBLIN_CORE);
  });

  it('Open Graph tags of the article are exactly these: the image with its size, the date and tags, a large card', () => {
    const image = { url: 'https://example.org/og.png', width: 1200, height: 630, alt: 'A' };
    const page = { title: 'T', description: 'D', url: 'https://example.org/x/', image };
    expect(openGraphTags(article, page, 'S')).toEqual([
      ...openGraphHead('article', 'S'),
      { property: 'og:url', content: 'https://example.org/x/' },
      ...ARTICLE_PREVIEW,
    ]);
  });

  it('Open Graph tags of a website have no date or tags, and without an image a small card', () => {
    expect(openGraphTags(article, { title: 'T', description: 'D' }, 'S', 'website')).toEqual([
      ...openGraphHead('website', 'S'),
      { name: 'twitter:card', content: 'summary' },
    ]);
  });

  it('Open Graph gives og:url only with an absolute URL', () => {
    const page = { title: 'T', description: 'D' };
    const without = openGraphTags(article, page, 'S');
    expect(without.some((tag) => 'property' in tag && tag.property === 'og:url')).toBe(false);
    const withUrl = openGraphTags(article, { ...page, url: 'https://example.org/x/' }, 'S');
    expect(withUrl).toContainEqual({ property: 'og:url', content: 'https://example.org/x/' });
    expect(withUrl).toContainEqual({ property: 'og:locale', content: 'zh_CN' });
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
    expect(data).toEqual({
      '@context': 'https://schema.org',
      ...translatedWork,
      translator: { '@type': 'Organization', name: 'the editors of this archive edition' },
      keywords: ['Tongzhou District'],
      translationOfWork: originalWork,
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
    expect(translationJsonLd(original, translation, { image: { ...image, url: 'og.png?via=https://example.org/' } })).not.toHaveProperty(
      'image',
    );
    expect(translationJsonLd(original, translation, { image: { ...image, url: 'http://example.org/og.png' } })).toHaveProperty(
      'image',
      'http://example.org/og.png',
    );
  });
});

describe('which pages describe the article', () => {
  it('the home page, the sections and the full text are the article; the others are pages about it', () => {
    expect(['', 'organizing', 'vanguard', 'contributions', 'full'].map((slug) => pageRole(slug).kind)).toEqual(Array(5).fill('article'));
    expect(pageRole('glossary')).toEqual({ kind: 'page', type: 'CollectionPage' });
    expect(pageRole('search')).toEqual({ kind: 'page', type: 'SearchResultsPage' });
    expect(pageRole('about')).toEqual({ kind: 'page', type: 'AboutPage' });
    expect(pageRole('parallel')).toEqual({ kind: 'page', type: 'WebPage' });
    expect(pageRole('404')).toEqual({ kind: 'not-found' });
  });

  it('the article’s slugs are the home page, the three sections and the full text, the lede being the home page', () => {
    expect(ARTICLE_SLUGS).toEqual(['', 'organizing', 'vanguard', 'contributions', 'full']);
    expect(pageRole('lede')).toEqual({ kind: 'page', type: 'WebPage' });
  });

  const input = (slug: string, lang: 'zh-CN' | 'en', site?: string) => ({
    article,
    english:
      lang === 'en'
        ? {
            title: 'The Party Flag Flies High',
            authors: [
              { name: 'Chang Jingjing', zh: '常菁菁' },
              { name: 'Jiao Chaochao', zh: '焦超超' },
            ],
            periodical: 'Beijing Zhibu Shenghuo',
            keywords: ['volunteers'],
            translator: 'the editors',
            date: new Date('2026-11-29'),
            siteName: 'The Party Flag · archive edition',
          }
        : undefined,
    citation: 'CITATION',
    siteName: 'SITE',
    page: { slug, lang, title: 'T', description: 'D' },
    absolute: site ? (path: string) => new URL(path.slice(1), site).href : undefined,
    pageUrl: (s: string, l: string) => `/${l === 'en' ? 'en/' : ''}${s ? `${s}/` : ''}`,
    image: undefined,
  });

  it('a Chinese section page: citation tags in Chinese, with the full-text and abstract URLs when the site is known', () => {
    const meta = headMetadata(input('vanguard', 'zh-CN', 'https://example.org/a/'));
    expect(named(meta.tags, 'citation_language')).toEqual(['zh-CN']);
    expect(named(meta.tags, 'citation_fulltext_html_url')).toEqual(['https://example.org/a/full/']);
    expect(named(meta.tags, 'citation_abstract_html_url')).toEqual(['https://example.org/a/']);
    expect(meta.canonical).toBe('https://example.org/a/vanguard/');
    expect(meta.jsonLd).toMatchObject({ '@type': 'Article', inLanguage: 'zh-CN' });
  });

  it('an English article page describes the translation in English, and names the original', () => {
    const meta = headMetadata(input('', 'en', 'https://example.org/'));
    expect(named(meta.tags, 'citation_title')).toEqual(['The Party Flag Flies High']);
    expect(named(meta.tags, 'citation_author')).toEqual(['Chang, Jingjing', 'Jiao, Chaochao']);
    expect(named(meta.tags, 'citation_language')).toEqual(['en']);
    expect(named(meta.tags, 'DC.language')).toEqual(['en']);
    expect(named(meta.tags, 'DC.relation')).toEqual(['https://example.org/']);
    expect(meta.tags).toContainEqual({ name: 'DC.source', content: 'CITATION', lang: 'zh-CN' });
    expect(meta.jsonLd).toMatchObject({
      '@type': 'Article',
      inLanguage: 'en',
      translationOfWork: { inLanguage: 'zh-CN', url: 'https://example.org/' },
    });
  });

  it('a companion page carries no citation tags, and a CollectionPage part of the site', () => {
    const meta = headMetadata(input('glossary', 'en'));
    expect(meta.tags.filter((tag) => 'name' in tag && /^(citation_|DC\.)/.test(tag.name))).toEqual([]);
    expect(meta.tags).toContainEqual({ property: 'og:type', content: 'website' });
    expect(meta.jsonLd).toMatchObject({
      '@type': 'CollectionPage',
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: 'The Party Flag · archive edition' },
    });
  });

  const image = { url: 'https://example.org/og.png', width: 1200, height: 630, alt: 'A' };

  it('a Chinese section page: exactly the Chinese citation, Dublin Core and Open Graph tags, and the Article at the home page’s URL', () => {
    expect(headMetadata({ ...input('vanguard', 'zh-CN', 'https://example.org/'), image })).toEqual({
      canonical: 'https://example.org/vanguard/',
      noindex: false,
      tags: [
        ...highwire('2022/06/18'),
        { name: 'citation_public_url', content: 'https://example.org/' },
        { name: 'citation_fulltext_html_url', content: 'https://example.org/full/' },
        { name: 'citation_abstract_html_url', content: 'https://example.org/' },
        ...DUBLIN_CORE,
        ...openGraphHead('article', 'SITE'),
        { property: 'og:url', content: 'https://example.org/vanguard/' },
        ...ARTICLE_PREVIEW,
      ],
      jsonLd: {
        '@context': 'https://schema.org',
        ...originalWork,
        url: 'https://example.org/',
        mainEntityOfPage: 'https://example.org/',
        image: 'https://example.org/og.png',
      },
    });
  });

  it('the English home page: exactly the translation’s tags, Chinese values marked zh-CN, and the translation’s JSON-LD', () => {
    const meta = headMetadata({ ...input('', 'en', 'https://example.org/'), image: { ...image, alt: '北京支部生活 cover' } });
    expect(meta).toEqual({
      canonical: 'https://example.org/en/',
      noindex: false,
      tags: [
        { name: 'citation_title', content: 'The Party Flag Flies High' },
        { name: 'citation_author', content: 'Chang, Jingjing' },
        { name: 'citation_author', content: 'Jiao, Chaochao' },
        { name: 'citation_journal_title', content: 'Beijing Zhibu Shenghuo' },
        { name: 'citation_issue', content: '6' },
        { name: 'citation_publication_date', content: '2022/06/18' },
        { name: 'citation_language', content: 'en' },
        { name: 'citation_keywords', content: 'volunteers' },
        { name: 'citation_public_url', content: 'https://example.org/en/' },
        { name: 'citation_fulltext_html_url', content: 'https://example.org/en/full/' },
        { name: 'citation_abstract_html_url', content: 'https://example.org/en/' },
        { name: 'DC.title', content: 'The Party Flag Flies High' },
        { name: 'DC.date', content: '2022-06-18' },
        { name: 'DC.type', content: 'Text' },
        { name: 'DC.format', content: 'text/html' },
        { name: 'DC.language', content: 'en' },
        { name: 'DC.subject', content: 'volunteers' },
        { name: 'DC.identifier', content: 'https://example.org/en/' },
        { name: 'DC.creator', content: 'Chang Jingjing' },
        { name: 'DC.creator', content: 'Jiao Chaochao' },
        { name: 'DC.contributor', content: 'the editors (translator)' },
        { name: 'DC.source', content: 'CITATION', lang: 'zh-CN' },
        { name: 'DC.relation', content: 'https://example.org/' },
        { property: 'og:type', content: 'article' },
        { property: 'og:title', content: 'T' },
        { property: 'og:description', content: 'D' },
        { property: 'og:site_name', content: 'The Party Flag · archive edition' },
        { property: 'og:locale', content: 'en_GB' },
        { property: 'og:url', content: 'https://example.org/en/' },
        ...IMAGE_TAGS,
        { property: 'og:image:alt', content: '北京支部生活 cover', lang: 'zh-CN' },
        { property: 'article:published_time', content: '2022-06-18' },
        { property: 'article:tag', content: 'volunteers' },
        { name: 'twitter:card', content: 'summary_large_image' },
      ],
      jsonLd: {
        '@context': 'https://schema.org',
        ...translatedWork,
        translator: { '@type': 'Organization', name: 'the editors' },
        keywords: ['volunteers'],
        translationOfWork: { ...originalWork, url: 'https://example.org/', mainEntityOfPage: 'https://example.org/' },
        url: 'https://example.org/en/',
        mainEntityOfPage: 'https://example.org/en/',
        image: 'https://example.org/og.png',
      },
    });
  });

  it('an English page of an article itself in English marks no value with a lang', () => {
    const meta = headMetadata({
      ...input('', 'en'),
      article: { ...article, language: 'en' },
      page: { slug: '', lang: 'en', title: '党旗在副中心疫情防控一线高高飘扬', description: 'D' },
    });
    expect(meta.tags.find((tag) => 'property' in tag && tag.property === 'og:title')).toEqual({
      property: 'og:title',
      content: '党旗在副中心疫情防控一线高高飘扬',
      lang: undefined,
    });
  });

  it('a Chinese companion page: indexed, website preview tags only, and a WebPage about the article, part of the site', () => {
    expect(headMetadata(input('glossary', 'zh-CN', 'https://example.org/'))).toEqual({
      canonical: 'https://example.org/glossary/',
      noindex: false,
      tags: [
        ...openGraphHead('website', 'SITE'),
        { property: 'og:url', content: 'https://example.org/glossary/' },
        { name: 'twitter:card', content: 'summary' },
      ],
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'CollectionPage',
        name: 'T',
        description: 'D',
        inLanguage: 'zh-CN',
        isPartOf: { '@type': 'WebSite', name: 'SITE', url: 'https://example.org/' },
        about: { '@type': 'Article', name: '党旗在副中心疫情防控一线高高飘扬', url: 'https://example.org/' },
        url: 'https://example.org/glossary/',
      },
    });
  });

  it('an English companion page is about the English edition, at the English home page', () => {
    expect(headMetadata(input('about', 'en', 'https://example.org/')).jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'AboutPage',
      name: 'T',
      description: 'D',
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: 'The Party Flag · archive edition', url: 'https://example.org/en/' },
      about: { '@type': 'Article', name: 'The Party Flag Flies High', url: 'https://example.org/en/' },
      url: 'https://example.org/en/about/',
    });
  });

  it('the 404 page: noindex, no canonical, no JSON-LD', () => {
    const meta = headMetadata(input('404', 'zh-CN', 'https://example.org/'));
    expect(meta).toMatchObject({ noindex: true, canonical: undefined, jsonLd: undefined });
  });
});
