import { z } from 'astro/zod';
import { PARAGRAPH_ID, PART_IDS } from './lib/content/layout.ts';

/** A paragraph's id, e.g. `vanguard-4`: its part, then its place in the part from 1. */
const paragraphIdSchema = z.string().regex(PARAGRAPH_ID, 'expected a paragraph id such as vanguard-4');

/** An entry's id in a data file: lowercase letters, digits and hyphens. */
const entryIdSchema = z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lowercase letters, digits and hyphens, such as city-cadres-637');

/** Frontmatter of the lede, in either language: it comes first and has no heading. */
const ledeSchema = z.strictObject({
  kind: z.literal('lede'),
  order: z.literal(0),
});

/** Frontmatter of an article part (`content/article/*.mdx`). */
export const partSchema = z.discriminatedUnion('kind', [
  ledeSchema,
  z.strictObject({
    kind: z.literal('section'),
    order: z.number().int().min(1),
    title: z.string().min(1),
  }),
]);

/** Publication metadata of the article (`content/meta/publication.yaml`). */
export const publicationSchema = z.strictObject({
  title: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  periodical: z.string().min(1),
  issue: z.string().regex(/^\d{4}年第\d+期$/, 'expected the form 2022年第6期'),
  issueAsPrinted: z.string().min(1),
  year: z.number().int(),
  issueNumber: z.number().int().min(1),
  date: z.coerce.date(),
  keywords: z.array(z.string().min(1)).min(1),
  deskEditor: z.string().min(1),
  language: z.literal('zh-CN'),
  /** Hanyu Pinyin and English forms for Latin-script citations (APA, Chicago); one name per author, in the same order. */
  romanized: z.strictObject({
    title: z.string().min(1),
    periodical: z.string().min(1),
    authors: z.array(z.strictObject({ family: z.string().min(1), given: z.string().min(1) })).min(1),
  }),
});

/** One entry of the figures ledger (`content/figures.yaml`). */
export const figureSchema = z.strictObject({
  id: entryIdSchema,
  section: z.enum(PART_IDS),
  paragraph: paragraphIdSchema,
  phrase: z.string().min(1),
  numbers: z.array(z.number().int().nonnegative()).min(1),
  value: z.union([z.number(), z.coerce.date()]),
  approx: z.boolean().default(false),
  unit: z.string().min(1).optional(),
  kind: z.enum(['people', 'person-times', 'organisations', 'places', 'duration', 'date', 'address']),
  label: z.string().min(1).optional(),
});

/** The figures ledger: every number in the article. */
export const figuresSchema = z.array(figureSchema);

/** A stable ASCII slug: the anchor on its page and the key an English edition will share. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase ASCII slug such as xiachen-ganbu');

/** Text written for this site: Chinese, with full-width punctuation. */
const chineseText = z
  .string()
  .min(1)
  .refine((text) => !/[,:;?!()]/.test(text), 'use full-width punctuation (，：；？！（）) in Chinese text');

/** One glossary entry (`content/glossary.yaml`). */
export const glossaryEntrySchema = z.strictObject({
  id: slug,
  /** The term as the article prints it. */
  term: z.string().min(1),
  /** Other spellings in the article that are linked to the entry too. */
  forms: z.array(z.string().min(1)).default([]),
  definition: chineseText,
  /** The paragraph where the term first stands. */
  paragraph: paragraphIdSchema,
});

/** One dated event (`content/timeline.yaml`): from the article's text, or the publication itself. */
export const timelineEventSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('article'),
    id: slug,
    date: z.coerce.date(),
    /** The date as the article writes it, e.g. 5月1日. */
    dateText: z.string().min(1),
    title: chineseText,
    paragraph: paragraphIdSchema,
    /** The words of the paragraph the event rests on, quoted exactly. */
    phrase: z.string().min(1),
    /** The figures-ledger entry of the date. */
    figure: z.string().min(1),
  }),
  z.strictObject({
    source: z.literal('publication'),
    id: slug,
    date: z.coerce.date(),
    title: chineseText,
    note: chineseText.optional(),
  }),
]);

/** A person, place or organisation the article names (`content/entities.yaml`). */
export const entitySchema = z.strictObject({
  id: slug,
  kind: z.enum(['person', 'place', 'organisation']),
  name: z.string().min(1),
  /** The strings that name it in the text, as printed. */
  forms: z.array(z.string().min(1)).min(1),
  /** Who or what it is, in a sentence, from the article. */
  note: chineseText,
  /** Every paragraph whose text contains one of the forms, in reading order. */
  paragraphs: z.array(paragraphIdSchema).min(1),
});

/** Text with no Han character: English that needs no `lang="zh-CN"` markup (frontmatter strings cannot carry it). */
const englishText = z
  .string()
  .min(1)
  .regex(/^[^\p{Script=Han}]*$/u, 'expected English only: Chinese characters need the <Zh> markup of the MDX body');

/** Frontmatter of a part of the English translation (`content/en/article/*.mdx`): as the Chinese, plus a short heading for navigation. */
export const englishPartSchema = z.discriminatedUnion('kind', [
  ledeSchema,
  z.strictObject({
    kind: z.literal('section'),
    order: z.number().int().min(1),
    title: englishText,
    /** One or two words for the header navigation, e.g. `Vanguards`. */
    short: englishText.max(24),
  }),
]);

