import { FRONTMATTER } from '../content/layout.ts';
import { format } from './template.ts';

/** The stable id of the `position`-th (1-based) paragraph of a section, e.g. `vanguard-4`. */
export function paragraphId(section: string, position: number): string {
  return `${section}-${position}`;
}

/** Splits a Markdown/MDX body (frontmatter removed) into its paragraphs, as written. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/** Removes a leading YAML frontmatter block (`---` … `---`) from an MDX source. */
export function stripFrontmatter(source: string): string {
  const match = FRONTMATTER.exec(source);
  return match ? source.slice(match[0].length).replace(/^\r?\n/, '') : source;
}

/** The part and number of a paragraph id, e.g. `vanguard-4` → vanguard (2nd in `partIds`), 4; throws for an id of no part. */
function parseParagraphId(id: string, partIds: readonly string[]): { part: string; partIndex: number; number: number } {
  const [, part = '', number = ''] = /^([a-z]+)-(\d+)$/.exec(id) ?? [];
  const partIndex = partIds.indexOf(part);
  if (partIndex === -1) throw new Error(`not a paragraph id of this article: “${id}”`);
  return { part, partIndex, number: Number(number) };
}

/** The words of a paragraph's name: templates with `{n}` (the paragraph's number) and, in a section, `{part}`. */
export interface ParagraphLabelWords {
  lede: string;
  section: string;
}

/** How readers name a paragraph by its id: `vanguard-4` → `第二部分第4段` with Chinese words, sections numbered in `partIds` order after the lede. */
export function labelParagraph(
  id: string,
  partIds: readonly string[],
  words: ParagraphLabelWords,
  partNumber: (n: number) => string,
): string {
  const { part, partIndex, number } = parseParagraphId(id, partIds);
  const template = part === 'lede' ? words.lede : words.section;
  return format(template, { part: partNumber(partIndex), n: number });
}

/** Where a paragraph stands in reading order, as a pair to compare: the part's place in `partIds`, then the paragraph's number. */
export function paragraphPosition(id: string, partIds: readonly string[]): [number, number] {
  const { partIndex, number } = parseParagraphId(id, partIds);
  return [partIndex, number];
}

/** Compares two paragraph ids by where they stand in reading order (negative if `a` comes first), for sorting. */
export function compareParagraphs(a: string, b: string, partIds: readonly string[]): number {
  const [partA, numberA] = paragraphPosition(a, partIds);
  const [partB, numberB] = paragraphPosition(b, partIds);
  return partA - partB || numberA - numberB;
}

/** A paragraph of a source file with where it starts: `line` is 1-based and counted in the whole file. */
export interface LocatedParagraph {
  text: string;
  line: number;
}

/** Splits a whole MDX source, frontmatter included, into the same paragraphs as `splitParagraphs` of its body, each with the line it starts on. */
export function locateParagraphs(source: string): LocatedParagraph[] {
  const text = source.replace(/\r\n?/g, '\n');
  const bodyStart = text.length - stripFrontmatter(text).length;
  const firstLine = text.slice(0, bodyStart).split('\n').length;
  const paragraphs: LocatedParagraph[] = [];
  let block: string[] = [];
  let start = 0;
  text
    .slice(bodyStart)
    .split('\n')
    .forEach((lineText, index) => {
      if (/^[ \t]*$/.test(lineText)) {
        if (block.length > 0) paragraphs.push({ text: block.join('\n').trim(), line: start });
        block = [];
        return;
      }
      if (block.length === 0) start = firstLine + index;
      block.push(lineText);
    });
  if (block.length > 0) paragraphs.push({ text: block.join('\n').trim(), line: start });
  return paragraphs;
}

/** The line and column (1-based, in characters) of the character at `index` of a located paragraph. */
export function positionIn(paragraph: LocatedParagraph, index: number): { line: number; column: number } {
  const before = Array.from(paragraph.text).slice(0, index).join('').split('\n');
  return { line: paragraph.line + before.length - 1, column: Array.from(before.at(-1) ?? '').length + 1 };
}
