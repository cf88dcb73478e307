import { describe, expect, it } from 'vitest';
import { figureNumeral } from '@/lib/graphics/chart.ts';
import { findMentions } from '@/lib/text/mentions.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';
import { paragraphLabel } from '@/i18n/labels.ts';
import { PART_IDS } from '@/lib/content/layout.ts';
import { figuresSchema } from '@/schemas.ts';
import { ledger } from '../support/article.ts';
import { entities, glossary, paragraphs, timeline } from '../support/companions.ts';
import { builtPage, paragraphIds, PAGES, withoutKeepSpans } from '../support/dist.ts';

const figures = figuresSchema.parse(ledger());
const charted = figures.filter((f) => ['people', 'person-times', 'organisations'].includes(f.kind));
const texts = paragraphs();
const terms = glossary();

/** Where a link in the page at `page` (a dist path) leads, as a root-relative path with its fragment. */
function target(page: string, href: string): string {
  const url = new URL(href.replaceAll('&amp;', '&'), `http://site/${page}`);
  return url.pathname + url.hash;
}

/** The page file and fragment a paragraph lives at on its own part's page, as links name it (`/vanguard/index.html#vanguard-4`). */
function paragraphTarget(id: string): string {
  const part = id.replace(/-\d+$/, '');
  return `${part === 'lede' ? '/' : `/${part}/`}index.html#${id}`;
}

/** The inner HTML of each paragraph with an article id, in document order. */
function paragraphHtml(html: string): { id: string; inner: string }[] {
  return Array.from(html.matchAll(/<p id="([a-z]+-\d+)"[^>]*>([\s\S]*?)<\/p>/g), (m) => ({ id: m[1]!, inner: m[2]! }));
}

/** The attributes of a start tag as a map. */
function attributes(tag: string): Map<string, string> {
  return new Map(Array.from(tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g), (m) => [m[1]!, m[2] ?? '']));
}

describe('companion navigation', () => {
  it.each(PAGES.map((p) => [p] as const))('%s links the four companion pages and the about page from its header', (path) => {
    const html = builtPage(path);
    const nav = /<nav aria-label="读者助手"[\s\S]*?<\/nav>/.exec(html)?.[0];
    expect(nav, 'no companion nav').toBeDefined();
    const links = Array.from(nav!.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g), (m) => [target(path, m[1]!), m[2]]);
    expect(links).toEqual([
      ['/figures/index.html', '数字一览'],
      ['/timeline/index.html', '时间线'],
      ['/glossary/index.html', '名词解释'],
      ['/people-places/index.html', '人物与地点'],
      ['/about/index.html', '关于本版'],
    ]);
  });

  it('marks the current companion page', () => {
    for (const slug of ['figures', 'timeline', 'glossary', 'people-places', 'about']) {
      const nav = /<nav aria-label="读者助手"[\s\S]*?<\/nav>/.exec(builtPage(`${slug}/index.html`))![0];
      expect(nav.match(/aria-current="page"/g)).toHaveLength(1);
      expect(nav).toMatch(/<a href="\.\/index\.html" aria-current="page"/);
    }
  });
});

