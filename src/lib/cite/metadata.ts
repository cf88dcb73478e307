import { isoDate } from '../text/format.ts';

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
export function highwireTags(article: ArticleInfo, page: Pick<PageInfo, 'articleUrl'> = {}): MetaTag[] {
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
export function openGraphTags(article: ArticleInfo, page: PageInfo, siteName: string): MetaTag[] {
  return [
    { property: 'og:type', content: 'article' },
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
    { property: 'article:published_time', content: isoDate(article.date) },
    ...article.keywords.map((content) => ({ property: 'article:tag', content })),
    { name: 'twitter:card', content: page.image ? 'summary_large_image' : 'summary' },
  ];
}
