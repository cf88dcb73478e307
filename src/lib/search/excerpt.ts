import type { Range } from './match.ts';

/** A piece of an excerpt: text, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** An excerpt of a paragraph: its pieces, and whether the paragraph goes on before and after it. */
export interface Excerpt {
  segments: Segment[];
  cutStart: boolean;
  cutEnd: boolean;
}

/** How long an excerpt is, in UTF-16 units, and how much of it comes before the first match; `words` cuts between words. */
export interface ExcerptOptions {
  before: number;
  length: number;
  words?: boolean;
}

/** Moves an offset off the second half of a surrogate pair, so that no character is cut in two. */
function atCharacter(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

/** The window of the excerpt: from a little before the first range, `length` long, inside the text. */
function window(text: string, ranges: readonly Range[], { before, length, words = false }: ExcerptOptions): [number, number] {
  const first = ranges[0] ?? [0, 0];
  let start = Math.max(0, Math.min(first[0] - before, text.length - length));
  let end = Math.min(text.length, Math.max(start + length, first[1]));
  // English is cut between words: a word the window cut in two is left out.
  if (words && start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first[0]) start = space + 1;
  }
  if (words && end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first[1]) end = space;
  }
  return [atCharacter(text, start), atCharacter(text, end)];
}

/** An excerpt of `text` around its first range, with every range inside it marked. */
export function excerpt(text: string, ranges: readonly Range[], options: ExcerptOptions): Excerpt {
  const [start, end] = window(text, ranges, options);
  const segments: Segment[] = [];
  let at = start;
  for (const [from, to] of ranges) {
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (b <= a) continue;
    if (a > at) segments.push({ text: text.slice(at, a), mark: false });
    segments.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
  return { segments, cutStart: start > 0, cutEnd: end < text.length };
}

/** The distinct texts a hit marks, in order: what its link asks the landing page to highlight. */
export function markedTexts(text: string, ranges: readonly Range[]): string[] {
  return [...new Set(ranges.map(([from, to]) => text.slice(from, to)))];
}

/** The link to a paragraph on its page with the words to highlight there: `/organizing/?highlight=四长管控#organizing-3`. */
export function hitHref(page: string, id: string, highlight: readonly string[]): string {
  const query = new URLSearchParams(highlight.map((text) => ['highlight', text])).toString();
  return `${page}${query ? `?${query}` : ''}#${id}`;
}
