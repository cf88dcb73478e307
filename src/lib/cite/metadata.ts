import { isoDate } from '../text/format.ts';
import { PART_IDS } from '../content/layout.ts';

/** What the page metadata needs to know of the article. */
export interface ArticleInfo {
  title: string;
  authors: readonly string[];
  periodical: string;
  issue: string;
  issueNumber: number;
  date: Date;
  keywords: readonly string[];
  deskEditor: string;
  language: string;
}

/** The page being described: its title and description, and absolute URLs where the site's address is known. */
export interface PageInfo {
  title: string;
  description: string;
  /** The page's absolute canonical URL (only with a site URL). */
  url?: string | undefined;
  /** The absolute URL of the article's home page (only with a site URL). */
  articleUrl?: string | undefined;
  /** The Open Graph image: absolute with a site URL, else relative to the page. */
  image?: { url: string; width: number; height: number; alt: string } | undefined;
}

/** One `<meta>` tag: `name` (Highwire, Dublin Core, Twitter) or `property` (Open Graph). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** What the metadata needs to know of a translation of the article. */
export interface TranslationInfo {
  title: string;
  /** The authors as the translation names them, each with the name as printed. */
  authors: readonly { name: string; zh: string }[];
  keywords: readonly string[];
  language: string;
  /** Who made the translation, and when. */
  translator: string;
  date: Date;
}

// Open Graph wants language_TERRITORY; the translation is written in British English.
const OG_LOCALES: Readonly<Record<string, string>> = { en: 'en_GB' };

/** The Open Graph locale of a BCP 47 language tag: `zh-CN` → `zh_CN`, `en` → `en_GB`. */
export function ogLocale(language: string): string {
  return OG_LOCALES[language] ?? language.replace('-', '_');
}

/**
 * The `lang` a bibliographic meta tag needs: on a page in another language than the article's, a value in Chinese (one
 * with Han characters: a title, a name) is marked as the article's language; otherwise none, as the page's `lang` holds.
 */
export function metaLang(content: string, pageLang: string, articleLang: string): string | undefined {
  return pageLang !== articleLang && /\p{Script=Han}/u.test(content) ? articleLang : undefined;
}

/** schema.org JSON-LD for the article: an `Article` by two `Person`s, part of issue N of the `Periodical`; the desk editor as a `Role`, not an editor of the work. */
export function articleJsonLd(article: ArticleInfo, page: Pick<PageInfo, 'articleUrl' | 'image'> = {}): Record<string, unknown> {
  const published = isoDate(article.date);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    name: article.title,
    author: article.authors.map((name) => ({ '@type': 'Person', name })),
    contributor: { '@type': 'Role', roleName: '责任编辑', contributor: { '@type': 'Person', name: article.deskEditor } },
    datePublished: published,
    inLanguage: article.language,
    keywords: [...article.keywords],
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: article.issueNumber,
      datePublished: published,
      isPartOf: { '@type': 'Periodical', name: article.periodical },
    },
    ...(page.articleUrl ? { url: page.articleUrl, mainEntityOfPage: page.articleUrl } : {}),
    ...(page.image && /^https?:/.test(page.image.url) ? { image: page.image.url } : {}),
  };
}

/**
 * schema.org JSON-LD for a page of a translation: an `Article` in the translation's language by the same authors (named as
 * the translation names them, with their names as printed), made by its translator, and a `translationOfWork` of the
 * original as `articleJsonLd` describes it. `url` is the translation's own address, `articleUrl` the original's.
 */