/** A name in English (pinyin or translation) with the Chinese it stands for. */
const bilingualName = z.strictObject({
  name: englishText,
  zh: z.string().regex(/^[\p{Script=Han}“”]+$/u, 'expected the Chinese characters as printed'),
});

/** English publication metadata (`content/en/meta/publication.yaml`); dates and numbers stay in the Chinese record. */
export const englishPublicationSchema = z.strictObject({
  title: englishText,
  /** The title in sentence case, as APA sets titles. */
  titleSentenceCase: englishText,
  authors: z.array(bilingualName).min(1),
  periodical: bilingualName.extend({ gloss: englishText }),
  issue: z.string().regex(/^No\. \d+, \d{4}$/, 'expected the form No. 6, 2022'),
  deskEditor: bilingualName,
  keywords: z.array(bilingualName).min(1),
  language: z.literal('en'),
  translation: z.strictObject({
    /** Who translated, as a phrase that follows “translated by”. */
    by: englishText,
    date: z.coerce.date(),
    /** The translator's note: a few short paragraphs on how the translation was made. */
    note: z.array(englishText).min(1),
    /** The conventions the translation follows, one per item, as the about page lists them. */
    conventions: z.array(englishText).min(1),
  }),
});
/** Hanyu Pinyin with tone marks, syllables run together by word, e.g. `línshí dǎngzhībù`. */
const pinyin = z
  .string()
  .min(1)
  .regex(/^[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ' -]+$/u, 'expected Hanyu Pinyin with tone marks, such as línshí dǎngzhībù');

/** The words of the English translation that name something, exactly as they stand there (case and all). */
const englishForms = z.array(englishText).min(1);

/** The English entry of a glossary term (`content/en/glossary.yaml`): the same `id` as its Chinese entry, which keeps the Chinese term and the paragraph of first use. */
export const englishGlossaryEntrySchema = z.strictObject({
  id: slug,
  /** The term in English, as the entry's heading. */
  term: englishText,
  /** The Chinese term in pinyin. */
  pinyin,
  /** The words that render the term in the translation; the first of them in the text is linked to the entry. */
  forms: englishForms,
  definition: englishText,
});

/** The English entry of a person, place or organisation (`content/en/entities.yaml`); its paragraphs are the Chinese entry's. */
export const englishEntitySchema = z.strictObject({
  id: slug,
  /** The name in English: pinyin for proper names, translated for descriptions. */
  name: englishText,
  /** The words that name it in the translation, exactly as they stand there. */
  forms: englishForms,
  note: englishText,
});

/** The English entry of a dated event (`content/en/timeline.yaml`). */
export const englishTimelineEventSchema = z.strictObject({
  id: slug,
  title: englishText,
  /** For an event from the article: the words of the translated paragraph it rests on, quoted exactly. */
  phrase: englishText.optional(),
  note: englishText.optional(),
});

/** The English entry of a ledger figure (`content/en/figures.yaml`). */
export const englishFigureSchema = z.strictObject({
  id: entryIdSchema,
  /** The words of the translated paragraph the figure stands in, quoted exactly, with the same figure. */
  phrase: englishText,
  /** For a charted figure (people, person-times, organisations): the chart's label, short enough to sit beside its value. */
  label: englishText.max(28).optional(),
  /** For a charted figure: the unit after the numeral, e.g. `people`. */
  unit: englishText.optional(),
});

/** One correction of the printed text (`content/errata.yaml`): the site shows `corrected` where the periodical printed `printed`. */
export const erratumSchema = z.strictObject({
  id: entryIdSchema,
  /** The paragraph the correction applies to. */
  paragraph: paragraphIdSchema,
  /** The text as printed, quoted exactly as the MDX holds it; it must stand once in the paragraph. */
  printed: z.string().min(1),
  /** The reading the site shows instead. */
  corrected: z.string().min(1),
  /** Why, in a sentence readers see. */
  reason: z.string().min(1),
  /** The reason in English, for the English about page. */
  reasonEnglish: englishText.optional(),
  /**
   * How the English reads after the correction: `unaffected` when the translation needs no change (a character the
   * English never had), else the English words as translated (`printed`, quoted from the English paragraph of the same id)
   * and as they read now (`corrected`), which the English pages show in their place, marked.
   */
  english: z.union([z.literal('unaffected'), z.strictObject({ printed: englishText, corrected: englishText })], {
    error:
      'expected how the English reads after the correction: english: unaffected, or english: with printed: and corrected: (the English words before and after)',
  }),
  /** When the correction was made. */
  date: z.coerce.date(),
});

/** The errata: every correction of the printed text. */
export const errataSchema = z.array(erratumSchema);

/** Frontmatter of the editor's note (`content/editors-note.mdx`): when it was written, and who signs it. */
export const editorsNoteSchema = z.strictObject({
  date: z.coerce.date(),
  /** Who signs the note, e.g. 本版编者. */
  by: z.string().min(1),
});

/** Frontmatter of the English editor's note (`content/en/editors-note.mdx`): the same date, and who signs it in English. */
export const englishEditorsNoteSchema = z.strictObject({
  date: z.coerce.date(),
  by: englishText,
});
