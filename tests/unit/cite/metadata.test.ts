import { describe, expect, it } from 'vitest';
import {
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

  it('cannot close its script element', () => {
    expect(jsonLdText({ a: '</script><script>alert(1)</script>' })).not.toContain('</script');
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

describe('which pages describe the article', () => {
  it('the home page, the sections and the full text are the article; the others are pages about it', () => {
    expect(['', 'organizing', 'vanguard', 'contributions', 'full'].map((slug) => pageRole(slug).kind)).toEqual(Array(5).fill('article'));
    expect(pageRole('glossary')).toEqual({ kind: 'page', type: 'CollectionPage' });
    expect(pageRole('search')).toEqual({ kind: 'page', type: 'SearchResultsPage' });
    expect(pageRole('about')).toEqual({ kind: 'page', type: 'AboutPage' });
    expect(pageRole('parallel')).toEqual({ kind: 'page', type: 'WebPage' });
    expect(pageRole('404')).toEqual({ kind: 'not-found' });
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

  it('the 404 page: noindex, no canonical, no JSON-LD', () => {
    const meta = headMetadata(input('404', 'zh-CN', 'https://example.org/'));
    expect(meta).toMatchObject({ noindex: true, canonical: undefined, jsonLd: undefined });
  });
});
