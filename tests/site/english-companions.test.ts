import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { parse as parseYaml } from 'yaml';
import { englishReaderText } from '@/lib/check/english-companions.ts';
import { CONTENT, PART_IDS } from '@/lib/content/layout.ts';
import { figureNumeral } from '@/lib/graphics/chart.ts';
import { UI } from '@/i18n/ui.ts';
import { findMentions } from '@/lib/text/mentions.ts';
import { paragraphId } from '@/lib/text/paragraphs.ts';
import { paragraphLabel } from '@/i18n/labels.ts';
import {
  englishEntitySchema,
  englishFigureSchema,
  englishGlossaryEntrySchema,
  englishTimelineEventSchema,
  figuresSchema,
} from '@/schemas.ts';
import { ledger, rawErrata, read, readEnglishPublication } from '../support/article.ts';
import { entities, glossary, timeline } from '../support/companions.ts';
import { englishPartSources, findElements, linkTarget, parsePage, textOf } from '../support/english.ts';

const english = {
  glossary: englishGlossaryEntrySchema.array().parse(parseYaml(read(CONTENT.en.glossary))),
  entities: englishEntitySchema.array().parse(parseYaml(read(CONTENT.en.entities))),
  timeline: englishTimelineEventSchema.array().parse(parseYaml(read(CONTENT.en.timeline))),
  figures: englishFigureSchema.array().parse(parseYaml(read(CONTENT.en.figures))),
};

const chinese = { glossary: glossary(), entities: entities(), timeline: timeline(), figures: figuresSchema.parse(ledger()) };
const publication = readEnglishPublication();

/** The translation's paragraphs as readers see them, by id, in reading order. */
const texts = new Map(
  englishPartSources().flatMap((part) =>
    part.paragraphs.map((text, index) => [paragraphId(part.id, index + 1), englishReaderText(text)] as const),
  ),
);

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((entry) => [entry.id, entry]));
const attr = (element: Element, name: string) => String(element.properties[name] ?? '');

/** The dist path and fragment a link on the page at `page` leads to, e.g. `en/vanguard/index.html#vanguard-4`. */
const target = (page: string, href: string) => `${linkTarget(page, href)}${href.includes('#') ? href.slice(href.indexOf('#')) : ''}`;

/** Where an English paragraph lives, as links name it. */
const englishParagraph = (id: string) => {
  const part = id.replace(/-\d+$/, '');
  return `en/${part === 'lede' ? '' : `${part}/`}index.html#${id}`;
};

