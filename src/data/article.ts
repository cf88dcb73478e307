import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkParts } from '@/lib/parts.ts';
import { normalizePunctuation } from '@/lib/normalize.ts';
import { PART_IDS } from '@/schemas.ts';

/** An article part entry (lede or section) from the content collection. */
export type Part = CollectionEntry<'article'>;
/** A section entry: a part with a heading. */
export type Section = Part & { data: { kind: 'section'; title: string } };
/** The publication metadata record. */
export type Publication = CollectionEntry<'meta'>['data'];

/** All parts of the article in reading order, checked for unknown ids and clashing orders. */
export async function getParts(): Promise<Part[]> {
  const parts = await getCollection('article');
  checkParts(
    parts.map((part) => ({ id: part.id, order: part.data.order, filePath: part.filePath ?? `content/article/${part.id}.mdx` })),
    PART_IDS,
  );
  return parts.sort((a, b) => a.data.order - b.data.order);
}

/** The lede. */
export async function getLede(): Promise<Part> {
  const lede = (await getParts()).find((part) => part.data.kind === 'lede');
  if (!lede) throw new Error('content/article/lede.mdx: missing; the article needs its lede');
  return lede;
}

/** The three sections in reading order. */
export async function getSections(): Promise<Section[]> {
  return (await getParts()).filter((part): part is Section => part.data.kind === 'section');
}

/** A section with its neighbours for previous/next links. */
export interface SectionPage {
  section: Section;
  /** The section's heading as readers see it (punctuation normalised). */
  title: string;
  /** 1-based position among the sections. */
  number: number;
  previous: Section | undefined;
  next: Section | undefined;
}

/** Every section with its previous and next section, for the section pages. */
export async function getSectionPages(): Promise<SectionPage[]> {
  const sections = await getSections();
  return sections.map((section, index) => ({
    section,
    title: sectionTitle(section),
    number: index + 1,
    previous: sections[index - 1],
    next: sections[index + 1],
  }));
}

/** A section's heading as readers see it. */
export function sectionTitle(section: Section): string {
  return normalizePunctuation(section.data.title);
}

/** The publication metadata. */
export async function getPublication(): Promise<Publication> {
  const entry = await getEntry('meta', 'publication');
  if (!entry) throw new Error('content/meta/publication.yaml: missing; the site needs the publication metadata');
  return entry.data;
}

/** The figures ledger, in the order of the article. */
export async function getFigures(): Promise<CollectionEntry<'figures'>['data'][]> {
  return (await getCollection('figures')).map((entry) => entry.data);
}