describe('figures chart', () => {
  for (const [page, prefix] of [
    ['figures/index.html', 'figures-chart'],
    ['index.html', 'home-figures'],
  ] as const) {
    const html = builtPage(page);
    const svg = /<svg[^>]*data-chart="figures"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';

    it(`${page}: is an SVG image named by its title and described by its desc`, () => {
      expect(svg).not.toBe('');
      const open = attributes(/<svg[^>]*>/.exec(svg)![0]);
      expect(open.get('role')).toBe('img');
      expect(open.get('aria-labelledby')).toBe(`${prefix}-title`);
      expect(open.get('aria-describedby')).toBe(`${prefix}-desc`);
      expect(svg).toMatch(new RegExp(`<title id="${prefix}-title">[^<]{4,}</title>`));
      const desc = new RegExp(`<desc id="${prefix}-desc">([^<]+)</desc>`).exec(svg)?.[1];
      expect(desc).toBeDefined();
      for (const figure of charted) {
        expect(desc).toContain(
          `${normalizePunctuation(figure.label!)}${figureNumeral(figure.value as number, figure.approx)}${figure.unit}`,
        );
      }
      expect(html.match(new RegExp(`id="${prefix}-(title|desc)"`, 'g'))).toHaveLength(2);
    });

    it(`${page}: draws each charted figure with the ledger’s value, numeral and paragraph`, () => {
      // Marks inside the image carry their paragraph as data: links inside role="img" would be hidden from assistive
      // technology, so the links are in the data table beside the chart.
      const marks = Array.from(svg.matchAll(/<g ([^>]*data-figure="[^"]+"[^>]*)>([\s\S]*?)<\/g>/g), (m) => ({
        attrs: attributes(` ${m[1]!}`),
        body: m[2]!,
      }));
      expect(marks.map((m) => m.attrs.get('data-figure')).sort()).toEqual(charted.map((f) => f.id).sort());
      for (const mark of marks) {
        const figure = charted.find((f) => f.id === mark.attrs.get('data-figure'))!;
        expect(Number(mark.attrs.get('data-value'))).toBe(figure.value);
        expect(mark.attrs.get('data-paragraph')).toBe(figure.paragraph);
        expect(mark.body).not.toMatch(/<a[\s>]/);
        const shown = /<text[^>]*data-numeral[^>]*>([\s\S]*?)<\/text>/.exec(mark.body)![1]!.replace(/<[^>]+>/g, '');
        expect(shown).toBe(`${figureNumeral(figure.value as number, figure.approx)}${figure.unit}`);
      }
    });

    it(`${page}: puts the counts of people on one scale, and only them`, () => {
      const bars = Array.from(
        svg.matchAll(/data-figure="([^"]+)" data-value="(\d+)"[^>]*>[\s\S]*?<rect[^>]*width="([\d.]+)"[^>]*data-bar/g),
        (m) => ({
          id: m[1]!,
          value: Number(m[2]),
          width: Number(m[3]),
        }),
      );
      const people = charted.filter((f) => f.kind === 'people');
      expect(bars.map((b) => b.id).sort()).toEqual(people.map((f) => f.id).sort());
      expect(bars.map((b) => b.value)).toEqual([...bars.map((b) => b.value)].sort((a, b) => b - a));
      const perUnit = bars[0]!.width / bars[0]!.value;
      for (const bar of bars) expect(bar.width / bar.value).toBeCloseTo(perUnit, 6);
      // One dashed tail per “余” bar.
      expect(svg.match(/stroke-dasharray/g)?.length).toBe(people.filter((f) => f.approx).length + 1);
    });
  }

  it('the figures page has a data table with every charted figure, its numeral and its paragraph', () => {
    const html = builtPage('figures/index.html');
    const from = html.indexOf('aria-labelledby="chart-data"');
    const table = html.slice(from, html.indexOf('</table>', from));
    const rows = Array.from(table.matchAll(/<tr[^>]*data-figure="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g), (m) => ({ id: m[1]!, row: m[2]! }));
    expect(rows.map((r) => r.id).sort()).toEqual(charted.map((f) => f.id).sort());
    for (const { id, row } of rows) {
      const figure = charted.find((f) => f.id === id)!;
      const numeral = /<td[^>]*data-numeral[^>]*>([\s\S]*?)<\/td>/
        .exec(row)![1]!
        .replace(/<[^>]+>/g, '')
        .trim();
      expect(numeral).toBe(`${figureNumeral(figure.value as number, figure.approx)}${figure.unit}`);
      const link = /<a href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(row)!;
      expect(target('figures/index.html', link[1]!)).toBe(paragraphTarget(figure.paragraph));
      expect(link[2]).toBe(paragraphLabel(figure.paragraph));
    }
  });

  it('the figures page lists every number of the ledger with a link to its paragraph', () => {
    const html = builtPage('figures/index.html');
    for (const figure of figures) {
      expect(html).toContain(`<td class="py-2 pe-3">${normalizePunctuation(figure.phrase)}</td>`);
    }
    const from = html.indexOf('id="all-figures"');
    const table = html.slice(from, html.indexOf('</table>', from));
    const targets = Array.from(table.matchAll(/<a href="([^"]+)"[^>]*>/g), (m) => target('figures/index.html', m[1]!));
    expect(targets.sort()).toEqual(figures.map((f) => paragraphTarget(f.paragraph)).sort());
  });
});

