import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { correctedFigure } from '@/lib/check/corrected-figures.ts';
import { checkParts } from '@/lib/check/parts.ts';
import { citedWork, type CitedWork } from '@/lib/cite/citation.ts';
import { shortTitle } from '@/lib/text/format.ts';
import type { Lang } from '@/i18n/locale.ts';
import { normalizePunctuation } from '@/lib/text/normalize.ts';
import { paragraphLabel } from '@/i18n/labels.ts';
import { compareParagraphs } from '@/lib/text/paragraphs.ts';
import { paragraphUrl } from '@/i18n/urls.ts';
import { CONTENT, PART_FOLDERS, PART_IDS, partFile } from '@/lib/content/layout.ts';

/** An article part entry (lede or section) from the content collection, of the Chinese original or the English translation. */
export type Part = CollectionEntry<'article'> | CollectionEntry<'articleEn'>;
/** A section entry: a part with a heading. */
export type Section = Part & { data: { kind: 'section'; title: string } };
/** The publication metadata record. */
export type Publication = CollectionEntry<'meta'>['data'];
/** The English publication metadata record. */
export type EnglishPublication = CollectionEntry<'metaEn'>['data'];

/** All parts of the article (or of its English translation) in reading order, checked for unknown ids and clashing orders. */
export async function getParts(lang: Lang = 'zh-CN'): Promise<Part[]> {
  const folder = PART_FOLDERS[lang];
  const parts: Part[] = lang === 'en' ? await getCollection('articleEn') : await getCollection('article');
  checkParts(
    parts.map((part) => ({ id: part.id, order: part.data.order, filePath: part.filePath ?? partFile(part.id, lang) })),
    PART_IDS,
    folder,
  );
  return parts.sort((a, b) => a.data.order - b.data.order);
}

/** The lede. */
export async function getLede(lang: Lang = 'zh-CN'): Promise<Part> {
  const lede = (await getParts(lang)).find((part) => part.data.kind === 'lede');
  if (!lede) throw new Error(`${partFile('lede', lang)}: missing; the article needs its lede`);
  return lede;
}

/** The three sections in reading order. */
export async function getSections(lang: Lang = 'zh-CN'): Promise<Section[]> {
  return (await getParts(lang)).filter((part): part is Section => part.data.kind === 'section');
}

/** A section with its neighbours for previous/next links. */
export interface SectionPage {
  section: Section;
  /** The section's heading as readers see it (punctuation normalised). */
  title: string;
  /** The heading's short form for navigation: its first clause in Chinese, its `short` field in English. */
  short: string;
  /** 1-based position among the sections. */
  number: number;
  previous: Section | undefined;
  next: Section | undefined;
}

/** Every section with its previous and next section, for the section pages. */
export async function getSectionPages(lang: Lang = 'zh-CN'): Promise<SectionPage[]> {
  const sections = await getSections(lang);
  return sections.map((section, index) => ({
    section,
    title: sectionTitle(section),
    short: 'short' in section.data ? section.data.short : shortTitle(sectionTitle(section)),
    number: index + 1,
    previous: sections[index - 1],
    next: sections[index + 1],
  }));
}

/** A section's heading as readers see it. */
export function sectionTitle(section: Section): string {
  return normalizePunctuation(section.data.title);
}

/** The publication metadata, with the English title that citations give. */
export async function getPublication(): Promise<Publication & CitedWork> {
  const entry = await getEntry('meta', 'publication');
  if (!entry) throw new Error(`${CONTENT.publication}: missing; the site needs the publication metadata`);
  // Citations translate the title as the English edition does, spelling and all.
  return citedWork(entry.data, await getEnglishPublication());
}

/** The English publication metadata. */
export async function getEnglishPublication(): Promise<EnglishPublication> {
  const entry = await getEntry('metaEn', 'publication');
  if (!entry) throw new Error(`${CONTENT.en.publication}: missing; the English pages need their metadata`);
  return entry.data;
}

/** The figures ledger as readers see it: each figure as its corrected text reads (content/errata.yaml), so that no page contradicts a correction. */
export async function getFigures(): Promise<CollectionEntry<'figures'>['data'][]> {
  const corrections = await getCorrections();
  return (await getCollection('figures')).map((entry) => correctedFigure(entry.data, corrections));
}

/** The corrections of the printed text as recorded, in file order. */
export async function getCorrections(): Promise<CollectionEntry<'errata'>['data'][]> {
  return (await getCollection('errata')).map((entry) => entry.data);
}

/** A correction of the printed text, with how readers name and reach its paragraph. */
export type Erratum = CollectionEntry<'errata'>['data'] & {
  /** The paragraph as readers name it, e.g. `第二部分第5段`. */
  label: string;
  /** Root-relative link to the paragraph on its page. */
  href: string;
};

/** The corrections of the printed text, in reading order; only those of one part if `part` is given. */
export async function getErrata(part?: string): Promise<Erratum[]> {
  return (await getCollection('errata'))
    .map((entry) => entry.data)
    .filter((erratum) => part === undefined || erratum.paragraph.startsWith(`${part}-`))
    .sort((a, b) => compareParagraphs(a.paragraph, b.paragraph, PART_IDS) || a.date.getTime() - b.date.getTime())
    .map((erratum) => ({ ...erratum, label: paragraphLabel(erratum.paragraph), href: paragraphUrl(erratum.paragraph) }));
}
