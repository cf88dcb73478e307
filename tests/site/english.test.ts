import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { TRANSLATED_SLUGS } from '@/i18n/routes.ts';
import { readerForm } from '@/lib/check/errata.ts';
import { ARTICLE_SLUGS } from '@/lib/cite/metadata.ts';
import { pagePlace } from '@/i18n/locale.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';
import { paragraphId } from '@/lib/text/paragraphs.ts';
import { partSources, readEnglishPublication, readErrata, readPublication, shownText } from '../support/article.ts';
import { builtPage, elementText, paragraphIds, withoutKeepSpans } from '../support/dist.ts';
import {
  allBuiltPages,
  CHINESE,
  EN_PAGES,
  englishPartSources,
  findElements,
  linkTarget,
  parsePage,
  textOf,
  walkWithLang,
  withoutTags,
} from '../support/english.ts';

const chinese = partSources();
const english = englishPartSources();
const pageOf = (id: string) => (id === 'lede' ? 'en/index.html' : `en/${id}/index.html`);
const allIds = chinese.flatMap((part) => part.paragraphs.map((_, index) => paragraphId(part.id, index + 1)));
const isZh = (lang: string) => /^zh\b/i.test(lang);
const attr = (element: Element, name: string) => String(element.properties[name] ?? '');
const CHINESE_PAGES = allBuiltPages().filter((path) => pagePlace(`/${path}`).lang === 'zh-CN');
const ENGLISH_PAGES = allBuiltPages().filter((path) => pagePlace(`/${path}`).lang === 'en');
const englishPublication = readEnglishPublication();

