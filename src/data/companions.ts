import { getCollection, type CollectionEntry } from 'astro:content';
import { getCorrections, getFigures, getParts } from '@/data/article.ts';
import { correctedChinese, correctedEnglish } from '@/lib/check/corrected-figures.ts';
import type { ChartFigure } from '@/lib/graphics/chart.ts';
import { englishReaderText } from '@/lib/check/english-companions.ts';
import type { Lang } from '@/i18n/locale.ts';
import { excerpt, type Excerpt } from '@/lib/text/mentions.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';
import { paragraphId, paragraphPosition, splitParagraphs, stripFrontmatter } from '@/lib/text/paragraphs.ts';
import { paragraphLabel } from '@/i18n/labels.ts';
import { paragraphUrl } from '@/i18n/urls.ts';
import { CONTENT, PART_IDS } from '@/lib/content/layout.ts';

/** A glossary entry. */
export type GlossaryEntry = CollectionEntry<'glossary'>['data'];
/** A dated event. */
export type TimelineEvent = CollectionEntry<'timeline'>['data'];
/** A person, place or organisation the article names. */
export type Entity = CollectionEntry<'entities'>['data'];
/** An entry of the figures ledger. */
export type Figure = Awaited<ReturnType<typeof getFigures>>[number];

/** A link to one paragraph: where it lives and how readers name it. */
export interface ParagraphLink {
  id: string;
  href: string;
  /** E.g. 第二部分第4段. */
  label: string;
}

/** A paragraph id as a link with its reader-facing label, on the pages of one language. */
export function paragraphLink(id: string, lang: Lang = 'zh-CN'): ParagraphLink {
  return {
    id,
    href: paragraphUrl(id, lang),
    label: paragraphLabel(id, lang),
  };
}

/** Every paragraph's text as readers see it (punctuation normalised), keyed by paragraph id, in reading order. */
export async function getParagraphTexts(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const part of await getParts()) {
    splitParagraphs(stripFrontmatter(part.body ?? '')).forEach((text, index) => {
      texts.set(paragraphId(part.id, index + 1), normalizePunctuation(text));
    });
  }
  return texts;
}

/** Every paragraph of the English translation as readers see its words (the `<Zh>` markup gone, the Chinese kept), keyed by paragraph id. */
export async function getEnglishParagraphTexts(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const part of await getParts('en')) {
    splitParagraphs(stripFrontmatter(part.body ?? '')).forEach((text, index) => {
      texts.set(paragraphId(part.id, index + 1), englishReaderText(text));
    });
  }
  return texts;
}

/** The English twin of each entry of a Chinese list, in the Chinese list's order; a missing twin is an error naming the file. */
async function withEnglish<C extends { id: string }, E extends { id: string }>(
  chinese: readonly C[],
  collection: 'glossaryEn' | 'timelineEn' | 'entitiesEn' | 'figuresEn',
  file: string,
): Promise<(C & { en: E })[]> {
  const english = new Map((await getCollection(collection)).map((entry) => [entry.data.id, entry.data as unknown as E]));
  return chinese.map((entry) => {
    const en = english.get(entry.id);
    if (!en) throw new Error(`${file}: entry “${entry.id}” has no English entry; add one with id: ${entry.id}`);
    return { ...entry, en };
  });
}

/** A glossary entry with its English twin. */
export type EnglishGlossaryEntry = GlossaryEntry & { en: CollectionEntry<'glossaryEn'>['data'] };
/** A dated event with its English twin. */
export type EnglishTimelineEvent = TimelineEvent & { en: CollectionEntry<'timelineEn'>['data'] };
/** A named person, place or organisation with its English twin. */
export type EnglishEntity = Entity & { en: CollectionEntry<'entitiesEn'>['data'] };
/** A ledger figure with its English twin. */
export type EnglishFigure = Figure & { en: CollectionEntry<'figuresEn'>['data'] };

