import { z } from 'astro/zod';
import {
  editorsNoteSchema,
  englishEditorsNoteSchema,
  englishEntitySchema,
  englishFigureSchema,
  englishGlossaryEntrySchema,
  englishPartSchema,
  englishPublicationSchema,
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
import { CONTENT, FRONTMATTER, PART_IDS, type PartId } from '../content/layout.ts';
import { compareParagraphs, locateParagraphs, paragraphId } from '../text/paragraphs.ts';
import {
  checkEntityRules,
  checkFigureValues,
  checkGlossaryRules,
  checkPublication,
  checkEnglishPublication,
  checkTimelineRules,
} from './companion-rules.ts';
import { correctedEnglish, correctedFigure } from './corrected-figures.ts';
import { decodeContent, encodingProblem, type Encoding } from './encoding.ts';
import { unpairedParagraphs, type WordPair } from './english-alignment.ts';
import { checkEnglishCompanions, englishReaderText } from './english-companions.ts';
import { checkEnglishText } from './english-text.ts';
import { checkErrata } from './errata.ts';
import { checkEnglishReadings, checkFigureCorrections, type ProseField } from './figure-corrections.ts';
import { checkFigures } from './figures.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { bilingual } from './message.ts';
import { partProblems } from './parts.ts';
import { checkPointers, type ParagraphRef, type Pointer } from './pointers.ts';
import { checkAgainstReference, excerpt } from './reference-check.ts';
import { referencePinProblem } from './reference-pin.ts';
import { firstDifference, parseReference, referenceBlocks } from './reference.ts';
import { checkSchema } from './schema-messages.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

/** A content file: its path as messages name it (relative to the project), its text, and how it was encoded if not plain UTF-8. */
export interface SourceFile {
  path: string;
  text: string;
  /** How the file's bytes were written (`decodeContent`); plain UTF-8 when left out. */
  encoding?: Encoding | undefined;
  /** For a file not in UTF-8: the first line that is not. */
  badLine?: number | undefined;
}

/** A content file read from its bytes, decoded as `decodeContent` finds it written. */
export function sourceFile(path: string, bytes: Uint8Array): SourceFile {
  const { text, encoding, badLine } = decodeContent(bytes);
  return { path, text, encoding, badLine };
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
  /** Every `content/en/article/*.mdx`, and the English twins of the metadata and the companions' data. */
  englishParts?: readonly SourceFile[] | undefined;
  englishMeta?: readonly SourceFile[] | undefined;
  englishGlossary?: SourceFile | undefined;
  englishTimeline?: SourceFile | undefined;
  englishEntities?: SourceFile | undefined;
  englishFigures?: SourceFile | undefined;
  /** The editor's note in each language (optional; when there is one, there are both). */
  editorsNote?: SourceFile | undefined;
  englishEditorsNote?: SourceFile | undefined;
}

/** What the check found: its messages, and the paragraphs of every part that matches the reference, for checking other data files' pointers. */
export interface ContentReport {
  problems: string[];
  paragraphs: Map<string, ParagraphRef>;
}

const PART_FIELDS = [...new Set(partSchema.options.flatMap((option) => Object.keys(option.shape)))];
const ENGLISH_PART_FIELDS = [...new Set(englishPartSchema.options.flatMap((option) => Object.keys(option.shape)))];
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

interface PartState<D> {
  file: SourceFile;
  id: string;
  data: D | undefined;
  titleLine: number;
  orderLine: number;
}
type ChinesePart = PartState<z.infer<typeof partSchema>>;
type EnglishPart = PartState<z.infer<typeof englishPartSchema>>;

/** An entry of a data file, with the line it starts on, the line of each of its fields, and where each field's value starts. */
type Lined<T> = T & { line: number; lines: Record<string, number>; values: Record<string, { line: number; column: number }> };

/** The Chinese companions, whose English twins are checked against them. */
type Companion = 'glossary' | 'entities' | 'timeline' | 'figures';

/** Every data file's entries, as read (undefined where the file is missing or does not match its schema). */
interface DataEntries {
  /** The Chinese companions with a mistake of their own: their English twins wait until it is mended. */
  unsound: Set<Companion>;
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

/** Stage 0: every file not saved as plain UTF-8 (a BOM, UTF-16, GBK); the check goes on with the text as decoded. */
function encodingProblems(files: ContentFiles): string[] {
  const all = [
    ...files.parts,
    ...files.meta,
    ...(files.englishParts ?? []),
    ...(files.englishMeta ?? []),
    files.figures,
    files.errata,
    files.reference,
    files.glossary,
    files.timeline,
    files.entities,
    files.englishGlossary,
    files.englishTimeline,
    files.englishEntities,
    files.englishFigures,
    files.editorsNote,
    files.englishEditorsNote,
  ];
  return all.flatMap((file) => {
    const problem = file && encodingProblem(file.path, { text: file.text, encoding: file.encoding ?? 'utf-8', badLine: file.badLine });
    return problem ? [problem] : [];
  });
}

/** The message for an MDX file whose frontmatter cannot be found, naming the fields it needs in each language. */
function noFrontmatter(file: SourceFile, fields: { zh: string; en: string }): string {
  return bilingual(
    { file: file.path, line: 1, column: 1 },
    `找不到开头的 frontmatter：文件第一行应是“---”，下面写 ${fields.zh}，再以一行“---”结束。`,
    `no frontmatter: expected the file to start with a “---” line, then ${fields.en}, then a “---” line; found none`,
    file.text.split('\n')[0],
  );
}

/** Stage 1a: each part's frontmatter against its schema (the Chinese parts', or the translation's). */
function readParts<D>(files: readonly SourceFile[], schema: z.ZodType<D>, fields: string[], problems: string[]): PartState<D>[] {
  return files.map((file) => {
    const id = partIdOf(file);
    const match = FRONTMATTER.exec(file.text);
    if (!match) {
      problems.push(noFrontmatter(file, { zh: 'kind、order（章节还有 title）', en: 'kind and order (and title, for a section)' }));
      return { file, id, data: undefined, titleLine: 1, orderLine: 1 };
    }
    const source = readYaml(match[1] ?? '', 2);
    const result = checkSchema(schema, { file: file.path, source, fields });
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
  const entries = result.data?.map((entry, index) => ({
    ...entry,
    line: source.lineOf([index]),
    lines: Object.fromEntries(Object.keys(entry).map((key) => [key, source.lineOf([index, key])])),
    values: Object.fromEntries(
      Object.keys(entry).flatMap((key) => Object.entries({ [key]: source.valueAt([index, key]) }).filter(([, at]) => at)),
    ) as Record<string, { line: number; column: number }>,
  }));
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
  const unsound = new Set<Companion>();
  // Reads one file, noting a Chinese companion that had a message of its own.
  const tracked = <T>(name: Companion | undefined, read: () => T): T => {
    const before = problems.length;
    const entries = read();
    if (name && problems.length > before) unsound.add(name);
    return entries;
  };
  const read = <T extends { id: string }>(
    name: Companion | undefined,
    file: SourceFile | undefined,
    schema: z.ZodType<T>,
    fields: string[],
  ) => tracked(name, () => readDataFile(file, z.array(schema), fields, problems));
  const keys = <S extends z.ZodObject>(schema: S) => Object.keys(schema.shape);
  return {
    unsound,
    figures: tracked('figures', () => readDataFile(files.figures, figuresSchema, keys(figureSchema), problems)),
    errata: readDataFile(files.errata, errataSchema, keys(erratumSchema), problems),
    glossary: read('glossary', files.glossary, glossaryEntrySchema, keys(glossaryEntrySchema)),
    timeline: read('timeline', files.timeline, timelineEventSchema, TIMELINE_FIELDS),
    entities: read('entities', files.entities, entitySchema, keys(entitySchema)),
    englishGlossary: read(undefined, files.englishGlossary, englishGlossaryEntrySchema, keys(englishGlossaryEntrySchema)),
    englishTimeline: read(undefined, files.englishTimeline, englishTimelineEventSchema, keys(englishTimelineEventSchema)),
    englishEntities: read(undefined, files.englishEntities, englishEntitySchema, keys(englishEntitySchema)),
    englishFigures: read(undefined, files.englishFigures, englishFigureSchema, keys(englishFigureSchema)),
  };
}

/** A single-record YAML file (the publication metadata) read against its schema, with its source for field lines. */
function readRecord<T>(files: readonly SourceFile[] | undefined, schema: z.ZodObject & z.ZodType<T>, problems: string[]) {
  let record: { file: string; data: T; source: YamlSource } | undefined;
  for (const file of files ?? []) {
    const source = readYaml(file.text);
    const result = checkSchema(schema, { file: file.path, source, fields: Object.keys(schema.shape) });
    problems.push(...result.problems);
    if (file.path.endsWith('/publication.yaml') && result.data) record = { file: file.path, data: result.data, source };
  }
  return record;
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
function readableParts<D>(parts: readonly PartState<D>[], problems: string[], allowed: readonly string[] = []): PartState<D>[] {
  return parts.filter((part) => {
    if (!PART_IDS.includes(part.id as PartId) || !part.data) return false;
    const problem = mdxSyntaxProblem(part.file.path, part.file.text, allowed);
    if (problem) problems.push(problem);
    return problem === null;
  });
}

/** Stage 2b: the translation's parts: the same ids as the Chinese, each with its kind and order, and readable MDX. */
function englishParts(files: ContentFiles, problems: string[]): EnglishPart[] {
  const files_ = files.englishParts ?? [];
  if (files_.length === 0) return [];
  const parts = readParts(files_, englishPartSchema, ENGLISH_PART_FIELDS, problems);
  const clashes = partProblems(
    parts.map((part) => ({ id: part.id, order: part.data?.order, filePath: part.file.path, line: part.orderLine })),
    PART_IDS,
    CONTENT.en.article,
  );
  problems.push(...clashes);
  for (const part of clashes.length > 0 ? [] : parts) {
    // The kind and order each part must have, as the Chinese must (whose own are checked against the reference).
    const order = PART_IDS.indexOf(part.id as PartId);
    const kind = order === 0 ? 'lede' : 'section';
    if (!part.data || order === -1 || (part.data.kind === kind && part.data.order === order)) continue;
    problems.push(
      `${part.file.path}:${part.orderLine}: expected kind ${kind} and order ${order}, as the Chinese ${part.id} has them, found kind ${part.data.kind} and order ${part.data.order}`,
    );
  }
  return readableParts(parts, problems, ['Zh']);
}

/** Stage 2c: the editor's note, if there is one: in both languages or neither, each with its frontmatter and readable MDX. */
function editorsNoteProblems(files: ContentFiles): string[] {
  const notes = [
    [files.editorsNote, editorsNoteSchema, CONTENT.editorsNote, [] as string[]],
    [files.englishEditorsNote, englishEditorsNoteSchema, CONTENT.en.editorsNote, ['Zh']],
  ] as const;
  const problems: string[] = [];
  const dates: string[] = [];
  for (const [file, schema, path, allowed] of notes) {
    if (!file) {
      const other = notes.find(([f]) => f !== undefined)?.[0];
      if (other) problems.push(`${path}: missing; ${other.path} is shown in one language, so the other needs its twin (or delete both)`);
      continue;
    }
    const match = FRONTMATTER.exec(file.text);
    if (!match) {
      problems.push(noFrontmatter(file, { zh: 'date（日期）和 by（署名）', en: 'date and by (who signs it)' }));
      continue;
    }
    const result = checkSchema(schema, { file: file.path, source: readYaml(match[1] ?? '', 2), fields: Object.keys(schema.shape) });
    problems.push(...result.problems);
    if (result.data) dates.push(result.data.date.toISOString().slice(0, 10));
    const syntax = mdxSyntaxProblem(file.path, file.text, allowed);
    if (syntax) problems.push(syntax);
  }
  if (dates.length === 2 && dates[0] !== dates[1])
    problems.push(`${CONTENT.en.editorsNote}:2: field “date”: expected ${dates[0]}, the date of ${CONTENT.editorsNote}, found ${dates[1]}`);
  return problems;
}

/** Stage 3a: each section's title found among the reference's headings; undefined (with the problems) unless all are. */
function findHeadings(parts: readonly ChinesePart[], reference: SourceFile, problems: string[]): Map<ChinesePart, string> | undefined {
  // The title and the editor's line stand outside the body: neither is a heading.
  const blocks = referenceBlocks(reference.text).body;
  const headings = new Map<ChinesePart, string>();
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
  readable: readonly ChinesePart[],
  headings: ReadonlyMap<ChinesePart, string>,
  reference: SourceFile,
  paragraphs: Map<string, ParagraphRef>,
  problems: string[],
): Set<string> {
  const cut = parseReference(reference.text, [...headings.values()]);
  const intact = new Set<string>();
  const found = new Map<string, ParagraphRef>();
  for (const part of readable) {
    const expected = part.data?.kind === 'lede' ? cut.lede : cut.sections.find((s) => s.heading === headings.get(part))?.paragraphs;
    const located = locateParagraphs(part.file.text);
    const differences = checkAgainstReference({ id: part.id, file: part.file.path, paragraphs: located }, expected ?? [], reference.path);
    problems.push(...differences);
    if (differences.length > 0) continue;
    intact.add(part.id);
    located.forEach((p, index) => found.set(paragraphId(part.id, index + 1), { text: p.text, file: part.file.path, line: p.line }));
  }
  // In reading order, so that `paragraphs` lists them as the article does.
  for (const id of [...found.keys()].sort((a, b) => compareParagraphs(a, b, PART_IDS))) paragraphs.set(id, found.get(id) as ParagraphRef);
  return intact;
}

/** The ids of the entries that a pointer check finds broken, checked one entry at a time; the messages go to `problems`. */
function brokenPointers(
  file: string,
  pointers: readonly Pointer[],
  paragraphs: ReadonlyMap<string, ParagraphRef>,
  problems: string[],
  field?: string,
  paragraphField?: string,
): Set<string> {
  const broken = new Set<string>();
  for (const pointer of pointers) {
    const found = checkPointers(file, [pointer], paragraphs, field, paragraphField);
    problems.push(...found);
    if (found.length > 0) broken.add(pointer.id);
  }
  return broken;
}

/**
 * Stage 4: the data that points into the text (ledger, errata, glossary, timeline, index), for the parts that match the
 * reference, and the rules of each companion beyond its pointers. A companion with a mistake is added to `data.unsound`.
 */
function pointingData(
  files: ContentFiles,
  data: DataEntries,
  intact: ReadonlySet<string>,
  paragraphs: ReadonlyMap<string, ParagraphRef>,
  problems: string[],
): void {
  const inIntactPart = (entry: { paragraph: string }) => intact.has(entry.paragraph.replace(/-\d+$/, ''));
  const whole = intact.size === PART_IDS.length;
  const { figures, errata, glossary, timeline, entities } = data;
  const check = (name: Companion, run: () => string[]) => {
    const found = run();
    problems.push(...found);
    if (found.length > 0) data.unsound.add(name);
  };
  if (figures && files.figures) {
    const path = files.figures.path;
    check('figures', () => [...checkFigures(path, figures.filter(inIntactPart), paragraphs), ...checkFigureValues(path, figures)]);
  }
  if (errata && files.errata) problems.push(...checkErrata(files.errata.path, errata.filter(inIntactPart), paragraphs));
  // The companions' entries: a glossary term where it first stands, the words an event quotes, each paragraph naming an entity.
  if (glossary && files.glossary) {
    const path = files.glossary.path;
    const pointers = glossary.map(({ id, paragraph, term, forms, line }): Pointer => ({ id, paragraph, phrase: term, forms, line }));
    check('glossary', () => {
      const found: string[] = [];
      const broken = brokenPointers(path, pointers.filter(inIntactPart), paragraphs, found, 'term');
      return whole ? [...found, ...checkGlossaryRules(path, glossary, paragraphs, broken)] : found;
    });
  }
  if (timeline && files.timeline) {
    const path = files.timeline.path;
    const pointers = timeline.flatMap((event): Pointer[] =>
      event.source === 'article' ? [{ id: event.id, paragraph: event.paragraph, phrase: event.phrase, line: event.line }] : [],
    );
    check('timeline', () => [
      ...checkPointers(path, pointers.filter(inIntactPart), paragraphs),
      ...(figures && !data.unsound.has('figures')
        ? checkTimelineRules(path, timeline, figures, publicationFacts(files), files.figures?.path ?? CONTENT.figures)
        : []),
    ]);
  }
  if (entities && files.entities) {
    const path = files.entities.path;
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
    check('entities', () => {
      const found: string[] = [];
      const broken = brokenPointers(path, pointers.filter(inIntactPart), paragraphs, found, 'forms', 'paragraphs');
      return whole ? [...found, ...checkEntityRules(path, entities, paragraphs, broken)] : found;
    });
  }
}

/** The publication's date, periodical and issue, for the timeline's publication event (undefined if the metadata does not read). */
function publicationFacts(files: ContentFiles): { date: Date; periodical: string; issue: string } | undefined {
  const file = files.meta.find((f) => f.path === CONTENT.publication);
  const parsed = file && publicationSchema.safeParse(readYaml(file.text).data);
  return parsed?.success ? parsed.data : undefined;
}

/** Words known in both languages (glossary terms and index names with their English forms), to tell which paragraph a translation lacks. */
function wordPairs(data: DataEntries): WordPair[] {
  const english = new Map([...(data.englishGlossary ?? []), ...(data.englishEntities ?? [])].map((entry) => [entry.id, entry.forms]));
  return [
    ...(data.glossary ?? []).map((entry) => ({ zh: [entry.term, ...entry.forms], en: english.get(entry.id) ?? [] })),
    ...(data.entities ?? []).map((entry) => ({ zh: entry.forms, en: english.get(entry.id) ?? [] })),
  ];
}

/** The message for a translation with a paragraph more or fewer than the Chinese: which one, by number and first words. */
function unpairedMessage(
  file: SourceFile,
  twin: ChinesePart,
  english: readonly { text: string; line: number }[],
  pairs: readonly WordPair[],
): string {
  const chinese = locateParagraphs(twin.file.text);
  const [first] = unpairedParagraphs(
    chinese.map((p) => p.text),
    english.map((p) => p.text),
    pairs,
  );
  const id = twin.id;
  if (first?.language === 'zh') {
    const before = english[first.index - 1];
    const line = english[first.index]?.line ?? (before ? before.line + 1 : 1);
    const zh = excerpt(chinese[first.index]?.text ?? '');
    const after = before ? `，应在英文第 ${first.index} 段（“${excerpt(before.text, 24)}”）之后` : '，应在正文开头';
    return bilingual(
      { file: file.path, line },
      `英文少了一段：中文第 ${first.index + 1} 段 ${paragraphId(id, first.index + 1)}（“${zh}”，${twin.file.path}）没有英文${after}。每段中文都要有一段英文，段与段之间空一行；要是两段英文连在了一起，在中间加一个空行。`,
      `the English lacks a paragraph: Chinese paragraph ${first.index + 1}, ${paragraphId(id, first.index + 1)} (“${zh}”, ${twin.file.path}), has no English` +
        `${before ? `; it belongs after English paragraph ${first.index} (“${excerpt(before.text, 24)}”)` : '; it belongs at the start'}. ` +
        `Each Chinese paragraph needs one English paragraph, with a blank line between paragraphs; if two English paragraphs have run together, put a blank line between them.`,
    );
  }
  const index = first?.index ?? english.length - 1;
  const extra = english[index];
  return bilingual(
    { file: file.path, line: extra?.line ?? 1 },
    `英文多了一段：英文第 ${index + 1} 段（“${excerpt(extra?.text ?? '', 24)}”）在中文里没有对应的段落（${twin.file.path} 共 ${chinese.length} 段）。删掉它，或把它并回所属的段落（删去中间的空行）。`,
    `the English has a paragraph too many: English paragraph ${index + 1} (“${excerpt(extra?.text ?? '', 24)}”) has no Chinese twin (${twin.file.path} has ${chinese.length} paragraphs). ` +
      `Delete it, or join it to the paragraph it belongs to (take out the blank line between them).`,
  );
}

/**
 * Stage 5a: the translation's paragraphs, one for each Chinese one, for the parts whose Chinese matches the reference.
 * A part out of step is named once, and added to `unchecked` so that the entries pointing into it wait.
 */
function englishParagraphs(
  parts: readonly EnglishPart[],
  chinese: readonly ChinesePart[],
  intact: ReadonlySet<string>,
  pairs: readonly WordPair[],
  unchecked: Set<string>,
  problems: string[],
): Map<string, ParagraphRef> {
  const english = new Map<string, ParagraphRef>();
  for (const part of parts) {
    const twin = chinese.find((zh) => zh.id === part.id);
    if (!twin || !intact.has(part.id)) continue;
    const located = locateParagraphs(part.file.text);
    if (located.length !== locateParagraphs(twin.file.text).length) {
      problems.push(unpairedMessage(part.file, twin, located, pairs));
      unchecked.add(part.id);
      continue;
    }
    located.forEach((p, index) => english.set(paragraphId(part.id, index + 1), { text: p.text, file: part.file.path, line: p.line }));
  }
  for (const id of PART_IDS) if (!parts.some((part) => part.id === id)) unchecked.add(id);
  return english;
}

/** The corrections as the figure rules read them (only those whose own pointer holds). */
type Correction = Lined<z.infer<typeof erratumSchema>>;

/** The site's own words in the data files that may repeat a figure, for the figure-correction check. */
function proseFields(files: ContentFiles, data: DataEntries): ProseField[] {
  const fields: ProseField[] = [];
  const add = <T extends { id: string; line: number; lines: Record<string, number>; values: Lined<object>['values'] }>(
    file: SourceFile | undefined,
    entries: readonly T[] | undefined,
    lang: 'zh' | 'en',
    names: readonly string[],
    // The paragraph an entry's `phrase` quotes: the site shows only that field as the English correction reads it.
    quotes?: (entry: T) => string | undefined,
  ) => {
    for (const entry of entries ?? []) {
      for (const name of names) {
        const text = (entry as Record<string, unknown>)[name];
        const at = entry.values[name] ?? { line: entry.lines[name] ?? entry.line, column: 1 };
        if (file && typeof text === 'string')
          fields.push({
            file: file.path,
            ...at,
            entry: entry.id,
            field: name,
            text,
            lang,
            quotes: name === 'phrase' ? quotes?.(entry) : undefined,
          });
      }
    }
  };
  const chinese = new Map<string, string>(
    [...(data.figures ?? []), ...(data.timeline ?? []).flatMap((e) => (e.source === 'article' ? [e] : []))].map((e) => [e.id, e.paragraph]),
  );
  add(files.timeline, data.timeline, 'zh', ['title', 'note']);
  add(files.glossary, data.glossary, 'zh', ['definition']);
  add(files.entities, data.entities, 'zh', ['note']);
  add(files.figures, data.figures, 'zh', ['label']);
  add(files.englishTimeline, data.englishTimeline, 'en', ['title', 'note', 'phrase'], (entry) => chinese.get(entry.id));
  add(files.englishGlossary, data.englishGlossary, 'en', ['definition']);
  add(files.englishEntities, data.englishEntities, 'en', ['note']);
  add(files.englishFigures, data.englishFigures, 'en', ['label', 'phrase'], (entry) => chinese.get(entry.id));
  return fields;
}

/**
 * Stage 5b: the English twins of the companions' data, against the Chinese entries and the translation's paragraphs;
 * the translation's words against the Chinese; and the corrections, which the figures and the English must follow.
 */
function englishData(
  files: ContentFiles,
  data: DataEntries,
  parts: readonly EnglishPart[],
  chineseParts: readonly ChinesePart[],
  intact: ReadonlySet<string>,
  paragraphs: ReadonlyMap<string, ParagraphRef>,
  problems: string[],
): void {
  const unchecked = new Set<string>(PART_IDS.filter((id) => !intact.has(id)));
  const english = englishParagraphs(parts, chineseParts, intact, wordPairs(data), unchecked, problems);
  const errataFile = files.errata?.path ?? CONTENT.errata;
  const usable = usableCorrections(errataFile, data, paragraphs, english, problems);
  // The translation's own words first: an English paragraph found wrong is named once, not again by each entry quoting it.
  const corrected = new Set(usable.map((erratum) => erratum.paragraph));
  problems.push(...checkEnglishText(english, new Map([...paragraphs].map(([id, p]) => [id, p.text])), corrected, unchecked));
  const { twins, chinese } = englishTwins(files, data, usable);
  const readerText = new Map([...english].map(([id, p]) => [id, { ...p, text: englishReaderText(p.text) }]));
  problems.push(...checkEnglishCompanions(twins, chinese, readerText, unchecked));
  problems.push(...checkFigureCorrections({ errataFile, errata: usable, chinese: paragraphs, english, prose: proseFields(files, data) }));
}

/** The corrections whose printed words and English reading both stand where they say (the others have had their message). */
function usableCorrections(
  errataFile: string,
  data: DataEntries,
  paragraphs: ReadonlyMap<string, ParagraphRef>,
  english: ReadonlyMap<string, ParagraphRef>,
  problems: string[],
): Correction[] {
  const placed = (data.errata ?? []).filter((erratum) => paragraphs.get(erratum.paragraph)?.text.split(erratum.printed).length === 2);
  problems.push(...checkEnglishReadings(errataFile, placed, english));
  return placed.filter((erratum) => checkEnglishReadings(errataFile, [erratum], english).length === 0);
}

/** The English twins of the companions, and the Chinese entries they are checked against (none for a Chinese file with a mistake). */
function englishTwins(files: ContentFiles, data: DataEntries, corrections: readonly Correction[]) {
  const lined = <T extends { id: string; line: number }>(file: SourceFile | undefined, entries: T[] | undefined) =>
    file && entries ? { file: file.path, entries } : undefined;
  const englishFigures = data.englishFigures?.map((entry) => {
    const paragraph = data.figures?.find((figure) => figure.id === entry.id)?.paragraph ?? '';
    return { ...entry, reads: correctedEnglish(paragraph, entry.phrase, corrections) };
  });
  // An English phrase a correction's English reading reaches is held to the corrected figure; one it does not reach, to
  // the printed figure: if that contradicts the correction, the correction's own message names it, once.
  const reached = new Set(englishFigures?.filter((entry) => entry.reads !== entry.phrase).map((entry) => entry.id));
  const figures = data.figures?.map((figure) => (reached.has(figure.id) ? correctedFigure(figure, corrections) : figure));
  const sound = <T>(name: Companion, value: T) => (data.unsound.has(name) ? undefined : value);
  return {
    twins: {
      glossary: lined(files.englishGlossary, data.englishGlossary),
      entities: lined(files.englishEntities, data.englishEntities),
      timeline: lined(files.englishTimeline, data.englishTimeline),
      figures: lined(files.englishFigures, englishFigures),
    },
    chinese: {
      glossary: sound('glossary', data.glossary),
      entities: sound('entities', data.entities),
      timeline: sound('timeline', data.timeline),
      figures: sound('figures', figures),
    },
  };
}

/** Stage 6: the publication metadata against the reference's header and trailer, and the English metadata against the Chinese. */
function metadataRules(
  publication: { file: string; data: z.infer<typeof publicationSchema>; source: YamlSource } | undefined,
  english: { file: string; data: z.infer<typeof englishPublicationSchema>; source: YamlSource } | undefined,
  reference: { file: string; header: string[]; trailer: string[] } | undefined,
): string[] {
  const problems: string[] = [];
  if (publication && reference)
    problems.push(...checkPublication(publication.file, publication.data, (field) => publication.source.lineOf([field]), reference));
  // The English is held to the Chinese only once the Chinese agrees with the reference.
  if (publication && english && problems.length === 0)
    problems.push(
      ...checkEnglishPublication(english.file, english.data, publication.data, (field) => english.source.lineOf([field]), publication.file),
    );
  return problems;
}

/**
 * Checks all the content an editor may change, in one pass: the encoding and schema of every file (frontmatter,
 * metadata, figures ledger, errata, companions, in both languages), the reference pin, the parts' ids and orders, the MDX
 * syntax, each part's paragraphs against the reference text, then — for parts that match it — the data pointing into
 * the text and each companion's own rules, the English twins and the translation's words, and the corrections, which
 * every figure and the English must follow. A mistake is named once: what depends on a broken part or entry waits, but
 * every independent rule runs, Chinese and English together. Each message names the file and line, what was expected
 * and what was found.
 */
export function checkContent(files: ContentFiles): ContentReport {
  const problems: string[] = [];
  const paragraphs = new Map<string, ParagraphRef>();
  problems.push(...encodingProblems(files));
  const parts = readParts(files.parts, partSchema, PART_FIELDS, problems);
  const partsProblems = partProblems(
    parts.map((part) => ({ id: part.id, order: part.data?.order, filePath: part.file.path, line: part.orderLine })),
    PART_IDS,
  );
  problems.push(...partsProblems);
  const publication = readRecord(files.meta, publicationSchema, problems);
  const englishPublication = readRecord(files.englishMeta, englishPublicationSchema, problems);
  const data = readData(files, problems);
  problems.push(...missingFiles(files));
  const pin = files.reference && referencePinProblem(files.reference.path, files.reference.text);
  if (pin) problems.push(pin);
  // A changed reference cannot judge the text: comparing with it would blame the MDX for the reference's edit.
  const reference = pin ? undefined : files.reference;
  const readable = readableParts(parts, problems);
  const english = englishParts(files, problems);
  problems.push(...editorsNoteProblems(files));
  // The reference is cut into parts at the sections' titles: with a part unread, missing or out of place, every comparison would be off.
  const partsReadable = partsProblems.length === 0 && parts.every((part) => part.data);
  const headings = reference && partsReadable ? findHeadings(parts, reference, problems) : undefined;
  const intact = reference && headings ? compareWithReference(readable, headings, reference, paragraphs, problems) : new Set<string>();
  const cut = reference && headings ? parseReference(reference.text, [...headings.values()]) : undefined;
  problems.push(...metadataRules(publication, englishPublication, cut && reference ? { file: reference.path, ...cut } : undefined));
  pointingData(files, data, intact, paragraphs, problems);
  englishData(files, data, english, parts, intact, paragraphs, problems);
  return { problems, paragraphs };
}
