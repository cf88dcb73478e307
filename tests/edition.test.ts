import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { inlineScript } from '@/layouts/inline-script.ts';
import { TRANSLATED_SLUGS } from '@/i18n/ui.ts';
import { applyCorrections } from '@/lib/check/errata.ts';
import { paragraphLabel } from '@/lib/text/paragraphs.ts';
import { isoDate } from '@/lib/text/format.ts';
import { pagePlace } from '@/i18n/locale.ts';
import { ARTICLE_SLUGS } from '@/lib/cite/metadata.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';
import { paragraphId } from '@/lib/text/paragraphs.ts';
import { errataSchema, PART_IDS, type PartId } from '@/schemas.ts';
import { partSources, read, REFERENCE_PATH } from './support/article.ts';
import { builtPage, elementText, PAGES } from './support/dist.ts';
import { allBuiltPages, findElements, linkTarget } from './support/english.ts';
import { makeFixture, type Fixture } from './support/fixture.ts';

const pageOf = (id: string) => (id === 'lede' ? 'index.html' : `${id}/index.html`);

/** Counts the characters at which two texts of the same length differ. */
function differences(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  expect(y).toHaveLength(x.length);
  return x.filter((char, index) => char !== y[index]).length;
}

/** The content of every `<meta name|property=key>` in a page, in order. */
function meta(html: string, key: string): string[] {
  const pattern = new RegExp(`<meta (?:name|property)="${key.replace('.', '\\.')}" content="([^"]*)"`, 'g');
  return Array.from(html.matchAll(pattern), (m) => m[1]!);
}

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = dir ? `${dir}/${name}` : name;
    return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [path];
  });
}

/** Namespace and vocabulary URLs that are identifiers, not links to this site's host. */
const VOCABULARIES = /^https?:\/\/(?:schema\.org|purl\.org\/dc\/|www\.w3\.org\/2000\/svg|www\.sitemaps\.org\/schemas\/|tailwindcss\.com)/;

/**
 * Pagefind's own scripts and styles, as it writes them: their comments credit contributors and cite browser bugs, and its
 * code parses result URLs against a placeholder host. They are not the site's text and name no host the site uses
 * (quality.test.ts checks in Chromium that no page or search requests another host); Pagefind's index is still read.
 */
const PAGEFIND_CODE = /^pagefind\/[^/]+\.(?:js|css)$/;