/** The glossary in English, in the order the terms first stand in the article. */
export async function getEnglishGlossary(): Promise<EnglishGlossaryEntry[]> {
  return withEnglish(await getGlossary(), 'glossaryEn', CONTENT.en.glossary);
}

/** The dated events in English, earliest first, their quoted words as the corrected translation reads them. */
export async function getEnglishTimeline(): Promise<EnglishTimelineEvent[]> {
  const corrections = await getCorrections();
  return (await withEnglish<TimelineEvent, EnglishTimelineEvent['en']>(await getTimeline(), 'timelineEn', CONTENT.en.timeline)).map(
    (event) =>
      event.source === 'article' && event.en.phrase !== undefined
        ? { ...event, en: { ...event.en, phrase: correctedEnglish(event.paragraph, event.en.phrase, corrections) } }
        : event,
  );
}

/** The named people, places and organisations in English, in the order the article first names them. */
export async function getEnglishEntities(): Promise<EnglishEntity[]> {
  return withEnglish(await getEntities(), 'entitiesEn', CONTENT.en.entities);
}

/** The figures ledger in English, in the order its phrases stand in the article, each phrase as the corrected translation reads it. */
export async function getEnglishFigures(): Promise<EnglishFigure[]> {
  const corrections = await getCorrections();
  return (await withEnglish<Figure, EnglishFigure['en']>(await getFiguresInReadingOrder(), 'figuresEn', CONTENT.en.figures)).map(
    (figure) => ({
      ...figure,
      en: { ...figure.en, phrase: correctedEnglish(figure.paragraph, figure.en.phrase, corrections) },
    }),
  );
}

/**
 * Sorts items into reading order: by the paragraph each stands in, then by where in that paragraph the first of
 * its phrases stands. (Collections come back sorted by id, not in file order.)
 */
async function inReadingOrder<T>(items: T[], place: (item: T) => { paragraph: string; phrases: readonly string[] }): Promise<T[]> {
  const texts = await getParagraphTexts();
  const key = (item: T): [number, number, number] => {
    const { paragraph, phrases } = place(item);
    const text = texts.get(paragraph) ?? '';
    const offsets = phrases.map((phrase) => text.indexOf(normalizePunctuation(phrase))).filter((at) => at !== -1);
    return [...paragraphPosition(paragraph, PART_IDS), offsets.length > 0 ? Math.min(...offsets) : Infinity];
  };
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return keyed.map(({ item }) => item);
}

/** The glossary, in the order the terms first stand in the article. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  const entries = (await getCollection('glossary')).map((entry) => entry.data);
  return inReadingOrder(entries, (entry) => ({ paragraph: entry.paragraph, phrases: [entry.term, ...entry.forms] }));
}

/** The figures ledger in the order its phrases stand in the article. */
export async function getFiguresInReadingOrder(): Promise<Figure[]> {
  return inReadingOrder(await getFigures(), (figure) => ({ paragraph: figure.paragraph, phrases: [figure.phrase] }));
}