describe('glossary links in the English text', () => {
  const named = english.glossary.map((entry) => ({ id: entry.id, forms: entry.forms }));
  const definitions = byId(english.glossary);
  const pages = [
    ['en/index.html', ['lede']],
    ['en/organizing/index.html', ['organizing']],
    ['en/vanguard/index.html', ['vanguard']],
    ['en/contributions/index.html', ['contributions']],
    ['en/full/index.html', [...PART_IDS]],
  ] as const;

  /** The glossary terms in a page's English paragraphs: the paragraph, the entry, the words, and the definition and link of the popover the term opens. */
  const linksIn = (page: string) =>
    findElements(
      parsePage(page),
      (el) => el.tagName === 'p' && /^[a-z]+-\d+$/.test(attr(el, 'id')) && attr(el, 'lang') !== 'zh-CN',
    ).flatMap((p) =>
      findElements({ type: 'root', children: [p] }, (el) => el.tagName === 'button' && attr(el, 'popoverTarget') !== '').map((button) => {
        const [popover] = findElements({ type: 'root', children: [p] }, (el) => attr(el, 'id') === attr(button, 'popoverTarget'));
        const [link] = findElements({ type: 'root', children: [popover!] }, (el) => el.tagName === 'a');
        return {
          paragraph: attr(p, 'id'),
          id: attr(link!, 'href').replace(/^.*#/, ''),
          words: textOf(button),
          href: target(page, attr(link!, 'href')),
          // textOf leaves out what the search ignores, the popover among it: its definition is the text before the link.
          definition: popover!.children.flatMap((node) => (node.type === 'text' ? [node.value] : [])).join(''),
        };
      }),
    );

  it.each(pages.map(([page, parts]) => [page, parts] as const))(
    '%s links the first use of each term on the page, and only that',
    (page, parts) => {
      const expected: { paragraph: string; id: string; words: string }[] = [];
      const seen = new Set<string>();
      for (const [id, text] of texts) {
        if (!(parts as readonly string[]).includes(id.replace(/-\d+$/, ''))) continue;
        for (const mention of findMentions(text, named, { words: true })) {
          if (seen.has(mention.id)) continue;
          seen.add(mention.id);
          expected.push({ paragraph: id, id: mention.id, words: mention.form });
        }
      }
      const found = linksIn(page);
      expect(found.map(({ paragraph, id, words }) => ({ paragraph, id, words }))).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
      for (const link of found) {
        expect(link.href).toBe(`en/glossary/index.html#${link.id}`);
        expect(link.definition).toBe(definitions.get(link.id)!.definition);
      }
    },
  );

  it('links every term once in the full English text, in the paragraph where the Chinese term first stands', () => {
    const found = linksIn('en/full/index.html');
    expect(found.map((link) => [link.id, link.paragraph]).sort()).toEqual(chinese.glossary.map((term) => [term.id, term.paragraph]).sort());
  });

  it('the parallel pages link each term once in each language, each to its own glossary', () => {
    for (const page of ['parallel/index.html', 'en/parallel/index.html']) {
      const tree = parsePage(page);
      const popovers = findElements(tree, (el) => el.properties['popover'] !== undefined);
      const links = popovers.flatMap((popover) => findElements({ type: 'root', children: [popover] }, (el) => el.tagName === 'a'));
      const to = (lang: string) =>
        links
          .map((a) => target(page, attr(a, 'href')))
          .filter((href) => href.startsWith(lang === 'en' ? 'en/glossary/' : 'glossary/'))
          .map((href) => href.replace(/^.*#/, ''))
          .sort();
      expect(to('en'), page).toEqual(chinese.glossary.map((t) => t.id).sort());
      expect(to('zh-CN'), page).toEqual(chinese.glossary.map((t) => t.id).sort());
    }
  });
});

describe('English glossary page (/en/glossary/)', () => {
  const tree = parsePage('en/glossary/index.html');
  const entries = findElements(tree, (el) => el.tagName === 'div' && /\bglossary-entry\b/.test(attr(el, 'className')));

  it('holds every entry in the Chinese order, with the Chinese term, its pinyin, the definition and the first use', () => {
    expect(entries.map((el) => attr(el, 'id'))).toEqual(chinese.glossary.map((t) => t.id));
    for (const el of entries) {
      const id = attr(el, 'id');
      const en = byId(english.glossary).get(id)!;
      const zh = byId(chinese.glossary).get(id)!;
      const root = { type: 'root' as const, children: [el] };
      expect(textOf(findElements(root, (e) => e.tagName === 'dfn')[0]!)).toBe(en.term);
      expect(findElements(root, (e) => attr(e, 'lang') === 'zh-CN' && textOf(e) === zh.term)).toHaveLength(1);
      expect(textOf(findElements(root, (e) => attr(e, 'lang') === 'zh-Latn-pinyin')[0]!)).toBe(en.pinyin);
      expect(textOf(findElements(root, (e) => e.tagName === 'dd')[0]!)).toBe(en.definition);
      const links = findElements(root, (e) => e.tagName === 'a').map((a) => [target('en/glossary/index.html', attr(a, 'href')), textOf(a)]);
      expect(links).toEqual([
        [englishParagraph(zh.paragraph), paragraphLabel(zh.paragraph, 'en')],
        [`glossary/index.html#${id}`, '中文释义'],
      ]);
    }
  });
});

describe('English figures page (/en/figures/)', () => {
  const tree = parsePage('en/figures/index.html');
  const ledgerById = byId(chinese.figures);
  const englishById = byId(english.figures);

  it('draws every charted figure with the ledger’s value and the English numeral and unit', () => {
    // Each drawing of the chart (phone and wide) draws every charted figure once.
    const drawings = findElements(tree, (el) => el.tagName === 'svg' && attr(el, 'dataChart') === 'figures');
    expect(drawings).toHaveLength(2);
    const marks = drawings.flatMap((svg) =>
      findElements({ type: 'root', children: [svg] }, (el) => el.tagName === 'g' && attr(el, 'dataFigure') !== ''),
    );
    const ids = english.figures
      .filter((f) => f.label)
      .map((f) => f.id)
      .sort();
    expect(marks.map((g) => attr(g, 'dataFigure')).sort()).toEqual([...ids, ...ids].sort());
    for (const g of marks) {
      const figure = ledgerById.get(attr(g, 'dataFigure'))!;
      expect(Number(attr(g, 'dataValue'))).toBe(figure.value);
      const numeral = textOf(findElements({ type: 'root', children: [g] }, (el) => 'dataNumeral' in el.properties)[0]!).trim();
      expect(numeral.startsWith(figureNumeral(figure.value as number, figure.approx, 'en'))).toBe(true);
    }
    const svg = findElements(tree, (el) => el.tagName === 'svg' && attr(el, 'dataChart') === 'figures')[0]!;
    expect(textOf(findElements({ type: 'root', children: [svg] }, (el) => el.tagName === 'title')[0]!)).toBe(UI.en.chart.title);
  });

  it('tables every figure of the ledger in reading order with its English words, its Chinese words and its paragraph', () => {
    const table = findElements(tree, (el) => el.tagName === 'table' && attr(el, 'ariaLabelledBy') === 'all-figures')[0]!;
    const rows = findElements({ type: 'root', children: [table] }, (el) => el.tagName === 'tr' && attr(el, 'dataFigure') !== '');
    expect(rows.map((r) => attr(r, 'dataFigure')).sort()).toEqual(chinese.figures.map((f) => f.id).sort());
    for (const row of rows) {
      const id = attr(row, 'dataFigure');
      const text = textOf(row);
      expect(text).toContain(englishById.get(id)!.phrase);
      const link = findElements({ type: 'root', children: [row] }, (el) => el.tagName === 'a')[0]!;
      expect(target('en/figures/index.html', attr(link, 'href'))).toBe(englishParagraph(ledgerById.get(id)!.paragraph));
    }
  });

  it('writes the headline figures as the translation does', () => {
    const text = textOf(findElements(tree, (el) => el.tagName === 'main')[0]!);
    for (const figure of ['637 people', '3,717 people', '30,000+', '2,100+', '5,300+ people']) expect(text).toContain(figure);
  });
});

describe('English who-and-where page (/en/people-places/)', () => {
  const tree = parsePage('en/people-places/index.html');

  it('holds every entry with its English and Chinese names, linking every paragraph that names it, the name marked in the excerpt', () => {
    const items = findElements(tree, (el) => el.tagName === 'li' && byId(chinese.entities).has(attr(el, 'id')));
    expect(items.map((el) => attr(el, 'id')).sort()).toEqual(chinese.entities.map((e) => e.id).sort());
    for (const item of items) {
      const id = attr(item, 'id');
      const zh = byId(chinese.entities).get(id)!;
      const en = byId(english.entities).get(id)!;
      const root = { type: 'root' as const, children: [item] };
      const heading = findElements(root, (el) => el.tagName === 'h3')[0]!;
      expect(textOf(heading)).toContain(en.name);
      expect(findElements({ type: 'root', children: [heading] }, (el) => attr(el, 'lang') === 'zh-CN').map(textOf)).toEqual([zh.name]);
      const links = findElements(root, (el) => el.tagName === 'a');
      expect(links.map((a) => target('en/people-places/index.html', attr(a, 'href')))).toEqual(zh.paragraphs.map(englishParagraph));
      const marks = findElements(root, (el) => el.tagName === 'mark').map(textOf);
      expect(marks).toHaveLength(zh.paragraphs.length);
      for (const mark of marks) expect(en.forms).toContain(mark);
    }
  });
});

describe('English timeline page (/en/timeline/)', () => {
  it('shows the events in date order, each with its English date, title and the words of its paragraph', () => {
    const tree = parsePage('en/timeline/index.html');
    const items = findElements(tree, (el) => el.tagName === 'li' && byId(chinese.timeline).has(attr(el, 'id')));
    const ordered = [...chinese.timeline].sort((a, b) => a.date.getTime() - b.date.getTime());
    expect(items.map((el) => attr(el, 'id'))).toEqual(ordered.map((e) => e.id));
    for (const item of items) {
      const event = byId(chinese.timeline).get(attr(item, 'id'))!;
      const en = byId(english.timeline).get(event.id)!;
      const text = textOf(item);
      expect(text).toContain(en.title);
      const time = findElements({ type: 'root', children: [item] }, (el) => el.tagName === 'time')[0]!;
      expect(attr(time, 'dateTime')).toBe(event.date.toISOString().slice(0, 10));
      if (event.source === 'article') {
        expect(text).toContain(en.phrase);
        const link = findElements({ type: 'root', children: [item] }, (el) => el.tagName === 'a')[0]!;
        expect(target('en/timeline/index.html', attr(link, 'href'))).toBe(englishParagraph(event.paragraph));
      }
    }
  });
});

describe('English about page (/en/about/)', () => {
  const tree = parsePage('en/about/index.html');
  const section = (id: string) => findElements(tree, (el) => el.tagName === 'section' && attr(el, 'ariaLabelledBy') === id)[0]!;

  it('has the translator’s note: who translated, when, and every convention', () => {
    const note = section('translation');
    const text = textOf(note);
    expect(text).toContain(`Translated by ${publication.translation.by}`);
    const time = findElements({ type: 'root', children: [note] }, (el) => el.tagName === 'time')[0]!;
    expect(attr(time, 'dateTime')).toBe(publication.translation.date.toISOString().slice(0, 10));
    for (const paragraph of publication.translation.note) expect(text).toContain(paragraph);
    const items = findElements({ type: 'root', children: [note] }, (el) => el.tagName === 'li').map(textOf);
    expect(items).toEqual(publication.translation.conventions);
  });

  it('gives the same provenance as the Chinese about page: reference digest and normalisation count', () => {
    const zh = parsePage('about/index.html');
    const byHtmlId = (root: typeof tree, id: string) => textOf(findElements(root, (el) => attr(el, 'id') === id)[0]!).trim();
    for (const id of ['reference-sha256', 'normalized-count']) expect(byHtmlId(tree, id)).toBe(byHtmlId(zh, id));
    expect(byHtmlId(tree, 'reference-sha256')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('offers citations of the article and of the translation, Chinese characters in them marked as Chinese', () => {
    const cite = (id: string) => findElements(tree, (el) => attr(el, 'id') === id)[0]!;
    expect(textOf(cite('cite-apa'))).toMatch(/^Chang, J\., & Jiao, C\. \(2022, June 18\)\./);
    expect(textOf(cite('cite-translation-apa'))).toBe(
      `Chang, J., & Jiao, C. (2026). ${publication.titleSentenceCase} (The editors of this archive edition, Trans.). (Original work published 2022)`,
    );
    expect(textOf(cite('cite-translation-chicago'))).toContain(
      `“${publication.title}.” Translated by ${publication.translation.by}, 2026.`,
    );
    const marked = findElements({ type: 'root', children: [cite('cite-chicago-bib')] }, (el) => attr(el, 'lang') === 'zh-CN').map(textOf);
    expect(marked).toEqual(expect.arrayContaining(['常菁菁', '焦超超', '北京支部生活']));
  });

  it('gives the reason of each correction in English', () => {
    const errata = rawErrata() as { id: string; reasonEnglish?: string }[];
    const text = textOf(section('errata'));
    for (const erratum of errata) expect(text).toContain(erratum.reasonEnglish);
    const count = findElements(tree, (el) => attr(el, 'id') === 'errata-count')[0]!;
    expect(Number(textOf(count))).toBe(errata.length);
  });
});

describe('English companion navigation', () => {
  it.each(['en/index.html', 'en/vanguard/index.html', 'en/glossary/index.html', 'en/about/index.html'])(
    '%s links the English companion pages from its header',
    (page) => {
      const nav = findElements(parsePage(page), (el) => el.tagName === 'nav' && attr(el, 'ariaLabel') === 'Reader’s guide')[0]!;
      const links = findElements({ type: 'root', children: [nav] }, (el) => el.tagName === 'a').map((a) => [
        target(page, attr(a, 'href')),
        textOf(a),
      ]);
      expect(links).toEqual([
        ['en/figures/index.html', 'Figures'],
        ['en/timeline/index.html', 'Timeline'],
        ['en/glossary/index.html', 'Glossary'],
        ['en/people-places/index.html', 'People and places'],
        ['en/about/index.html', 'About this edition'],
      ]);
    },
  );
});
