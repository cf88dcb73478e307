import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePlace } from '@/i18n/locale.ts';
import { TRANSLATED_SLUGS } from '@/i18n/routes.ts';
import { absoluteUrls, filesUnder, jsonLd, meta, VOCABULARIES } from '../support/build-output.ts';
import { allBuiltPages, findElements, linkTarget } from '../support/english.ts';
import { makeFixture, type Fixture } from '../support/fixture.ts';

describe('with SITE_URL', () => {
  const SITE = 'https://archive.example.org/tongzhou/';
  let fixture: Fixture;
  let dist: string;
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');

  beforeAll(() => {
    fixture = makeFixture();
    // The copy has no git history: SOURCE_DATE_EPOCH (2023-11-14T22:13:20Z) gives the build its date.
    const { status, output } = fixture.build({ SITE_URL: SITE, SOURCE_DATE_EPOCH: '1700000000' });
    expect(status, output).toBe(0);
    dist = join(fixture.dir, 'dist');
  }, 300_000);
  afterAll(() => fixture?.remove());

  it('each page names its canonical URL, and no other host appears', () => {
    expect(page('index.html')).toContain(`<link rel="canonical" href="${SITE}">`);
    expect(page('vanguard/index.html')).toContain(`<link rel="canonical" href="${SITE}vanguard/">`);
    expect(page('404.html')).not.toContain('rel="canonical"');
    const others = absoluteUrls(dist).filter((entry) => {
      const url = entry.replace(/^[^:]+: /, '');
      return !VOCABULARIES.test(url) && !url.startsWith(SITE);
    });
    expect(others).toEqual([]);
  });

  it('writes a sitemap of every page but the 404, and no robots.txt in a folder where crawlers never look', () => {
    const sitemap = page('sitemap.xml');
    const locs = Array.from(sitemap.matchAll(/<loc>([^<]+)<\/loc>/g), (m) => m[1]);
    // Every page the build wrote (its folder's URL), Chinese and English, but the 404.
    const built = filesUnder(dist).filter((path) => path.endsWith('index.html'));
    expect(built).toEqual(
      expect.arrayContaining(['index.html', 'vanguard/index.html', 'about/index.html', 'en/index.html', 'en/parallel/index.html']),
    );
    expect(locs).toEqual(built.map((path) => SITE + path.replace(/index\.html$/, '')).sort());
    expect(locs).not.toContain(`${SITE}404.html`);
    expect(filesUnder(dist)).not.toContain('robots.txt');
  });

  it('gives the article pages their full-text and abstract URLs', () => {
    expect(meta(page('vanguard/index.html'), 'citation_fulltext_html_url')).toEqual([`${SITE}full/`]);
    expect(meta(page('vanguard/index.html'), 'citation_abstract_html_url')).toEqual([SITE]);
    expect(meta(page('en/vanguard/index.html'), 'citation_fulltext_html_url')).toEqual([`${SITE}en/full/`]);
    expect(meta(page('about/index.html'), 'citation_fulltext_html_url')).toEqual([]);
  });

  it('gives the 404 page absolute links and its styles inline, so it works at any depth without its script', () => {
    const html = page('404.html');
    const links = Array.from(html.matchAll(/<a [^>]*href="([^"]+)"/g), (m) => m[1]!).filter((href) => !href.startsWith('#'));
    expect(links.length).toBeGreaterThanOrEqual(17);
    expect(links.filter((href) => !href.startsWith(SITE))).toEqual([]);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toMatch(/<style>[^<]{1000,}<\/style>/);
  });

  it('gives absolute Open Graph and JSON-LD URLs, and the [J/OL] citation with the URL', () => {
    const html = page('vanguard/index.html');
    expect(meta(html, 'og:url')).toEqual([`${SITE}vanguard/`]);
    expect(meta(html, 'og:image')).toEqual([`${SITE}og.png`]);
    expect(jsonLd(html)).toMatchObject({ url: SITE, image: `${SITE}og.png` });
    expect(page('about/index.html')).toMatch(
      new RegExp(
        `\\[J/OL\\]\\. 北京支部生活, 2022\\(6\\)\\[<span data-access-date>2023-11-14</span>\\]\\. ${SITE.replace(/[./]/g, '\\$&')}\\.`,
      ),
    );
  });

  it('prints at the end of each page its address and its citation, and only in print', () => {
    const block = (html: string) => /<div class="print-only"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(block(page('full/index.html'))).toContain(`<p>本页地址：${SITE}full/</p>`);
    expect(block(page('full/index.html'))).toContain(`[J/OL]. 北京支部生活, 2022(6)[<span data-access-date>2023-11-14</span>]. ${SITE}.`);
    expect(block(page('en/vanguard/index.html'))).toContain(`<p>This page: ${SITE}en/vanguard/</p>`);
    expect(block(page('en/vanguard/index.html'))).toContain(`Cite as: Chang, J., &amp; Jiao, C.`);
    expect(block(page('404.html'))).not.toContain('本页地址');
  });

  describe('hreflang alternates', () => {
    const pages = allBuiltPages();
    const attr = (element: Element, name: string) => String(element.properties[name] ?? '');
    const alternatesOf = (path: string) =>
      findElements(fromHtml(page(path)), (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate').map((el) => {
        const href = attr(el, 'href');
        return {
          hreflang: attr(el, 'hrefLang'),
          href,
          target: href.startsWith(SITE) ? linkTarget('index.html', href.slice(SITE.length)) : null,
        };
      });
    const langOf = (path: string) => /<html lang="([^"]+)"/.exec(page(path))?.[1];

    it('every translated page has zh-CN, en and x-default, absolute, leading to built pages in that language', () => {
      const translated = pages.filter((path) => TRANSLATED_SLUGS.includes(pagePlace(`/${path}`).slug));
      expect(translated).toHaveLength(TRANSLATED_SLUGS.length * 2);
      for (const path of translated) {
        const links = alternatesOf(path);
        expect(
          links.map((l) => l.hreflang),
          path,
        ).toEqual(['zh-CN', 'en', 'x-default']);
        for (const { hreflang, href, target } of links) {
          expect(href.startsWith(SITE), href).toBe(true);
          expect(target && pages.includes(target), `${path} → ${target}`).toBe(true);
          expect(langOf(target!), `${path} → ${target}`).toBe(hreflang === 'x-default' ? 'zh-CN' : hreflang);
        }
        // Self-reference, and the same page path in the other language.
        expect(links.find((l) => l.hreflang === langOf(path))?.target).toBe(path);
      }
    });

    it('pairs are mutual: each alternate lists the page back', () => {
      for (const path of pages) {
        for (const { target } of alternatesOf(path)) {
          expect(
            alternatesOf(target!).map((l) => l.target),
            `${target} → ${path}`,
          ).toContain(path);
        }
      }
    });

    it('a page without a twin has no alternates', () => {
      // Every page but the 404 page has an English twin.
      expect(alternatesOf('404.html')).toEqual([]);
      expect(alternatesOf('figures/index.html')).toHaveLength(3);
    });
  });
});