describe('English pages (dist/en/)', () => {
  it.each(EN_PAGES.map((p) => [p] as const))('%s exists, in English, with one h1, landmarks and a skip link', (path) => {
    const html = builtPage(path);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/i);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toMatch(/<header[\s>]/);
    expect(html).toMatch(/<footer[\s>]/);
    expect(html).toMatch(/<a class="skip-link" href="#main">Skip to the text<\/a>/);
    // The one script is the inline search loader every page carries; English reading pages fetch no JavaScript, the
    // search page one module and the about page one (its copy buttons). The JSON-LD block is data.
    const code = (html.match(/<script(?: [^>]*)?>/g) ?? []).filter((tag) => !/type="application\/ld\+json"/.test(tag));
    expect(code).toEqual(
      ['en/search/index.html', 'en/about/index.html'].includes(path)
        ? ['<script>', expect.stringMatching(/^<script type="module" src="/)]
        : ['<script>'],
    );
    expect(html.match(/<script type="application\/ld\+json">/g)).toHaveLength(1);
    expect(html).toMatch(/<script>\(\(\)=>\{document\.documentElement\.classList\.add\("js"\)/);
    expect(html).not.toMatch(/\s(?:href|src)="\/(?!\/)/);
  });

  it.each(english.map((p) => [p.id, p] as const))(
    'the English %s page holds its paragraphs, ids shared with the Chinese, text as written',
    (id, part) => {
      const html = builtPage(pageOf(id));
      const ids = chinese.find((p) => p.id === id)!.paragraphs.map((_, index) => paragraphId(id, index + 1));
      expect(paragraphIds(html)).toEqual(ids);
      // Text as written: no punctuation widened, no space slipped into a <Zh> span.
      part.paragraphs.forEach((paragraph, index) => expect(elementText(html, ids[index]!)).toBe(withoutTags(paragraph)));
    },
  );

  it.each(english.filter((p) => p.data.title).map((p) => [p.id, p] as const))('the English %s page is headed by its title', (id, part) => {
    expect(builtPage(pageOf(id))).toContain(`>${part.data.title}</h1>`);
  });

  it('the English full text holds every paragraph once, in reading order', () => {
    expect(paragraphIds(builtPage('en/full/index.html'))).toEqual(allIds);
  });

  it('the English home page has the title, byline, source line, lede and contents', () => {
    const html = withoutKeepSpans(builtPage('en/index.html'));
    expect(html).toContain('The Party Flag Flies High on the Front Line of Epidemic Prevention and Control in the Sub-centre</h1>');
    expect(html).toContain('By Chang Jingjing (<span lang="zh-CN">常菁菁</span>) and Jiao Chaochao (<span lang="zh-CN">焦超超</span>)');
    expect(html).toContain(
      '<cite>Beijing Zhibu Shenghuo</cite> (<span lang="zh-CN">北京支部生活</span>, “Beijing Party Branch Life”), No. 6, 2022 (<time datetime="2022-06-18">June 18, 2022</time>)',
    );
    expect(html).toMatch(
      /<nav aria-labelledby="toc-heading"[\s\S]*href="\.\/organizing\/index\.html"[\s\S]*href="\.\/vanguard\/index\.html"[\s\S]*href="\.\/contributions\/index\.html"[\s\S]*href="\.\/full\/index\.html"[\s\S]*href="\.\/parallel\/index\.html"/,
    );
  });
});

describe('Chinese on English pages', () => {
  it('are the home page, the three sections, the full and parallel texts, search and the five companion pages, and no stub', () => {
    expect(ENGLISH_PAGES).toEqual([...EN_PAGES].sort());
  });

  it.each(ENGLISH_PAGES.map((p) => [p] as const))('%s has no Chinese outside lang="zh-CN", in text or attributes', (path) => {
    const stray: string[] = [];
    walkWithLang(parsePage(path), '', (node, lang) => {
      if (isZh(lang)) return;
      if (node.type === 'text' && CHINESE.test(node.value)) stray.push(`text “${node.value.trim().slice(0, 40)}” (lang ${lang})`);
      if (node.type === 'element') {
        for (const [name, value] of Object.entries(node.properties)) {
          if (CHINESE.test(String(value))) stray.push(`<${node.tagName} ${name}="${String(value).slice(0, 40)}">`);
        }
      }
    });
    expect(stray).toEqual([]);
  });

  it('would find an unmarked Chinese word', () => {
    const tree = parsePage('en/vanguard/index.html');
    const span = findElements(tree, (el) => el.tagName === 'span' && attr(el, 'lang') === 'zh-CN')[0]!;
    delete span.properties['lang'];
    let found = 0;
    walkWithLang(tree, '', (node, lang) => {
      if (!isZh(lang) && node.type === 'text' && CHINESE.test(node.value)) found += 1;
    });
    expect(found).toBe(1);
  });
});

describe('metadata of English pages', () => {
  const zh = readPublication();
  const metaOf = (tree: Root) =>
    findElements(tree, (el) => el.tagName === 'meta' && (attr(el, 'name') !== '' || attr(el, 'property') !== '')).map((el) => ({
      key: attr(el, 'name') || attr(el, 'property'),
      content: attr(el, 'content'),
      lang: attr(el, 'lang'),
    }));

  it.each(EN_PAGES.map((p) => [p] as const))(
    '%s describes itself in English, its Chinese values marked lang="zh-CN", and previews in English',
    (path) => {
      const tree = parsePage(path);
      const tags = metaOf(tree);
      const values = (key: string) => tags.filter((t) => t.key === key);
      const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(builtPage(path))![1]!);
      if (ARTICLE_SLUGS.includes(pagePlace(`/${path}`).slug)) {
        // What a citation manager reads: the translation, in English, naming the original it translates.
        expect(values('citation_title').map((t) => t.content)).toEqual([englishPublication.title]);
        expect(values('citation_author').map((t) => t.content)).toEqual(zh.romanized.authors.map((a) => `${a.family}, ${a.given}`));
        expect(values('citation_journal_title').map((t) => t.content)).toEqual([englishPublication.periodical.name]);
        expect(values('citation_language').map((t) => t.content)).toEqual(['en']);
        expect(values('DC.language').map((t) => t.content)).toEqual(['en']);
        expect(values('DC.source').map((t) => t.lang)).toEqual(['zh-CN']);
        // The JSON-LD describes the English text as a translation of the original.
        expect(data).toMatchObject({
          '@type': 'Article',
          headline: englishPublication.title,
          inLanguage: 'en',
          author: englishPublication.authors.map((a) => ({ '@type': 'Person', name: a.name, alternateName: a.zh })),
          translationOfWork: {
            '@type': 'Article',
            headline: zh.title,
            inLanguage: 'zh-CN',
            author: zh.authors.map((name) => ({ '@type': 'Person', name })),
            isPartOf: {
              '@type': 'PublicationIssue',
              issueNumber: zh.issueNumber,
              isPartOf: { '@type': 'Periodical', name: zh.periodical },
            },
          },
        });
        expect(values('article:tag').map((t) => t.content)).toEqual(englishPublication.keywords.map((k) => k.name));
      } else {
        // A page about the article is no citation of it.
        expect(tags.filter((t) => /^(citation_|DC\.)/.test(t.key))).toEqual([]);
        expect(data).toMatchObject({ inLanguage: 'en', about: { '@type': 'Article', name: englishPublication.title } });
      }
      // Every Chinese value is marked; no other value is.
      for (const tag of tags) expect(tag.lang, `${tag.key}="${tag.content}"`).toBe(CHINESE.test(tag.content) ? 'zh-CN' : '');
      // What a link preview shows: this page, in English.
      expect(values('og:locale').map((t) => t.content)).toEqual(['en_GB']);
      expect(values('og:title').map((t) => t.content)).toEqual([textOf(findElements(tree, (el) => el.tagName === 'title')[0]!)]);
      for (const key of ['og:title', 'og:description', 'og:site_name', 'og:image:alt']) {
        expect(values(key), key).toHaveLength(1);
        expect(values(key)[0]!.content, key).not.toMatch(CHINESE);
      }
    },
  );
});

describe('English on Chinese pages', () => {
  it.each(CHINESE_PAGES.map((p) => [p] as const))('%s marks every English phrase lang="en"', (path) => {
    const stray: string[] = [];
    walkWithLang(parsePage(path), '', (node, lang) => {
      if (lang.startsWith('en') || node.type !== 'text') return;
      // A run of three Latin words is English prose; single words (English, Astro) and figures are not.
      if (/[A-Za-z]+[\s,]+[A-Za-z]+[\s,]+[A-Za-z]+/.test(node.value)) stray.push(node.value.trim().slice(0, 40));
    });
    expect(stray).toEqual([]);
  });
});

describe('hreflang alternates', () => {
  // hreflang takes absolute URLs only, so the default build (no SITE_URL) has none; tests/build/site-url.test.ts checks them
  // in the build with the site's address it already makes.
  it('are absent without SITE_URL, as relative hreflang URLs are invalid', () => {
    for (const path of allBuiltPages()) expect(builtPage(path), path).not.toMatch(/<link rel="alternate" hreflang=/);
  });
});

describe('language switcher', () => {
  it('on every page leads to the same page in the other language, or to its home page when there is no twin', () => {
    for (const path of allBuiltPages()) {
      const switcher = findElements(parsePage(path), (el) => el.tagName === 'nav' && ['Language', '语言'].includes(attr(el, 'ariaLabel')));
      expect(switcher, path).toHaveLength(1);
      const links = findElements({ type: 'root', children: switcher }, (el) => el.tagName === 'a');
      expect(links, path).toHaveLength(1);
      const target = linkTarget(path, attr(links[0]!, 'href'))!;
      const here = pagePlace(`/${path}`);
      const there = pagePlace(`/${target}`);
      expect(there.lang, path).not.toBe(here.lang);
      expect(there.slug, path).toBe(TRANSLATED_SLUGS.includes(here.slug) ? here.slug : '');
      expect(attr(links[0]!, 'hrefLang')).toBe(there.lang);
    }
  });
});

describe('parallel text (/parallel/, /en/parallel/)', () => {
  it.each(['parallel/index.html', 'en/parallel/index.html'])(
    '%s has one row per paragraph, each with the Chinese then the English',
    (path) => {
      const tree = parsePage(path);
      const rows = findElements(tree, (el) => attr(el, 'className').includes('parallel-row'));
      expect(rows.map((row) => attr(row, 'id'))).toEqual(allIds);
      for (const row of rows) {
        const id = attr(row, 'id');
        const paragraphs = findElements({ type: 'root', children: [row] }, (el) => el.tagName === 'p');
        expect(paragraphs.map((p) => [attr(p, 'id'), attr(p, 'lang')])).toEqual([
          [`${id}-zh`, 'zh-CN'],
          [`${id}-en`, 'en'],
        ]);
        const part = id.replace(/-\d+$/, '');
        const index = Number(id.split('-').at(-1)) - 1;
        expect(textOf(paragraphs[0]!)).toBe(shownText(id, chinese.find((p) => p.id === part)!.paragraphs[index]!));
        expect(textOf(paragraphs[1]!)).toBe(withoutTags(english.find((p) => p.id === part)!.paragraphs[index]!));
        const link = findElements({ type: 'root', children: [row] }, (el) => el.tagName === 'a')[0]!;
        expect(attr(link, 'href')).toBe(`#${id}`);
      }
    },
  );

  it.each(['parallel/index.html', 'en/parallel/index.html'])('%s gives the note of each correction it marks, in Chinese', (path) => {
    const tree = parsePage(path);
    const errata = readErrata();
    expect(errata.length).toBeGreaterThan(0);
    for (const erratum of errata) {
      const marks = findElements(tree, (el) => attr(el, 'id') === `erratum-${erratum.id}-text`);
      expect(marks, erratum.id).toHaveLength(1);
      expect(attr(marks[0]!, 'href')).toBe(`#erratum-${erratum.id}`);
      const notes: { note: Element; lang: string }[] = [];
      walkWithLang(tree, '', (node, lang) => {
        if (node.type === 'element' && attr(node, 'id') === `erratum-${erratum.id}`) notes.push({ note: node, lang });
      });
      expect(notes, erratum.id).toHaveLength(1);
      expect(notes[0]!.lang).toBe('zh-CN');
      const { printed, corrected } = readerForm(erratum);
      expect(textOf(notes[0]!.note)).toContain(`原刊作“${printed}”，今作“${corrected}”。${erratum.reason}`);
    }
  });

  it('heads each section with both headings in one h2', () => {
    const headings = findElements(parsePage('en/parallel/index.html'), (el) => el.tagName === 'h2');
    expect(
      headings.map((h2) => [
        attr(h2, 'id'),
        ...findElements({ type: 'root', children: [h2] }, (el) => el.tagName === 'span').map(
          (span) => `${attr(span, 'lang')}: ${textOf(span)}`,
        ),
      ]),
    ).toEqual(
      chinese.slice(1).map((zh, i) => [zh.id, `zh-CN: ${normalizePunctuation(zh.data.title!)}`, `en: ${english[i + 1]!.data.title}`]),
    );
  });
});
