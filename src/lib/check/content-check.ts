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
import { CONTENT, FRONTMATTER, PART_IDS, type PartId } from '../content/layout.ts';

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

/** The number of characters two texts share at their start. */
function sharedStart(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/** The part id a part's file stands for: its name without `.mdx`. */
const partIdOf = (file: SourceFile) => file.path.replace(/^.*\//, '').replace(/\.mdx$/, '');

interface PartState {
  file: SourceFile;
  id: string;
  data: ReturnType<typeof partSchema.parse> | undefined;
  titleLine: number;
  orderLine: number;
}

/** An entry of a data file, with the line it starts on. */
type Lined<T> = T & { line: number };

/** Every data file's entries, as read (undefined where the file is missing or does not match its schema). */
interface DataEntries {
  figures: Lined<z.infer<typeof figureSchema>>[] | undefined;
  errata: Lined<z.infer<typeof erratumSchema>>[] | undefined;
  glossary: Lined<z.infer<typeof glossaryEntrySchema>>[] | undefined;
  timeline: Lined<z.infer<typeof timelineEventSchema>>[] | undefined;
  entities: Lined<z.infer<typeof entitySchema>>[] | undefined;
  englishGlossary: Lined<z.infer<typeof englishGlossaryEntrySchema>>[] | undefined;
  englishTimeline: Lined<z.infer<typeof englishTimelineEventSchema>>[] | undefined;
  englishEntities: Lined<z.infer<typeof englishEntitySchema>>[] | undefined;
  englishFigures: Lined<z.infer<typeof englishFigureSchema>>[] | undefined;
}

/** Stage 1a: each part's frontmatter against its schema. */
function readParts(files: readonly SourceFile[], problems: string[]): PartState[] {
  return files.map((file) => {
    const id = partIdOf(file);
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
}

/** Stage 1b: a list-of-entries YAML file against its schema, and its ids unique; its entries with their lines. */
function readDataFile<T extends { id: string }>(
  file: SourceFile | undefined,
  schema: z.ZodType<T[]>,
  fields: string[],
  problems: string[],
): Lined<T>[] | undefined {
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
}

/** Stage 1c: every data file against its schema, in a fixed order, so that messages come in the same order each time. */
function readData(files: ContentFiles, problems: string[]): DataEntries {
  const read = <T extends { id: string }>(file: SourceFile | undefined, schema: z.ZodType<T>, fields: string[]) =>
    readDataFile(file, z.array(schema), fields, problems);
  const keys = <S extends z.ZodObject>(schema: S) => Object.keys(schema.shape);
  return {
    figures: readDataFile(files.figures, figuresSchema, keys(figureSchema), problems),
    errata: readDataFile(files.errata, errataSchema, keys(erratumSchema), problems),
    glossary: read(files.glossary, glossaryEntrySchema, keys(glossaryEntrySchema)),
    timeline: read(files.timeline, timelineEventSchema, TIMELINE_FIELDS),
    entities: read(files.entities, entitySchema, keys(entitySchema)),
    englishGlossary: read(files.englishGlossary, englishGlossaryEntrySchema, keys(englishGlossaryEntrySchema)),
    englishTimeline: read(files.englishTimeline, englishTimelineEventSchema, keys(englishTimelineEventSchema)),
    englishEntities: read(files.englishEntities, englishEntitySchema, keys(englishEntitySchema)),
    englishFigures: read(files.englishFigures, englishFigureSchema, keys(englishFigureSchema)),
  };
}

/** Stage 1d: the files the site cannot do without, and the English twin of each companion once there is a translation. */
function missingFiles(files: ContentFiles): string[] {
  const problems: string[] = [];
  const twins = [
    [files.glossary, files.englishGlossary, CONTENT.en.glossary],
    [files.timeline, files.englishTimeline, CONTENT.en.timeline],
    [files.entities, files.englishEntities, CONTENT.en.entities],
    [files.figures, files.englishFigures, CONTENT.en.figures],
  ] as const;
  if (files.englishParts && files.englishParts.length > 0) {
    for (const [chinese, english, path] of twins) {
      if (chinese && !english) problems.push(`${path}: missing; the English edition needs the English twin of ${chinese.path}`);
    }
  }
  if (!files.figures) problems.push(`${CONTENT.figures}: missing; the site needs its figures ledger`);
  if (!files.reference) problems.push(`${CONTENT.reference}: missing; the text is checked against it`);
  return problems;
}

/** Stage 2: the MDX syntax of the parts the site knows; the parts that can be read. */
function readableParts(parts: readonly PartState[], problems: string[]): PartState[] {
  return parts.filter((part) => {
    if (!PART_IDS.includes(part.id as PartId) || !part.data) return false;
    const problem = mdxSyntaxProblem(part.file.path, part.file.text);
    if (problem) problems.push(problem);
    return problem === null;
  });
}

/** Stage 3a: each section's title found among the reference's headings; undefined (with the problems) unless all are. */
function findHeadings(parts: readonly PartState[], reference: SourceFile, problems: string[]): Map<PartState, string> | undefined {
  const blocks = splitParagraphs(reference.text);
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
        ? `${part.file.path}:${part.titleLine}: field “title” differs from the heading in ${reference.path} ${firstDifference(nearest, title)}`
        : `${part.file.path}:${part.titleLine}: field “title”: expected a heading of ${reference.path}, found “${title}”`,
    );
  }
  // Without every heading the reference cannot be cut into parts, and every comparison would be off.
  if (headings.size !== parts.filter((part) => part.data?.kind === 'section').length) return undefined;
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
  return headings;
}

/** Stage 3b: each readable part's paragraphs against the reference; fills `paragraphs` with the parts that match, and returns their ids. */
function compareWithReference(
  readable: readonly PartState[],
  headings: ReadonlyMap<PartState, string>,
  reference: SourceFile,
  paragraphs: Map<string, ParagraphRef>,
  problems: string[],
): Set<string> {
  const cut = parseReference(reference.text, [...headings.values()]);
  const intact = new Set<string>();
  for (const part of readable) {
    const expected = part.data?.kind === 'lede' ? cut.lede : cut.sections.find((s) => s.heading === headings.get(part))?.paragraphs;
    const located = locateParagraphs(part.file.text);
    const found = checkAgainstReference({ id: part.id, file: part.file.path, paragraphs: located }, expected ?? [], reference.path);
    problems.push(...found);
    if (found.length > 0) continue;
    intact.add(part.id);
    located.forEach((p, index) => paragraphs.set(paragraphId(part.id, index + 1), { text: p.text, file: part.file.path, line: p.line }));
  }
  return intact;
}

/** Stage 4: the data that points into the text (ledger, errata, glossary, timeline, index), for the parts that match the reference. */
function pointingData(
  files: ContentFiles,
  data: DataEntries,
  intact: ReadonlySet<string>,
  paragraphs: ReadonlyMap<string, ParagraphRef>,
): string[] {
  const problems: string[] = [];
  const inIntactPart = (entry: { paragraph: string }) => intact.has(entry.paragraph.replace(/-\d+$/, ''));
  const { figures, errata, glossary, timeline, entities } = data;
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
  return problems;
}

/**
 * Stage 5a: the translation's paragraphs, one for each Chinese one, for the parts whose Chinese matches the reference.
 * A part out of step is named once, and added to `unchecked` so that the entries pointing into it wait.
 */
function englishParagraphs(
  files: readonly SourceFile[],
  readable: readonly PartState[],
  intact: ReadonlySet<string>,
  unchecked: Set<string>,
  problems: string[],
): Map<string, ParagraphRef> {
  const english = new Map<string, ParagraphRef>();
  for (const file of files) {
    const id = partIdOf(file);
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
  return english;
}

/** Stage 5b: the English twins of the companions' data, against the Chinese entries and the translation's paragraphs. */
function englishData(files: ContentFiles, data: DataEntries, readable: readonly PartState[], intact: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const unchecked = new Set<string>(PART_IDS.filter((id) => !intact.has(id)));
  const english = englishParagraphs(files.englishParts ?? [], readable, intact, unchecked, problems);
  const lined = <T extends { id: string; line: number }>(file: SourceFile | undefined, entries: T[] | undefined) =>
    file && entries ? { file: file.path, entries } : undefined;
  const twins = {
    glossary: lined(files.englishGlossary, data.englishGlossary),
    entities: lined(files.englishEntities, data.englishEntities),
    timeline: lined(files.englishTimeline, data.englishTimeline),
    figures: lined(files.englishFigures, data.englishFigures),
  };
  const { glossary, entities, timeline, figures } = data;
  problems.push(...checkEnglishCompanions(twins, { glossary, entities, timeline, figures }, english, unchecked));
  return problems;
}

/**
 * Checks all the content an editor may change, in stages, so that one mistake gives one message: the schema of every
 * file (frontmatter, metadata, figures ledger, errata, companions), the parts' ids and orders, the MDX syntax, each
 * part's paragraphs against the reference text, then — for parts that match it — the data pointing into the text, and
 * last, once the Chinese is right, the English twins. Returns every message, each naming the file and line, what was
 * expected and what was found.
 */
export function checkContent(files: ContentFiles): ContentReport {
  const problems: string[] = [];
  const paragraphs = new Map<string, ParagraphRef>();
  const parts = readParts(files.parts, problems);
  const partsProblems = partProblems(
    parts.map((part) => ({ id: part.id, order: part.data?.order, filePath: part.file.path, line: part.orderLine })),
    PART_IDS,
  );
  problems.push(...partsProblems);
  for (const file of files.meta) {
    const fields = Object.keys(publicationSchema.shape);
    problems.push(...checkSchema(publicationSchema, { file: file.path, source: readYaml(file.text), fields }).problems);
  }
  const data = readData(files, problems);
  problems.push(...missingFiles(files));
  const readable = readableParts(parts, problems);
  // The reference is cut into parts at the sections' titles: with a part unread, missing or out of place, every comparison would be off.
  const partsReadable = partsProblems.length === 0 && parts.every((part) => part.data);
  if (!files.reference || !partsReadable) return { problems, paragraphs };
  const headings = findHeadings(parts, files.reference, problems);
  if (!headings) return { problems, paragraphs };
  const intact = compareWithReference(readable, headings, files.reference, paragraphs, problems);
  problems.push(...pointingData(files, data, intact, paragraphs));
  // The English twins are checked against the Chinese: a Chinese mistake is named once, not again through every English entry that follows it.
  if (problems.some((problem) => !problem.startsWith(`${CONTENT.root}/en/`))) return { problems, paragraphs };
  problems.push(...englishData(files, data, readable, intact));
  return { problems, paragraphs };
}
