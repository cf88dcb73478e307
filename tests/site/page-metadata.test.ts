import { afterAll, describe, expect, it } from 'vitest';
import { pagePlace } from '@/i18n/locale.ts';
import { ARTICLE_SLUGS } from '@/lib/cite/metadata.ts';
import { builtPage } from '../support/dist.ts';
import { allBuiltPages } from '../support/english.ts';

/** Every `<meta name|property>` of a page: key → contents in order. */
function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const [, key, content] of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) {
    tags.set(key!, [
      ...(tags.get(key!) ?? []),
      content!
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'"),
    ]);
  }
  return tags;
}

/** A creator as Zotero splits a meta tag's name: “Last, First”, or one field (a Chinese name). */
function creator(name: string): string {
  const [last, first] = name.split(/,\s*/);
  return first ? `${last} (last), ${first} (first)` : name;
}

/**
 * What Zotero's Embedded Metadata translator saves from a page, in its order of preference: Highwire `citation_*`, then
 * Dublin Core, then Open Graph and the document; a page with a `citation_journal_title` is a journal article, any
 * other a web page.
 */
function zoteroItem(html: string) {
  const tags = metaTags(html);
  const first = (...keys: string[]) => keys.map((key) => tags.get(key)?.[0]).find((value) => value !== undefined);
  return {
    itemType: tags.has('citation_journal_title') ? 'journalArticle' : 'webpage',
    title: first('citation_title', 'DC.title', 'og:title') ?? /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '',
    creators: (tags.get('citation_author') ?? tags.get('DC.creator') ?? []).map(creator),
    date: first('citation_publication_date', 'DC.date') ?? '',
    language: first('citation_language', 'DC.language') ?? /<html lang="([^"]+)"/.exec(html)?.[1] ?? '',
    publication: first('citation_journal_title') ?? '',
  };
}

function jsonLdType(html: string): string {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return match ? String((JSON.parse(match[1]!) as { '@type': string })['@type']) : '(none)';
}

const pages = allBuiltPages();
const rows: string[] = [];
afterAll(() => {
  console.log(
    ['| page | Zotero item | title | authors | date | language | JSON-LD |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join(
      '\n',
    ),
  );
});

describe('what a reference manager saves from each page (Zotero-style reading of its meta tags)', () => {
  it('finds every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
  });

  it.each(pages.map((page) => [page] as const))('%s', (path) => {
    const html = builtPage(path);
    const item = zoteroItem(html);
    const { slug, lang } = pagePlace(`/${path}`);
    const htmlLang = /<html lang="([^"]+)"/.exec(html)?.[1];
    rows.push(
      `| ${path} | ${item.itemType} | ${item.title} | ${item.creators.join('; ')} | ${item.date} | ${item.language} | ${jsonLdType(html)} |`,
    );
    // The language the metadata claims is the page's own.
    expect(item.language).toBe(htmlLang);
    expect(htmlLang).toBe(lang);
    if (!ARTICLE_SLUGS.includes(slug)) {
      // Only the article's own pages are saved as an article; the others as web pages, titled as the page is.
      expect(item.itemType).toBe('webpage');
      expect(item.creators).toEqual([]);
      expect(html).not.toMatch(/name="citation_|name="DC\./);
      expect(jsonLdType(html)).not.toBe('Article');
      if (slug !== '404') expect(jsonLdType(html)).toMatch(/^(WebPage|CollectionPage|AboutPage|SearchResultsPage)$/);
      return;
    }
    expect(item.itemType).toBe('journalArticle');
    expect(item.date).toBe('2022/06/18');
    expect(jsonLdType(html)).toBe('Article');
    if (lang === 'en') {
      expect(item).toMatchObject({
        title: 'The Party Flag Flies High on the Front Line of Epidemic Prevention and Control in the Sub-centre',
        creators: ['Chang (last), Jingjing (first)', 'Jiao (last), Chaochao (first)'],
        publication: 'Beijing Zhibu Shenghuo',
      });
      // The original stays named: its citation, marked as Chinese.
      expect(html).toContain(
        '<meta name="DC.source" content="常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6)." lang="zh-CN">',
      );
    } else {
      expect(item).toMatchObject({
        title: '党旗在副中心疫情防控一线高高飘扬',
        creators: ['常菁菁', '焦超超'],
        publication: '北京支部生活',
      });
    }
  });
});

describe('the pages about the article', () => {
  it('are part of the site and about the article, in their own language', () => {
    const data = (path: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(builtPage(path))![1]!);
    expect(data('glossary/index.html')).toMatchObject({
      '@type': 'CollectionPage',
      inLanguage: 'zh-CN',
      isPartOf: { '@type': 'WebSite', name: '党旗在副中心疫情防控一线高高飘扬 · 存档版' },
      about: { '@type': 'Article', name: '党旗在副中心疫情防控一线高高飘扬' },
    });
    expect(data('en/search/index.html')).toMatchObject({
      '@type': 'SearchResultsPage',
      inLanguage: 'en',
      about: {
        '@type': 'Article',
        name: 'The Party Flag Flies High on the Front Line of Epidemic Prevention and Control in the Sub-centre',
      },
    });
    expect(data('about/index.html')).toMatchObject({ '@type': 'AboutPage' });
  });
});
