import { describe, expect, it } from 'vitest';
import { readerForm } from '@/lib/check/errata.ts';
import { chineseDate, isoDate } from '@/lib/text/format.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';
import { paragraphId } from '@/lib/text/paragraphs.ts';
import { figuresSchema } from '@/schemas.ts';
import { ledger, partSources, readErrata, shownText } from '../support/article.ts';
import { builtPage, elementText, paragraphIds, PAGES, READING_PAGES, withoutKeepSpans } from '../support/dist.ts';

const parts = partSources();
const errata = readErrata();
const pageOf = (id: string) => (id === 'lede' ? 'index.html' : `${id}/index.html`);

describe('built site (dist/)', () => {
  it.each(PAGES.map((p) => [p] as const))('%s exists, in Chinese, with one h1, landmarks and a skip link', (path) => {
    const html = builtPage(path);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toMatch(/<header[\s>]/);
    expect(html).toMatch(/<footer[\s>]/);
    expect(html).toMatch(/<a class="skip-link" href="#main">/);
  });

  it.each(parts.map((p) => [p.id, p] as const))(
    'the %s page and the full page hold its paragraphs, punctuation normalised, corrections applied',
    (id, part) => {
      const html = builtPage(pageOf(id));
      const full = builtPage('full/index.html');
      const ids = part.paragraphs.map((_, index) => paragraphId(id, index + 1));
      expect(paragraphIds(html)).toEqual(ids);
      part.paragraphs.forEach((paragraph, index) => {
        const expected = shownText(ids[index]!, paragraph);
        expect(elementText(html, ids[index]!)).toBe(expected);
        expect(elementText(full, ids[index]!)).toBe(expected);
      });
    },
  );

  it('the expected texts are not the MDX’s: the errata change what readers see', () => {
    expect(errata.length).toBeGreaterThan(0);
    for (const erratum of errata) {
      const part = parts.find((p) => erratum.paragraph.startsWith(`${p.id}-`))!;
      const paragraph = part.paragraphs[Number(erratum.paragraph.split('-').at(-1)) - 1]!;
      expect(shownText(erratum.paragraph, paragraph)).not.toBe(normalizePunctuation(paragraph));
    }
  });

  it.each(errata.map((e) => [e.id, e] as const))(
    'correction %s: the corrected reading, marked, links to a note giving the printed text',
    (_id, erratum) => {
      const { printed, corrected } = readerForm(erratum);
      const part = erratum.paragraph.replace(/-\d+$/, '');
      for (const path of [pageOf(part), 'full/index.html']) {
        const html = builtPage(path);
        expect(elementText(html, erratum.paragraph)).toContain(corrected);
        expect(html).toContain(
          `<a id="erratum-${erratum.id}-text" class="erratum" href="#erratum-${erratum.id}" aria-label="${corrected}（勘误：原刊作“${printed}”）">` +
            `<ins cite="#erratum-${erratum.id}" datetime="${isoDate(erratum.date)}">${corrected}</ins></a>`,
        );
        const note = new RegExp(`<li id="erratum-${erratum.id}"[^>]*>([\\s\\S]*?)</li>`).exec(html)?.[1] ?? '';
        expect(note.replace(/<[^>]+>/g, '')).toContain(
          `原刊作“${printed}”，今作“${corrected}”。${erratum.reason}${chineseDate(erratum.date)}校正`,
        );
        expect(note).toContain(`<time datetime="${isoDate(erratum.date)}">`);
        expect(note).toContain(`href="#erratum-${erratum.id}-text"`);
        // The printed text is in the mark's label and in the note, and nowhere else on the page.
        const elsewhere = html.replace(/<aside class="errata-notes"[\s\S]*?<\/aside>/g, '').replace(/<[^>]+>/g, '');
        expect(elsewhere).not.toContain(printed);
      }
    },
  );

  it('pages without corrections carry no errata notes', () => {
    const corrected = new Set(errata.map((e) => e.paragraph.replace(/-\d+$/, '')));
    for (const part of parts.filter((p) => !corrected.has(p.id))) {
      expect(builtPage(pageOf(part.id))).not.toContain('errata-notes');
    }
  });

  it.each(parts.filter((p) => p.data.title).map((p) => [p.id, p] as const))('the %s page is headed by its normalised title', (id, part) => {
    const html = builtPage(pageOf(id));
    expect(html).toMatch(new RegExp(`<h1[^>]*>${normalizePunctuation(part.data.title!)}</h1>`));
    expect(html).not.toContain(part.data.title!);
  });

  it('the full-article page holds every paragraph once, in reading order', () => {
    const html = builtPage('full/index.html');
    expect(paragraphIds(html)).toEqual(parts.flatMap((part) => part.paragraphs.map((_, index) => paragraphId(part.id, index + 1))));
  });

  it('shows no ASCII , : ; ? ! ( ) in the article text', () => {
    for (const part of parts) {
      const html = builtPage(pageOf(part.id));
      part.paragraphs.forEach((_, index) => {
        expect(elementText(html, paragraphId(part.id, index + 1))).not.toMatch(/[,:;?!()]/);
      });
    }
  });

  it('keeps every figure of the ledger on its page', () => {
    for (const figure of figuresSchema.parse(ledger())) {
      expect(elementText(builtPage(pageOf(figure.section)), figure.paragraph)).toContain(normalizePunctuation(figure.phrase));
    }
  });

  it('carries none of the host site’s chrome', () => {
    for (const path of PAGES) {
      const html = builtPage(path);
      expect(html).not.toContain('APP下载');
      expect(html).not.toContain('猜你喜欢');
      expect(html).not.toContain('狐狸的把戏');
    }
  });

  it('links only with relative URLs, so the site serves from any folder', () => {
    for (const path of PAGES) {
      expect(builtPage(path)).not.toMatch(/\s(?:href|src)="\/(?!\/)/);
    }
  });

  it('reading pages fetch no JavaScript: their one script is the small inline search loader', () => {
    for (const path of READING_PAGES) {
      // JSON-LD is data, not script.
      const scripts = (builtPage(path).match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? []).filter(
        (s) => !s.startsWith('<script type="application/ld+json">'),
      );
      // The 404 page has one more inline script, which points its links at the site's root wherever a host serves it.
      expect(scripts, path).toHaveLength(path === '404.html' ? 2 : 1);
      expect(scripts[0]).toMatch(/^<script>\(\(\)=>\{document\.documentElement\.classList\.add\("js"\)/);
      for (const script of scripts) expect(script.length, path).toBeLessThan(1000);
    }
  });

  it('every page, the search page included, has the same lang, so one search index serves them all', () => {
    const langs = new Set(PAGES.map((path) => /<html lang="([^"]+)"/.exec(builtPage(path))?.[1]));
    expect([...langs]).toEqual(['zh-CN']);
  });

  it('the home page has the title, byline, source line, lede and a table of contents', () => {
    const html = withoutKeepSpans(builtPage('index.html'));
    expect(html).toContain('党旗在副中心疫情防控一线高高飘扬</h1>');
    expect(html).toContain('常菁菁　焦超超');
    expect(html).toContain('《北京支部生活》2022年第6期（<time datetime="2022-06-18">2022年6月18日</time>）');
    expect(html).toMatch(
      /<nav aria-labelledby="toc-heading"[\s\S]*href="\.\/organizing\/index\.html"[\s\S]*href="\.\/vanguard\/index\.html"[\s\S]*href="\.\/contributions\/index\.html"/,
    );
  });
});
