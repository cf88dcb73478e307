import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { renderedParagraph } from '@/lib/check/errata.ts';
import type { Lang } from '@/i18n/locale.ts';
import { CONTENT, FRONTMATTER, PART_IDS, partFile, type PartId } from '@/lib/content/layout.ts';
import { splitParagraphs, stripFrontmatter } from '@/lib/text/paragraphs.ts';
import { parseReference } from '@/lib/check/reference.ts';
import { englishPublicationSchema, errataSchema, publicationSchema } from '@/schemas.ts';

/** Reads a project file as UTF-8. */
export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The YAML frontmatter of an MDX file, parsed. */
export function frontmatter(source: string): unknown {
  const match = FRONTMATTER.exec(source);
  return match ? parseYaml(match[1] ?? '') : undefined;
}

/** One part's MDX as the editors wrote it. */
export interface PartSource {
  id: PartId;
  path: string;
  source: string;
  data: { kind: string; order: number; title?: string };
  paragraphs: string[];
}

/** Every part's MDX file, in reading order. */
export function partSources(): PartSource[] {
  return PART_IDS.map((id) => {
    const path = partFile(id);
    const source = read(path);
    return { id, path, source, data: frontmatter(source) as PartSource['data'], paragraphs: splitParagraphs(stripFrontmatter(source)) };
  });
}

/** The verbatim reference text. */
export const REFERENCE_PATH = CONTENT.reference;

/** The reference text cut at the section headings the MDX declares. */
export function reference() {
  const headings = partSources().flatMap((part) => (part.data.title ? [part.data.title] : []));
  return parseReference(read(REFERENCE_PATH), headings);
}

/** The figures ledger as written. */
export function ledger(): unknown {
  return parseYaml(read(CONTENT.figures));
}

/** The publication metadata file of a language (`content/meta/publication.yaml`, or its English twin). */
export function publicationPath(lang: Lang = 'zh-CN'): string {
  return `${lang === 'en' ? CONTENT.en.meta : CONTENT.meta}/publication.yaml`;
}

/** The publication metadata as written (unparsed). */
export function rawPublication(lang: Lang = 'zh-CN'): unknown {
  return parseYaml(read(publicationPath(lang)));
}

/** The Chinese publication metadata, parsed with its schema. */
export function readPublication() {
  return publicationSchema.parse(rawPublication());
}

/** The English publication metadata, parsed with its schema. */
export function readEnglishPublication() {
  return englishPublicationSchema.parse(rawPublication('en'));
}

/** The errata as written (unparsed). */
export function rawErrata(): unknown {
  return parseYaml(read(CONTENT.errata));
}

/** The corrections of the printed text, parsed with their schema. */
export function readErrata() {
  return errataSchema.parse(rawErrata());
}

/** A Chinese paragraph (`id`, as the MDX holds it) as the built pages must show it: punctuation normalised, its corrections applied. */
export function shownText(id: string, paragraph: string): string {
  return renderedParagraph(
    paragraph,
    readErrata().filter((erratum) => erratum.paragraph === id),
  );
}