describe('glossary links in the article', () => {
  const named = terms.map((t) => ({ id: t.id, forms: [t.term, ...t.forms].map(normalizePunctuation) }));
  const pageOf: Record<string, string> = {
    lede: 'index.html',
    organizing: 'organizing/index.html',
    vanguard: 'vanguard/index.html',
    contributions: 'contributions/index.html',
  };
  const cases = [...PART_IDS.map((part) => [pageOf[part]!, [part]] as const), ['full/index.html', [...PART_IDS]] as const];

  it.each(cases.map(([page, parts]) => [page, parts] as const))(
    '%s links the first occurrence of each term on the page, and only that',
    (page, parts) => {
      const html = builtPage(page);
      // What the page should link: the first mention of each term in its paragraphs, in reading order.
      const expected: { paragraph: string; id: string; form: string }[] = [];
      const seen = new Set<string>();
      for (const [id, text] of texts) {
        if (!parts.includes(id.replace(/-\d+$/, '') as (typeof PART_IDS)[number])) continue;
        for (const mention of findMentions(normalizePunctuation(text), named)) {
          if (seen.has(mention.id)) continue;
          seen.add(mention.id);
          expected.push({ paragraph: id, id: mention.id, form: mention.form });
        }
      }
      const found = paragraphHtml(html).flatMap(({ id, inner }) =>
        // A term is a button opening the popover after it, which holds the definition and the link to the entry.
        Array.from(
          inner.matchAll(
            /<button type="button" popovertarget="g-([^"]+)">([^<]*)<\/button><span popover(?:="")? id="g-\1"[^>]*>([^<]*)<a href="([^"]+)">/g,
          ),
          (m) => {
            const [, term, form, definition, href] = m as unknown as [string, string, string, string, string];
            expect(target(page, href)).toBe(`/glossary/index.html#${term}`);
            expect(definition).toBe(terms.find((t) => t.id === term)!.definition);
            return { paragraph: id, id: term, form };
          },
        ),
      );
      expect(found).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    },
  );

  it('the full-article page links every term exactly once', () => {
    const ids = Array.from(builtPage('full/index.html').matchAll(/popovertarget="g-([^"]+)"/g), (m) => m[1]);
    expect(ids.sort()).toEqual(terms.map((t) => t.id).sort());
  });

  it('every link leads to an entry that exists on the glossary page', () => {
    const html = withoutKeepSpans(builtPage('glossary/index.html'));
    for (const term of terms) {
      expect(html).toMatch(new RegExp(`<div id="${term.id}"[^>]*>\\s*<dt[^>]*><dfn>${term.term}</dfn></dt>`));
    }
  });
});

describe('glossary page', () => {
  const html = withoutKeepSpans(builtPage('glossary/index.html'));

  it('holds every entry in order, with its definition and a link to where it first stands', () => {
    const entries = Array.from(html.matchAll(/<div id="([a-z0-9-]+)" class="glossary-entry[^"]*">([\s\S]*?)<\/div>/g), (m) => ({
      id: m[1]!,
      body: m[2]!,
    }));
    expect(entries.map((e) => e.id)).toEqual(terms.map((t) => t.id));
    for (const { id, body } of entries) {
      const term = terms.find((t) => t.id === id)!;
      expect(body).toContain(`<dd class="mt-1 text-pretty">${term.definition}</dd>`);
      const link = /首见于 <a href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(body)!;
      expect(target('glossary/index.html', link[1]!)).toBe(paragraphTarget(term.paragraph));
      expect(link[2]).toBe(paragraphLabel(term.paragraph));
    }
  });
});

