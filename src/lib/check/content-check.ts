import { z } from 'astro/zod';
import {
  englishEntitySchema,
  englishFigureSchema,
  englishGlossaryEntrySchema,
  englishTimelineEventSchema,
  entitySchema,
  errataSchema,
  erratumSchema,
  figureSchema,
  figuresSchema,
  glossaryEntrySchema,
  PART_IDS,
  partSchema,
  publicationSchema,
  timelineEventSchema,
} from '../../schemas.ts';
import { checkEnglishCompanions, englishReaderText } from './english-companions.ts';
import { checkErrata } from './errata.ts';
import { checkFigures } from './figures.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { locateParagraphs, paragraphId, splitParagraphs } from '../text/paragraphs.ts';
import { partProblems } from './parts.ts';
import { checkPointers, type ParagraphRef, type Pointer } from './pointers.ts';
import { checkAgainstReference } from './reference-check.ts';
import { firstDifference, parseReference } from './reference.ts';
import { checkSchema } from './schema-messages.ts';
import { readYaml } from './yaml-source.ts';

/** A content file: its path as messages name it (relative to the project), and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** The content the site is built from, as files. */
export interface ContentFiles {
  /** Every `content/article/*.mdx`. */
  parts: readonly SourceFile[];
  /** Every `content/meta/*.yaml`. */
  meta: readonly SourceFile[];
  figures: SourceFile | undefined;
  errata: SourceFile | undefined;
  reference: SourceFile | undefined;
  /** The reader companions' data, each entry pointing at the paragraphs it is about (optional: the site builds without them). */
  glossary?: SourceFile | undefined;
  timeline?: SourceFile | undefined;
  entities?: SourceFile | undefined;
  /** Every `content/en/article/*.mdx`, and the English twins of the companions' data (`content/en/*.yaml`). */
  englishParts?: readonly SourceFile[] | undefined;
  englishGlossary?: SourceFile | undefined;
  englishTimeline?: SourceFile | undefined;
  englishEntities?: SourceFile | undefined;
  englishFigures?: SourceFile | undefined;
}

/** What the check found: its messages, and the paragraphs of every part that matches the reference, for checking other data files' pointers. */
export interface ContentReport {
  problems: string[];
  paragraphs: Map<string, ParagraphRef>;
}