export function translationJsonLd(
  original: ArticleInfo,
  translation: TranslationInfo,
  page: Pick<PageInfo, 'url' | 'articleUrl' | 'image'> = {},
): Record<string, unknown> {
  const { '@context': context, ...work } = articleJsonLd(original, { articleUrl: page.articleUrl });
  return {
    '@context': context,
    '@type': 'Article',
    headline: translation.title,
    name: translation.title,
    author: translation.authors.map((author) => ({ '@type': 'Person', name: author.name, alternateName: author.zh })),
    translator: { '@type': 'Organization', name: translation.translator },
    dateCreated: isoDate(translation.date),
    inLanguage: translation.language,
    keywords: [...translation.keywords],
    translationOfWork: work,
    ...(page.url ? { url: page.url, mainEntityOfPage: page.url } : {}),
    ...(page.image && /^https?:/.test(page.image.url) ? { image: page.image.url } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text in it can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Highwire Press `citation_*` tags, as Zotero and Google Scholar read them: one `citation_author` per author, no editor. */
export function highwireTags(
  article: ArticleInfo,
  page: Pick<PageInfo, 'articleUrl'> & { fulltextUrl?: string | undefined; abstractUrl?: string | undefined } = {},
): MetaTag[] {
  const d = article.date;
  const date = `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}`;
  return [
    { name: 'citation_title', content: article.title },
    ...article.authors.map((content) => ({ name: 'citation_author', content })),
    { name: 'citation_journal_title', content: article.periodical },
    { name: 'citation_issue', content: String(article.issueNumber) },
    { name: 'citation_publication_date', content: date },
    { name: 'citation_language', content: article.language },
    ...article.keywords.map((content) => ({ name: 'citation_keywords', content })),
    ...(page.articleUrl ? [{ name: 'citation_public_url', content: page.articleUrl }] : []),
    ...(page.fulltextUrl ? [{ name: 'citation_fulltext_html_url', content: page.fulltextUrl }] : []),
    ...(page.abstractUrl ? [{ name: 'citation_abstract_html_url', content: page.abstractUrl }] : []),
  ];
}

/** Dublin Core (`DC.*`, `DCTERMS.*`) tags; the page head declares the two schemas. */
export function dublinCoreTags(article: ArticleInfo, citation: string, page: Pick<PageInfo, 'articleUrl'> = {}): MetaTag[] {
  return [
    { name: 'DC.title', content: article.title },
    ...article.authors.map((content) => ({ name: 'DC.creator', content })),
    { name: 'DC.date', content: isoDate(article.date) },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.language', content: article.language },
    ...article.keywords.map((content) => ({ name: 'DC.subject', content })),
    { name: 'DC.source', content: `《${article.periodical}》${article.issue}` },
    { name: 'DCTERMS.isPartOf', content: `《${article.periodical}》${article.issue}` },
    { name: 'DCTERMS.bibliographicCitation', content: citation },
    ...(page.articleUrl ? [{ name: 'DC.identifier', content: page.articleUrl }] : []),
  ];
}

/** Open Graph and Twitter card tags for a page; `og:url` only with a site URL. */
export function openGraphTags(article: ArticleInfo, page: PageInfo, siteName: string, type: 'article' | 'website' = 'article'): MetaTag[] {
  return [
    { property: 'og:type', content: type },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:site_name', content: siteName },
    { property: 'og:locale', content: ogLocale(article.language) },
    ...(page.url ? [{ property: 'og:url', content: page.url }] : []),
    ...(page.image
      ? [
          { property: 'og:image', content: page.image.url },
          { property: 'og:image:type', content: 'image/png' },
          { property: 'og:image:width', content: String(page.image.width) },
          { property: 'og:image:height', content: String(page.image.height) },
          { property: 'og:image:alt', content: page.image.alt },
        ]
      : []),
    ...(type === 'article'
      ? [
          { property: 'article:published_time', content: isoDate(article.date) },
          ...article.keywords.map((content) => ({ property: 'article:tag', content })),
        ]
      : []),
    { name: 'twitter:card', content: page.image ? 'summary_large_image' : 'summary' },
  ];
}

/** What a page is, for its metadata: the article (or a part of it), a page about the article, or the not-found page. */
export type PageRole =
  { kind: 'article' } | { kind: 'page'; type: 'WebPage' | 'CollectionPage' | 'AboutPage' | 'SearchResultsPage' } | { kind: 'not-found' };

/** The slugs (in either language) of the pages that are the article or a part of it: the home page (lede), each section, the full text. */
export const ARTICLE_SLUGS: readonly string[] = ['', ...PART_IDS.filter((id) => id !== 'lede'), 'full'];

const PAGE_TYPES: Readonly<Record<string, Extract<PageRole, { kind: 'page' }>['type']>> = {
  about: 'AboutPage',
  search: 'SearchResultsPage',
  figures: 'CollectionPage',
  timeline: 'CollectionPage',
  glossary: 'CollectionPage',
  'people-places': 'CollectionPage',
};

/** The role of the page at `slug` (as `pagePlace` gives it, the same in both languages). */
export function pageRole(slug: string): PageRole {
  if (ARTICLE_SLUGS.includes(slug)) return { kind: 'article' };
  if (slug === '404') return { kind: 'not-found' };
  return { kind: 'page', type: PAGE_TYPES[slug] ?? 'WebPage' };
}

/** A meta tag with the `lang` its content needs when that differs from the page's. */
export type HeadTag = MetaTag & { lang?: string | undefined };

/** Everything the head of a page says about it: canonical URL, robots, meta tags and JSON-LD. */
export interface HeadMetadata {
  canonical?: string | undefined;
  noindex: boolean;
  tags: HeadTag[];
  jsonLd?: Record<string, unknown> | undefined;
}

/** The English edition's metadata that a page of the translation describes. */
export interface EnglishInfo {
  title: string;
  authors: readonly { name: string; zh: string }[];
  periodical: string;
  keywords: readonly string[];
  translator: string;
  date: Date;
  siteName: string;
}

/** What `headMetadata` needs: the article, the English edition on English pages, the page, and the site's address if known. */
export interface HeadInput {
  article: ArticleInfo & { romanized: { authors: readonly { family: string; given: string }[] } };
  english?: EnglishInfo | undefined;
  /** The article's GB/T 7714 citation, plain text. */
  citation: string;
  siteName: string;
  page: { slug: string; lang: string; title: string; description: string };
  /** Absolute URL of a root-relative path, when the site's address is known. */
  absolute?: ((rootRelative: string) => string) | undefined;
  /** Root-relative URL of a page by slug and language. */
  pageUrl: (slug: string, lang: 'zh-CN' | 'en') => string;
  image: PageInfo['image'];
}

/** The head metadata of one page, decided from its slug and language alone (see `pageRole`). */
export function headMetadata(input: HeadInput): HeadMetadata {
  const { page, absolute } = input;
  const role = pageRole(page.slug);
  const lang = page.lang === 'en' ? 'en' : 'zh-CN';
  const canonical = role.kind === 'not-found' ? undefined : absolute?.(input.pageUrl(page.slug, lang));
  const info: PageInfo = { title: page.title, description: page.description, url: canonical, image: input.image };
  const siteName = input.english?.siteName ?? input.siteName;
  if (role.kind !== 'article') {
    const preview = openGraphTags({ ...input.article, language: page.lang, keywords: [] }, info, siteName, 'website');
    return {
      canonical,
      noindex: role.kind === 'not-found',
      tags: preview,
      jsonLd: role.kind === 'page' ? webPageJsonLd(input, role.type, canonical) : undefined,
    };
  }
  const urls = {
    articleUrl: absolute?.(input.pageUrl('', lang)),
    fulltextUrl: absolute?.(input.pageUrl('full', lang)),
    abstractUrl: absolute?.(input.pageUrl('', lang)),
  };
  const original = absolute?.(input.pageUrl('', 'zh-CN'));
  if (!input.english) {
    const tags = [
      ...highwireTags(input.article, urls),
      ...dublinCoreTags(input.article, input.citation, urls),
      ...openGraphTags(input.article, info, siteName),
    ];
    return { canonical, noindex: false, tags, jsonLd: articleJsonLd(input.article, { articleUrl: urls.articleUrl, image: input.image }) };
  }
  const english = input.english;
  const translated: ArticleInfo = {
    ...input.article,
    title: english.title,
    authors: input.article.romanized.authors.map((n) => `${n.family}, ${n.given}`),
    periodical: english.periodical,
    keywords: english.keywords,
    language: 'en',
  };
  const tags: HeadTag[] = [
    ...highwireTags(translated, urls),
    ...dublinCoreTags(translated, input.citation, urls).filter(
      (tag) => !('name' in tag) || !['DC.source', 'DCTERMS.isPartOf', 'DCTERMS.bibliographicCitation', 'DC.creator'].includes(tag.name),
    ),
    ...english.authors.map((author) => ({ name: 'DC.creator', content: author.name })),
    { name: 'DC.contributor', content: `${english.translator} (translator)` },
    { name: 'DC.source', content: input.citation, lang: 'zh-CN' },
    ...(original ? [{ name: 'DC.relation', content: original }] : []),
    ...openGraphTags({ ...input.article, language: 'en', keywords: english.keywords }, info, siteName),
  ];
  const jsonLd = translationJsonLd(
    input.article,
    {
      title: english.title,
      authors: english.authors,
      keywords: english.keywords,
      language: 'en',
      translator: english.translator,
      date: english.date,
    },
    { url: urls.articleUrl, articleUrl: original, image: input.image },
  );
  return {
    canonical,
    noindex: false,
    tags: tags.map((tag) => ({ ...tag, lang: tag.lang ?? metaLang(tag.content, 'en', input.article.language) })),
    jsonLd,
  };
}

/** schema.org JSON-LD for a page about the article (companion, search, about): its type, name, language, the site it is part of and what it is about. */
export function webPageJsonLd(input: HeadInput, type: string, url: string | undefined): Record<string, unknown> {
  const lang = input.page.lang === 'en' ? 'en' : 'zh-CN';
  const home = input.absolute?.(input.pageUrl('', lang));
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name: input.page.title,
    description: input.page.description,
    inLanguage: lang,
    isPartOf: { '@type': 'WebSite', name: input.english?.siteName ?? input.siteName, ...(home ? { url: home } : {}) },
    about: { '@type': 'Article', name: input.english?.title ?? input.article.title, ...(home ? { url: home } : {}) },
    ...(url ? { url } : {}),
  };
}