/** Every absolute URL in the text files of a build (and its `_headers`), but in Pagefind's code, as `path: url`. */
function absoluteUrls(root: string): string[] {
  return filesUnder(root)
    .filter((path) => (/\.(html|css|js|svg|xml|txt|json)$/.test(path) || path === '_headers') && !PAGEFIND_CODE.test(path))
    .flatMap((path) => Array.from(readFileSync(join(root, path), 'utf8').matchAll(/https?:\/\/[^\s"'<>)]+/g), (m) => `${path}: ${m[0]}`));
}

describe('the about page (关于本版)', () => {
  const html = builtPage('about/index.html');

  it('gives the number of characters the normalisation changed, as the built pages show it', () => {
    // Counted independently of countNormalized: the MDX as written against the text the built pages show. The pages
    // also show the errata's corrected readings, which are not normalisation: they are applied to the MDX first.
    const errata = errataSchema.parse(parseYaml(read('content/errata.yaml')));
    let expected = 0;
    let corrected = 0;
    for (const part of partSources()) {
      const page = builtPage(pageOf(part.id));
      part.paragraphs.forEach((paragraph, index) => {
        const id = paragraphId(part.id, index + 1);
        const corrections = errata.filter((erratum) => erratum.paragraph === id);
        corrected += corrections.length;
        expected += differences(applyCorrections(paragraph, corrections), elementText(page, id)!);
      });
      if (part.data.title) {
        const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(page)![1]!;
        expected += differences(part.data.title, h1);
      }
    }
    expect(expected).toBeGreaterThan(0);
    expect(corrected).toBe(errata.length);
    expect(/<strong id="normalized-count" data-count="(\d+)"[^>]*>(\d+)<\/strong>/.exec(html)?.slice(1)).toEqual([
      `${expected}`,
      `${expected}`,
    ]);
  });

  it('lists every correction of the printed text under 勘误, with its paragraph, both readings, the reason and the date', () => {
    const errata = errataSchema.parse(parseYaml(read('content/errata.yaml')));
    expect(errata.length).toBeGreaterThan(0);
    expect(/<strong id="errata-count"[^>]*>(\d+)<\/strong>/.exec(html)?.[1]).toBe(`${errata.length}`);
    expect(html).not.toContain('唯一的改动是标点');
    const section = /<section aria-labelledby="errata"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toMatch(/<h2 id="errata"[^>]*>\s*勘误\s*<\/h2>/);
    const items = Array.from(section.matchAll(/<li id="erratum-([^"]+)"[^>]*>([\s\S]*?)<\/li>/g), (m) => ({ id: m[1]!, body: m[2]! }));
    // In reading order: by part, then by paragraph.
    const position = (paragraph: string) => {
      const [, part = '', n = '0'] = /^(.*)-(\d+)$/.exec(paragraph) ?? [];
      return PART_IDS.indexOf(part as PartId) * 1000 + Number(n);
    };
    const ordered = [...errata].sort((a, b) => position(a.paragraph) - position(b.paragraph));
    expect(items.map((item) => item.id)).toEqual(ordered.map((erratum) => erratum.id));
    for (const erratum of ordered) {
      const { body } = items.find((item) => item.id === erratum.id)!;
      const part = erratum.paragraph.replace(/-\d+$/, '');
      const link = /<a href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(body)?.slice(1);
      expect(link).toEqual([`../${pageOf(part)}#${erratum.paragraph}`, paragraphLabel(erratum.paragraph, PART_IDS)]);
      expect(body).toContain(`原刊作“${normalizePunctuation(erratum.printed)}”，今作“${normalizePunctuation(erratum.corrected)}”`);
      expect(body).toContain(erratum.reason);
      expect(body).toContain(`<time datetime="${isoDate(erratum.date)}">`);
      // Away from the text, the note has no “back to the text” link: its label leads there.
      expect(body).not.toContain('返回正文');
    }
  });

  it('gives the SHA-256 of the reference text', () => {
    const digest = createHash('sha256').update(read(REFERENCE_PATH)).digest('hex');
    expect(/<code id="reference-sha256"[^>]*>([^<]*)<\/code>/.exec(html)?.[1]).toBe(digest);
  });

  it('gives the commit built and its date, from git, not from the clock', () => {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    let commit: string;
    try {
      commit = git('rev-parse', 'HEAD');
    } catch {
      expect(html).toContain('未知（构建时不在 git 仓库中）');
      expect(html).not.toContain('id="build-commit"');
      return;
    }
    // A dist/ built before the last commit (SKIP_BUILD=1 reuses it as it is) names the commit it was built from.
    expect(/<code id="build-commit"[^>]*>([^<]*)<\/code>/.exec(html)?.[1], 'dist/ is from another commit than HEAD: rebuild it').toBe(
      commit,
    );
    const epoch = process.env['SOURCE_DATE_EPOCH'];
    const date = epoch ? new Date(Number(epoch) * 1000).toISOString().replace('.000Z', 'Z') : git('log', '-1', '--format=%cI');
    expect(/<time id="build-date" datetime="([^"]*)"[^>]*>([^<]*)<\/time>/.exec(html)?.slice(1)).toEqual([date, date]);
  });

  it('names the periodical, issue, date, authors and desk editor', () => {
    const text = html.replace(/ data-astro-cid-\w+/g, '');
    for (const fact of [
      '<dt>刊物</dt><dd>《北京支部生活》</dd>',
      '<dt>期次</dt><dd>2022年第6期',
      '2022年6月18日</time>',
      '<dt>作者</dt><dd>常菁菁、焦超超</dd>',
      '<dt>责任编辑</dt><dd>袁瑛</dd>',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('offers GB/T 7714, APA and Chicago citations of the magazine article, character for character, English ones marked as English', () => {
    const title =
      'Dangqi zai fuzhongxin yiqing fangkong yixian gaogao piaoyang [The Party flag flies high on the front line of epidemic prevention and control in the sub-centre]';
    const chicagoTitle = `“${title.replace(' [', '” 党旗在副中心疫情防控一线高高飘扬 [')}`;
    expect(
      Object.fromEntries(
        ['cite-gbt', 'cite-apa', 'cite-chicago-note', 'cite-chicago-short', 'cite-chicago-bib'].map((id) => [id, elementText(html, id)]),
      ),
    ).toEqual({
      'cite-gbt': '常菁菁, 焦超超. 党旗在副中心疫情防控一线高高飘扬[J]. 北京支部生活, 2022(6).',
      'cite-apa': `Chang, J., & Jiao, C. (2022, June 18). ${title}. Beijing Zhibu Shenghuo, (6).`,
      'cite-chicago-note': `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超, ${chicagoTitle}, Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
      'cite-chicago-short': 'Chang and Jiao, “Dangqi zai fuzhongxin yiqing.”',
      'cite-chicago-bib': `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超. ${chicagoTitle}. Beijing zhibu shenghuo 北京支部生活, June 18, 2022.`,
    });
    expect(html).toMatch(/<p id="cite-apa" lang="en"[^>]*>Chang, J\., &amp; Jiao, C\. \(2022, June 18\)\./);
    for (const id of ['cite-chicago-note', 'cite-chicago-short', 'cite-chicago-bib'])
      expect(html).toMatch(new RegExp(`<p id="${id}" lang="en"`));
    // Without a site URL there is no online form to cite.
    expect(html).not.toContain('[J/OL]');
  });

  it('is linked from the footer of every page', () => {
    for (const path of PAGES) {
      const href = path === 'about/index.html' ? './index.html' : path.includes('/') ? '../about/index.html' : './about/index.html';
      expect(builtPage(path)).toMatch(
        new RegExp(`<nav aria-label="读者助手"[\\s\\S]*?href="${href.replace(/\./g, '\\.')}"[^>]*>关于本版</a>`),
      );
    }
  });

  it('loads its script as an external module, never inline', () => {
    // Every page carries one inline script, the site-wide search loader, allowed by its hash (quality.test.ts checks the
    // policy); the about page adds none of its own.
    const loader = inlineScript(read('src/client/search-loader.js'));
    const scripts = Array.from(html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)).filter((m) => !m[1]!.includes('ld+json'));
    const inline = scripts.filter(([, attributes]) => attributes === '');
    expect(inline.map(([, , body]) => body)).toEqual([loader]);
    const own = scripts.filter((script) => !inline.includes(script));
    expect(own.length).toBeGreaterThan(0);
    for (const [, attributes, body] of own) {
      expect(attributes).toMatch(/type="module" src="\.\.\/_astro\/[^"]+\.js"/);
      expect(body).toBe('');
    }
  });
});

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