describe('paragraph permalinks', () => {
  it.each(
    ['index.html', 'organizing/index.html', 'vanguard/index.html', 'contributions/index.html', 'full/index.html'].map((p) => [p] as const),
  )('%s ends every paragraph with one ¶ link to itself, named, and kept out of the search index', (page) => {
    const html = builtPage(page);
    const list = paragraphHtml(html);
    expect(list.map((p) => p.id)).toEqual(paragraphIds(html));
    expect(list.length).toBeGreaterThan(0);
    for (const { id, inner } of list) {
      const links = Array.from(inner.matchAll(/<a ([^>]*class="permalink"[^>]*)>([^<]*)<\/a>/g));
      expect(links, id).toHaveLength(1);
      const [all, tag, text] = links[0]!;
      expect(inner.endsWith(all)).toBe(true);
      const attrs = attributes(` ${tag}`);
      expect(attrs.get('href')).toBe(`#${id}`);
      expect(attrs.get('aria-label')).toBe(`${paragraphLabel(id)}的链接`);
      expect(attrs.has('data-pagefind-ignore')).toBe(true);
      expect(text).toBe('¶');
    }
  });
});

describe('who-and-where page', () => {
  const html = builtPage('people-places/index.html');
  const list = entities();

  it('holds every entry under its kind, linking every paragraph that names it, with the name in the excerpt', () => {
    for (const [kind, heading] of [
      ['person', '人物'],
      ['place', '地点'],
      ['organisation', '机构'],
    ] as const) {
      const section = new RegExp(`<section aria-labelledby="${kind}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
      expect(section).toContain(`>${heading}</h2>`);
      const items = Array.from(section.matchAll(/<li id="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/ul>\s*<\/li>/g), (m) => ({
        id: m[1]!,
        body: m[2]!,
      }));
      expect(items.map((i) => i.id).sort()).toEqual(
        list
          .filter((e) => e.kind === kind)
          .map((e) => e.id)
          .sort(),
      );
      for (const { id, body } of items) {
        const entity = list.find((e) => e.id === id)!;
        expect(body).toContain(`<h3 class="text-lg font-bold">${entity.name}</h3>`);
        const mentions = Array.from(body.matchAll(/<li><a href="([^"]+)"[^>]*>([^<]+)<\/a>([\s\S]*?)<\/li>/g));
        expect(mentions.map((m) => target('people-places/index.html', m[1]!))).toEqual(entity.paragraphs.map(paragraphTarget));
        expect(mentions.map((m) => m[2])).toEqual(entity.paragraphs.map((p) => paragraphLabel(p)));
        for (const m of mentions) {
          const marked = /<mark[^>]*>([^<]+)<\/mark>/.exec(m[3]!)?.[1];
          expect(entity.forms).toContain(marked);
        }
      }
    }
  });
});

describe('timeline page', () => {
  const html = withoutKeepSpans(builtPage('timeline/index.html'));

  it('shows the events in date order, each quoting and linking its paragraph', () => {
    const events = timeline();
    const items = Array.from(html.matchAll(/<li id="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/li>/g), (m) => ({ id: m[1]!, body: m[2]! }));
    expect(items.map((i) => i.id)).toEqual([...events].sort((a, b) => a.date.getTime() - b.date.getTime()).map((e) => e.id));
    for (const { id, body } of items) {
      const event = events.find((e) => e.id === id)!;
      expect(body).toContain(`<time datetime="${event.date.toISOString().slice(0, 10)}">`);
      if (event.source === 'article') {
        expect(body).toContain(normalizePunctuation(event.phrase));
        const link = /出处：<a href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(body)!;
        expect(target('timeline/index.html', link[1]!)).toBe(paragraphTarget(event.paragraph));
      }
    }
  });
});
