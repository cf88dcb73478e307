import { splitParagraphs } from '../text/paragraphs.ts';

/** The reference text, cut into the parts the site publishes. */
export interface ReferenceText {
  /** The header blocks before the lede: title, date and authors, periodical and keywords, byline. */
  header: string[];
  /** The lede's paragraphs. */
  lede: string[];
  /** Each section's heading and paragraphs, in the order they stand. */
  sections: { heading: string; paragraphs: string[] }[];
  /** The blocks after the last section, e.g. the desk editor's line. */
  trailer: string[];
}

const HEADER_BLOCKS = 4;
const TRAILER = /^\(责任编辑[:：]/;

/** The reference text's blocks in three runs: the header, the body (lede and sections, headings included) and the trailer. */
export function referenceBlocks(text: string): { header: string[]; body: string[]; trailer: string[] } {
  const blocks = splitParagraphs(text);
  const trailerStart = blocks.findIndex((block) => TRAILER.test(block));
  return {
    header: blocks.slice(0, HEADER_BLOCKS),
    body: blocks.slice(HEADER_BLOCKS, trailerStart === -1 ? blocks.length : trailerStart),
    trailer: trailerStart === -1 ? [] : blocks.slice(trailerStart),
  };
}

/** Cuts the verbatim reference text into header, lede, sections (at the given headings) and trailer. */
export function parseReference(text: string, headings: readonly string[]): ReferenceText {
  const { header, body, trailer } = referenceBlocks(text);
  const lede: string[] = [];
  const sections: ReferenceText['sections'] = [];
  for (const block of body) {
    if (headings.includes(block)) sections.push({ heading: block, paragraphs: [] });
    else (sections.at(-1)?.paragraphs ?? lede).push(block);
  }
  const missing = headings.filter((heading) => !sections.some((s) => s.heading === heading));
  if (missing.length > 0) {
    throw new Error(`reference text has no heading ${missing.map((h) => `“${h}”`).join(', ')}`);
  }
  return { header, lede, sections, trailer };
}

/** The index, in characters, of the first character where two texts differ; -1 when they are equal. */
export function differenceIndex(expected: string, found: string): number {
  if (expected === found) return -1;
  const a = Array.from(expected);
  const b = Array.from(found);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Describes where two texts first differ, e.g. `at character 12: expected “，” but found “,”`; null when equal. */
export function firstDifference(expected: string, found: string): string | null {
  const i = differenceIndex(expected, found);
  if (i === -1) return null;
  const a = Array.from(expected);
  const b = Array.from(found);
  const show = (s: string | undefined) =>
    s === undefined ? 'end of text' : `“${s}” (U+${(s.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
  const context = a.slice(Math.max(0, i - 8), i).join('');
  return `at character ${i + 1} (after “${context}”): expected ${show(a[i])} but found ${show(b[i])}`;
}