/** The dated events, earliest first: an event of the text with its date and quoted words as the corrected text has them. */
export async function getTimeline(): Promise<TimelineEvent[]> {
  const [corrections, figures] = await Promise.all([getCorrections(), getFigures()]);
  return (await getCollection('timeline'))
    .map((entry): TimelineEvent => {
      const event = entry.data;
      if (event.source !== 'article') return event;
      const date = figures.find((figure) => figure.id === event.figure)?.value;
      return {
        ...event,
        phrase: correctedChinese(event.paragraph, event.phrase, corrections),
        date: date instanceof Date ? date : event.date,
      };
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** The named people, places and organisations, in the order the article first names them. */
export async function getEntities(): Promise<Entity[]> {
  const entities = (await getCollection('entities')).map((entry) => entry.data);
  return inReadingOrder(entities, (entity) => ({ paragraph: entity.paragraphs[0] ?? '', phrases: entity.forms }));
}

/** The figures the chart draws, labelled in one language: counts of people on one scale, and the person-times and organisations apart. */
export async function getChartFigures(lang: Lang = 'zh-CN'): Promise<{ people: ChartFigure[]; apart: ChartFigure[] }> {
  const figures: (Figure & { en?: EnglishFigure['en'] })[] = lang === 'en' ? await getEnglishFigures() : await getFiguresInReadingOrder();
  const toChart = (figure: Figure & { en?: EnglishFigure['en'] }): ChartFigure => {
    const { unit, label } = lang === 'en' ? (figure.en ?? {}) : figure;
    if (typeof figure.value !== 'number' || !unit || !label) {
      const file = lang === 'en' ? CONTENT.en.figures : CONTENT.figures;
      throw new Error(`${file}: ${figure.id} is charted (kind ${figure.kind}) and needs a numeric value, a unit and a label`);
    }
    return { id: figure.id, value: figure.value, approx: figure.approx, unit, label, paragraph: figure.paragraph };
  };
  return {
    people: figures.filter((f) => f.kind === 'people').map(toChart),
    apart: figures.filter((f) => f.kind === 'person-times' || f.kind === 'organisations').map(toChart),
  };
}

/** A person, place or organisation as an index page shows it, in one language: its names, its note, and every paragraph naming it with the words around the name. */
export interface IndexEntry {
  id: string;
  kind: Entity['kind'];
  /** The name in the page's language. */
  name: string;
  /** On English pages, the Chinese name as printed. */
  chinese: string | undefined;
  note: string;
  mentions: { link: ParagraphLink; around: Excerpt }[];
}

/** The who-and-where index in one language, in the order the article first names each entry; a paragraph that does not name its entry is an error naming the file. */
export async function getIndexEntries(lang: Lang = 'zh-CN'): Promise<IndexEntry[]> {
  const english = lang === 'en';
  const [entities, texts] = english
    ? await Promise.all([getEnglishEntities(), getEnglishParagraphTexts()])
    : await Promise.all([getEntities(), getParagraphTexts()]);
  const file = english ? CONTENT.en.entities : CONTENT.entities;
  return entities.map((entity) => {
    const en = 'en' in entity ? (entity.en as EnglishEntity['en']) : undefined;
    const forms = en ? en.forms : entity.forms.map(normalizePunctuation);
    const mentions = entity.paragraphs.map((id) => {
      const text = texts.get(id);
      if (text === undefined) throw new Error(`${file}: ${entity.id} points at ${id}, which the text does not have`);
      const around = english ? excerpt(text, forms, 36, { words: true }) : excerpt(text, forms);
      if (!around) throw new Error(`${file}: ${entity.id}: paragraph ${id} does not name it (${forms.join(', ')})`);
      return { link: paragraphLink(id, lang), around };
    });
    return {
      id: entity.id,
      kind: entity.kind,
      name: en ? en.name : entity.name,
      chinese: en ? entity.name : undefined,
      note: en ? en.note : entity.note,
      mentions,
    };
  });
}

/** A dated event as a timeline page shows it, in one language. */
export interface TimelineEntry {
  id: string;
  date: Date;
  title: string;
  /** For an event from the article: the words it rests on, and the paragraph they stand in. */
  quote: { text: string; link: ParagraphLink } | undefined;
  /** For the publication: a note on it. */
  note: string | undefined;
}

/** The timeline in one language, earliest first. */
export async function getTimelineEntries(lang: Lang = 'zh-CN'): Promise<TimelineEntry[]> {
  const events: (TimelineEvent & { en?: EnglishTimelineEvent['en'] })[] = lang === 'en' ? await getEnglishTimeline() : await getTimeline();
  return events.map((event) => {
    const en = lang === 'en' ? event.en : undefined;
    const phrase = en ? en.phrase : event.source === 'article' ? normalizePunctuation(event.phrase) : undefined;
    return {
      id: event.id,
      date: event.date,
      title: en ? en.title : event.title,
      quote: event.source === 'article' && phrase !== undefined ? { text: phrase, link: paragraphLink(event.paragraph, lang) } : undefined,
      note: en ? en.note : event.source === 'publication' ? event.note : undefined,
    };
  });
}