const PART_FIELDS = [...new Set(partSchema.options.flatMap((option) => Object.keys(option.shape)))];
const TIMELINE_FIELDS = [...new Set(timelineEventSchema.options.flatMap((option) => Object.keys(option.shape)))];
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The number of characters two texts share at their start. */
function sharedStart(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

interface PartState {
  file: SourceFile;
  id: string;
  data: ReturnType<typeof partSchema.parse> | undefined;
  titleLine: number;
  orderLine: number;
}

/**
 * Checks all the content an editor may change, in stages, so that one mistake gives one message: the schema of every
 * file (frontmatter, metadata, figures ledger, errata), the parts' ids and orders, the MDX syntax, each part's paragraphs
 * against the reference text, and then — for parts that match it — the figures ledger and the errata. Returns every
 * message, each naming the file and line, what was expected and what was found.
 */
export function checkContent(files: ContentFiles): ContentReport {
  const problems: string[] = [];
  const paragraphs = new Map<string, ParagraphRef>();

  // Stage 1: every file against its schema.
  const parts: PartState[] = files.parts.map((file) => {
    const id = file.path.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const match = FRONTMATTER.exec(file.text);
    if (!match) {
      problems.push(
        `${file.path}:1: no frontmatter: expected a block between “---” lines giving kind and order (and title, for a section), found none`,
      );
      return { file, id, data: undefined, titleLine: 1, orderLine: 1 };
    }
    const source = readYaml(match[1] ?? '', 2);
    const result = checkSchema(partSchema, { file: file.path, source, fields: PART_FIELDS });
    problems.push(...result.problems);
    return { file, id, data: result.data, titleLine: source.lineOf(['title']), orderLine: source.lineOf(['order']) };
  });
  const partsProblems = partProblems(
    parts.map((part) => ({ id: part.id, order: part.data?.order, filePath: part.file.path, line: part.orderLine })),
    PART_IDS,
  );
  problems.push(...partsProblems);
  // The reference is cut into parts at the sections' titles: with a part unread, missing or out of place, every comparison would be off.
  const partsReadable = partsProblems.length === 0 && parts.every((part) => part.data);
  for (const file of files.meta) {
    problems.push(
      ...checkSchema(publicationSchema, { file: file.path, source: readYaml(file.text), fields: Object.keys(publicationSchema.shape) })
        .problems,
    );
  }
  const dataFile = <T extends { id: string }>(file: SourceFile | undefined, schema: z.ZodType<T[]>, fields: string[]) => {
    if (!file) return undefined;
    const source = readYaml(file.text);
    const result = checkSchema(schema, { file: file.path, source, fields });
    problems.push(...result.problems);
    const entries = result.data?.map((entry, index) => ({ ...entry, line: source.lineOf([index]) }));
    const seen = new Map<string, number>();
    for (const entry of entries ?? []) {
      const first = seen.get(entry.id);
      if (first === undefined) seen.set(entry.id, entry.line);
      else
        problems.push(
          `${file.path}:${entry.line}: field “id”: expected an id no other entry has, found “${entry.id}”, which line ${first} has too`,
        );
    }
    return entries;
  };
  const figures = dataFile(files.figures, figuresSchema, Object.keys(figureSchema.shape));
  const errata = dataFile(files.errata, errataSchema, Object.keys(erratumSchema.shape));
  const glossary = dataFile(files.glossary, z.array(glossaryEntrySchema), Object.keys(glossaryEntrySchema.shape));
  const timeline = dataFile(files.timeline, z.array(timelineEventSchema), TIMELINE_FIELDS);
  const entities = dataFile(files.entities, z.array(entitySchema), Object.keys(entitySchema.shape));
  const englishGlossary = dataFile(
    files.englishGlossary,
    z.array(englishGlossaryEntrySchema),
    Object.keys(englishGlossaryEntrySchema.shape),
  );
  const englishTimeline = dataFile(
    files.englishTimeline,
    z.array(englishTimelineEventSchema),
    Object.keys(englishTimelineEventSchema.shape),
  );
  const englishEntities = dataFile(files.englishEntities, z.array(englishEntitySchema), Object.keys(englishEntitySchema.shape));
  const englishFigures = dataFile(files.englishFigures, z.array(englishFigureSchema), Object.keys(englishFigureSchema.shape));
  // The English pages of a companion need its English twin.
  const twins = [
    [files.glossary, files.englishGlossary, 'content/en/glossary.yaml'],
    [files.timeline, files.englishTimeline, 'content/en/timeline.yaml'],
    [files.entities, files.englishEntities, 'content/en/entities.yaml'],
    [files.figures, files.englishFigures, 'content/en/figures.yaml'],
  ] as const;
  if (files.englishParts && files.englishParts.length > 0) {
    for (const [chinese, english, path] of twins) {
      if (chinese && !english) problems.push(`${path}: missing; the English edition needs the English twin of ${chinese.path}`);
    }
  }
  if (!files.figures) problems.push('content/figures.yaml: missing; the site needs its figures ledger');
  if (!files.reference) problems.push('content/reference/article.txt: missing; the text is checked against it');

  // Stage 2: MDX syntax, for parts the site knows.
  const readable = parts.filter((part) => {
    if (!PART_IDS.includes(part.id as (typeof PART_IDS)[number]) || !part.data) return false;
    const problem = mdxSyntaxProblem(part.file.path, part.file.text);
    if (problem) problems.push(problem);
    return problem === null;
  });
  if (!files.reference || !partsReadable) return { problems, paragraphs };

  // Stage 3: each part's paragraphs against the reference text, cut at the headings the sections declare.
  const blocks = splitParagraphs(files.reference.text);
  const headings = new Map<PartState, string>();
  for (const part of parts) {
    const title = part.data?.kind === 'section' ? part.data.title : undefined;
    if (title === undefined) continue;
    if (blocks.includes(title)) {
      headings.set(part, title);
      continue;
    }
    const nearest = blocks.reduce((best, block) => (sharedStart(block, title) > sharedStart(best, title) ? block : best), '');
    problems.push(
      sharedStart(nearest, title) >= 2
        ? `${part.file.path}:${part.titleLine}: field “title” differs from the heading in ${files.reference.path} ${firstDifference(nearest, title)}`
        : `${part.file.path}:${part.titleLine}: field “title”: expected a heading of ${files.reference.path}, found “${title}”`,
    );
  }
  // Without every heading the reference cannot be cut into parts, and every comparison would be off.
  if (headings.size !== parts.filter((part) => part.data?.kind === 'section').length) return { problems, paragraphs };
  const byReference = [...headings].sort(([, a], [, b]) => blocks.indexOf(a) - blocks.indexOf(b)).map(([part]) => part);
  const byOrder = [...byReference].sort((a, b) => (a.data?.order ?? 0) - (b.data?.order ?? 0));
  const misplaced = byOrder.findIndex((part, index) => part !== byReference[index]);
  // The first section out of place, and the one the reference prints there instead.
  const early = byOrder[misplaced];
  const due = byReference[misplaced];
  if (early && due) {
    problems.push(
      `${early.file.path}:${early.orderLine}: order ${early.data?.order} puts this section before ${due.file.path} (order ${due.data?.order}), ` +
        `but the reference text prints it after: expected the sections' orders to follow the reference, found them out of turn`,
    );
  }
  const reference = parseReference(files.reference.text, [...headings.values()]);
  const intact = new Set<string>();
  for (const part of readable) {
    const expected =
      part.data?.kind === 'lede' ? reference.lede : reference.sections.find((s) => s.heading === headings.get(part))?.paragraphs;
    const located = locateParagraphs(part.file.text);
    const found = checkAgainstReference({ id: part.id, file: part.file.path, paragraphs: located }, expected ?? [], files.reference.path);
    problems.push(...found);
    if (found.length > 0) continue;
    intact.add(part.id);
    located.forEach((p, index) => paragraphs.set(paragraphId(part.id, index + 1), { text: p.text, file: part.file.path, line: p.line }));
  }

  // Stage 4: the data that points into the text, for the parts that match the reference.
  const inIntactPart = (entry: { paragraph: string }) => intact.has(entry.paragraph.replace(/-\d+$/, ''));
  if (figures && files.figures) problems.push(...checkFigures(files.figures.path, figures.filter(inIntactPart), paragraphs));
  if (errata && files.errata) problems.push(...checkErrata(files.errata.path, errata.filter(inIntactPart), paragraphs));
  // The companions' entries: a glossary term where it first stands, the words an event quotes, each paragraph naming an entity.
  if (glossary && files.glossary) {
    const pointers = glossary.map(({ id, paragraph, term, forms, line }): Pointer => ({ id, paragraph, phrase: term, forms, line }));
    problems.push(...checkPointers(files.glossary.path, pointers.filter(inIntactPart), paragraphs, 'term'));
  }
  if (timeline && files.timeline) {
    const pointers = timeline.flatMap((event): Pointer[] =>
      event.source === 'article' ? [{ id: event.id, paragraph: event.paragraph, phrase: event.phrase, line: event.line }] : [],
    );
    problems.push(...checkPointers(files.timeline.path, pointers.filter(inIntactPart), paragraphs));
  }
  if (entities && files.entities) {
    // One pointer per listed paragraph, at the line of that item.
    const source = readYaml(files.entities.text);
    const pointers = entities.flatMap((entity, index) =>
      entity.paragraphs.map((paragraph, item): Pointer => ({
        id: entity.id,
        paragraph,
        phrase: entity.forms[0] ?? entity.name,
        forms: entity.forms,
        line: source.lineOf([index, 'paragraphs', item]),
      })),
    );
    problems.push(...checkPointers(files.entities.path, pointers.filter(inIntactPart), paragraphs, 'forms', 'paragraphs'));
  }

  // Stage 5: the English twins of the companions' data, against the Chinese entries and the translation's paragraphs. They
  // are checked once the Chinese is right, as they are checked against it: a Chinese mistake is named once, not again
  // through every English entry that follows it.
  if (problems.some((problem) => !problem.startsWith('content/en/'))) return { problems, paragraphs };
  // The translation has one paragraph for each Chinese one: a part out of step is named once, and the entries pointing into it wait.
  // Only parts whose Chinese matches the reference are checked: a mistake in the Chinese is named once, above.
  const english = new Map<string, ParagraphRef>();
  const unchecked = new Set<string>(PART_IDS.filter((id) => !intact.has(id)));
  for (const file of files.englishParts ?? []) {
    const id = file.path.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const twin = readable.find((part) => part.id === id);
    if (!twin || !intact.has(id)) continue;
    const located = locateParagraphs(file.text);
    const expected = locateParagraphs(twin.file.text).length;
    if (located.length !== expected) {
      const ids = (n: number) => (n === 0 ? 'none' : n === 1 ? paragraphId(id, 1) : `${paragraphId(id, 1)} to ${paragraphId(id, n)}`);
      problems.push(
        `${file.path}: the English paragraphs (${ids(located.length)}) do not match the Chinese paragraphs (${ids(expected)}) of ${twin.file.path}: ` +
          `expected ${expected} paragraphs, one for each Chinese one, found ${located.length}`,
      );
      unchecked.add(id);
      continue;
    }
    located.forEach((p, index) =>
      english.set(paragraphId(id, index + 1), { text: englishReaderText(p.text), file: file.path, line: p.line }),
    );
  }
  const lined = <T extends { id: string; line: number }>(file: SourceFile | undefined, entries: T[] | undefined) =>
    file && entries ? { file: file.path, entries } : undefined;
  problems.push(
    ...checkEnglishCompanions(
      {
        glossary: lined(files.englishGlossary, englishGlossary),
        entities: lined(files.englishEntities, englishEntities),
        timeline: lined(files.englishTimeline, englishTimeline),
        figures: lined(files.englishFigures, englishFigures),
      },
      {
        glossary,
        entities,
        timeline,
        figures,
      },
      english,
      unchecked,
    ),
  );
  return { problems, paragraphs };
}
