import type { Range } from './match.ts';
import { NO_LINE_END, NO_LINE_START } from '../text/line-breaking.ts';

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

/** What stands at a cut excerpt's start and end. */
export const ELLIPSIS = '…';

/** What an excerpt never starts with: a mark no line may start with, or a space. */
const NO_START = new Set([...NO_LINE_START, ' ']);
/** Marks that end a clause: a cut Chinese excerpt starts and ends at one when one stands near the cut. */
const CLAUSE_END = new Set('，。、；：？！,;:!?');
/** How far, in characters, a Chinese cut moves to land at a clause's end. */
const SNAP = 6;

/** The offset just after the clause end nearest to `at`, at most SNAP away and between `min` and `max`; else `at`. */
function nearClause(text: string, at: number, min: number, max: number): number {
  let best = at;
  let distance = Infinity;
  for (let p = at - SNAP - 1; p < at + SNAP; p += 1) {
    const after = p + 1;
    if (after < min || after > max || !CLAUSE_END.has(text[p] ?? '') || Math.abs(after - at) >= distance) continue;
    best = after;
    distance = Math.abs(after - at);
  }
  return best;
}

/** English windows lose a word they would cut in two, at either end (a space right after the match may end them). */
function wordWindow(text: string, start: number, end: number, first: Range): [number, number] {
  if (start > 0 && text[start - 1] !== ' ') {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first[0]) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space >= first[1]) end = space;
  }
  return [start, end];
}

/** Chinese windows start and end at a clause's end when one stands near the cut. */
function clauseWindow(text: string, start: number, end: number, first: Range): [number, number] {
  const from = start > 0 ? nearClause(text, start, 1, first[0]) : 0;
  const to = end < text.length ? nearClause(text, end, first[1], text.length) : end;
  return [from, Math.max(to, first[1])];
}

/** The window of the excerpt: from a little before the first range, about `length` long, inside the text, its ends
 * moved so that it starts with no closing mark and ends with no opening one. */
function window(text: string, ranges: readonly Range[], { before, length, words = false }: ExcerptOptions): [number, number] {
  const first = ranges[0] ?? [0, 0];
  const start = Math.max(0, Math.min(first[0] - before, text.length - length));
  const end = Math.min(text.length, Math.max(start + length, first[1]));
  let [from, to] = (words ? wordWindow : clauseWindow)(text, start, end, first);
  while (from > 0 && from < first[0] && NO_START.has(text[from] ?? '')) from += 1;
  // A closing mark right after the cut belongs to the excerpt: the next line would start with it.
  while (to < text.length && NO_START.has(text[to] ?? '') && text[to] !== ' ') to += 1;
  while (to < text.length && to > first[1] && NO_LINE_END.has(text[to - 1] ?? '')) to -= 1;
  return [atCharacter(text, from), atCharacter(text, to)];
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
