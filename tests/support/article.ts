import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { renderedParagraph } from '@/lib/check/errata.ts';
import { splitParagraphs, stripFrontmatter } from '@/lib/text/paragraphs.ts';
import { parseReference } from '@/lib/check/reference.ts';
import { errataSchema, PART_IDS, type PartId } from '@/schemas.ts';

/** Reads a project file as UTF-8. */
export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The YAML frontmatter of an MDX file, parsed. */
export function frontmatter(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
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
    const path = `content/article/${id}.mdx`;
    const source = read(path);
    return { id, path, source, data: frontmatter(source) as PartSource['data'], paragraphs: splitParagraphs(stripFrontmatter(source)) };
  });
}

/** The verbatim reference text. */
export const REFERENCE_PATH = 'content/reference/article.txt';

/** The reference text cut at the section headings the MDX declares. */
export function reference() {
  const headings = partSources().flatMap((part) => (part.data.title ? [part.data.title] : []));
  return parseReference(read(REFERENCE_PATH), headings);
}

/** The figures ledger as written. */
export function ledger(): unknown {
  return parseYaml(read('content/figures.yaml'));
}

/** The corrections of the printed text, parsed with their schema. */
export function readErrata() {
  return errataSchema.parse(parseYaml(read('content/errata.yaml')));
}

/** A Chinese paragraph (`id`, as the MDX holds it) as the built pages must show it: punctuation normalised, its corrections applied. */
export function shownText(id: string, paragraph: string): string {
  return renderedParagraph(
    paragraph,
    readErrata().filter((erratum) => erratum.paragraph === id),
  );
}
