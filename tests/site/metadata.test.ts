import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absoluteUrls, filesUnder, jsonLd, meta, VOCABULARIES } from '../support/build-output.ts';
import { builtPage, PAGES } from '../support/dist.ts';
import { pagePlace } from '@/i18n/locale.ts';
import { ARTICLE_SLUGS } from '@/lib/cite/metadata.ts';

describe('metadata on the article’s pages', () => {
  const ARTICLE_PAGES = PAGES.filter((path) => ARTICLE_SLUGS.includes(pagePlace(`/${path}`).slug));
  it('are the home page, the sections and the full text', () => {
    expect(ARTICLE_PAGES).toEqual([
      'index.html',
      'organizing/index.html',
      'vanguard/index.html',
      'contributions/index.html',
      'full/index.html',
    ]);
  });

  it.each(ARTICLE_PAGES.map((p) => [p] as const))('%s carries JSON-LD, Highwire, Dublin Core and Open Graph', (path) => {
    const html = builtPage(path);
    expect(jsonLd(html)).toMatchObject({
      '@type': 'Article',
      author: [
        { '@type': 'Person', name: '常菁菁' },
        { '@type': 'Person', name: '焦超超' },
      ],
      isPartOf: { '@type': 'PublicationIssue', issueNumber: 6, isPartOf: { '@type': 'Periodical', name: '北京支部生活' } },
      datePublished: '2022-06-18',
      inLanguage: 'zh-CN',
    });
    expect(meta(html, 'citation_title')).toEqual(['党旗在副中心疫情防控一线高高飘扬']);
    expect(meta(html, 'citation_author')).toEqual(['常菁菁', '焦超超']);
    expect(meta(html, 'citation_journal_title')).toEqual(['北京支部生活']);
    expect(meta(html, 'citation_issue')).toEqual(['6']);
    expect(meta(html, 'citation_publication_date')).toEqual(['2022/06/18']);
    expect(meta(html, 'citation_language')).toEqual(['zh-CN']);
    expect(meta(html, 'citation_editor')).toEqual([]);
    expect(meta(html, 'DC.creator')).toEqual(['常菁菁', '焦超超']);
    expect(meta(html, 'DC.title')).toHaveLength(1);
    expect(meta(html, 'og:title')).toHaveLength(1);
    expect(meta(html, 'og:image')).toEqual([path.includes('/') ? '../og.png' : './og.png']);
  });

  it('the Open Graph image is a 1200×630 PNG', () => {
    const png = readFileSync('dist/og.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('without SITE_URL', () => {
  it('the build names no absolute URL but vocabularies, and writes no sitemap, robots.txt or canonical link', () => {
    expect(absoluteUrls('dist').filter((entry) => !VOCABULARIES.test(entry.replace(/^[^:]+: /, '')))).toEqual([]);
    expect(filesUnder('dist')).not.toContain('sitemap.xml');
    expect(filesUnder('dist')).not.toContain('robots.txt');
    for (const path of PAGES) expect(builtPage(path)).not.toContain('rel="canonical"');
  });
});
