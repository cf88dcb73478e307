import { findAll, findInText, mergeRanges, type Range } from './match.ts';
import { fold, type Folded } from './normalize.ts';
import type { QueryPart } from './query.ts';

/** A paragraph the search can list: its id (the anchor), its page, its place in reading order and its text as shown. */
export interface Paragraph {
  id: string;
  page: string;
  order: number;
  text: string;
  folded: Folded;
}

/** A paragraph ready for matching: its text folded once. */
export function paragraph(id: string, page: string, order: number, text: string): Paragraph {
  return { id, page, order, text, folded: fold(text) };
}

/**
 * How one part of a query is found. A `phrase` is found by the phrase matcher, in the folded text. A `listed` part is
 * an English word Pagefind found with its stemming: the paragraphs it listed for it, and the forms it marked there.
 */
export type PartMatcher =
  { kind: 'phrase'; part: QueryPart } | { kind: 'listed'; part: QueryPart; ids: ReadonlySet<string>; forms: readonly string[] };

/** A matcher for each part: English words through `listed` where given (Pagefind's findings), all else by the phrase matcher. */
export function matchers(parts: readonly QueryPart[], listed?: (part: QueryPart) => PartMatcher | undefined): PartMatcher[] {
  return parts.map((part) => (part.kind === 'word' ? listed?.(part) : undefined) ?? { kind: 'phrase', part });
}

/** A paragraph that matches, the ranges of its text to mark, and its score (more occurrences, higher). */
export interface Hit {
  paragraph: Paragraph;
  ranges: Range[];
  score: number;
}

// An occurrence counts up to this many times per part, so that one word repeated does not outrank all the others.
const MAX_COUNTED = 5;

/** Where each form (an English word as Pagefind marked it) stands in the text, as whole words. */
function formRanges(text: Folded, forms: readonly string[]): Range[] {
  return forms.flatMap((form) => findInText(text, fold(form).text.trim()));
}

/** The paragraph as a hit if it holds every part of the query (one missing part, and it is no hit); otherwise undefined. */
export function matchParagraph(p: Paragraph, parts: readonly PartMatcher[]): Hit | undefined {
  if (parts.length === 0) return undefined;
  const ranges: Range[] = [];
  let score = 0;
  for (const matcher of parts) {
    if (matcher.kind === 'listed' && !matcher.ids.has(p.id)) return undefined;
    const found = matcher.kind === 'listed' ? formRanges(p.folded, matcher.forms) : findInText(p.folded, matcher.part.folded);
    if (matcher.kind === 'phrase' && found.length === 0) return undefined;
    ranges.push(...found);
    score += Math.min(Math.max(found.length, 1), MAX_COUNTED);
  }
  return { paragraph: p, ranges: mergeRanges(ranges), score };
}

/** Best first: higher score, then reading order. */
function byScore(a: Hit, b: Hit): number {
  return b.score - a.score || a.paragraph.order - b.paragraph.order;
}

/** Every paragraph that holds every part of the query, best first. */
export function exactHits(paragraphs: readonly Paragraph[], parts: readonly PartMatcher[]): Hit[] {
  return paragraphs.flatMap((p) => matchParagraph(p, parts) ?? []).sort(byScore);
}

/** The hits of one page, best first. */
export interface PageHits {
  page: string;
  hits: Hit[];
}

/** Hits grouped by page; pages in the order of their best hit, so the first page's first hit is the best of all. */
export function byPage(hits: readonly Hit[]): PageHits[] {
  const pages = new Map<string, Hit[]>();
  for (const hit of [...hits].sort(byScore)) {
    const list = pages.get(hit.paragraph.page) ?? [];
    list.push(hit);
    pages.set(hit.paragraph.page, list);
  }
  return Array.from(pages, ([page, list]) => ({ page, hits: list }));
}

const NOT_TEXT = /[\s\p{P}\p{S}]/gu;

/** What a near match is scored on: the pairs of neighbouring characters of a phrase (its words, for a Latin phrase). */
function units(part: QueryPart): string[] {
  if (/[\p{Script=Latin}\p{Nd}]/u.test(part.folded) && !/\p{Script=Han}/u.test(part.folded)) return part.folded.split(' ').filter(Boolean);
  const chars = Array.from(part.folded.replace(NOT_TEXT, ''));
  if (chars.length <= 2) return [chars.join('')];
  return chars.slice(1).map((char, i) => `${chars[i]}${char}`);
}

/** The share of the query's units a paragraph holds (a part found whole, punctuation aside, counts whole), and their ranges. */
function nearness(p: Paragraph, parts: readonly PartMatcher[]): { share: number; ranges: Range[]; total: number } {
  const squeezed = p.folded.text.replace(NOT_TEXT, '');
  let found = 0;
  let total = 0;
  const ranges: Range[] = [];
  for (const matcher of parts) {
    const list = units(matcher.part);
    total += list.length;
    if (matcher.kind === 'listed') {
      if (matcher.ids.has(p.id)) found += list.length;
      ranges.push(...formRanges(p.folded, matcher.forms));
      continue;
    }
    const whole = squeezed.includes(matcher.part.folded.replace(NOT_TEXT, ''));
    const present = whole ? list : list.filter((unit) => findAll(p.folded.text, unit).length > 0 || findAll(squeezed, unit).length > 0);
    found += present.length;
    ranges.push(...present.flatMap((unit) => findInText(p.folded, unit)));
  }
  return { share: total === 0 ? 0 : found / total, ranges: mergeRanges(ranges), total };
}

/**
 * Paragraphs that come near the query without holding it: at least half of its character pairs (or words), or a
 * part whole but for punctuation (`一表一册一图` → `一表、一册、一图`). A query of one pair (`上海`) has none.
 */
export function nearHits(paragraphs: readonly Paragraph[], parts: readonly PartMatcher[], limit = 5): Hit[] {
  const hits: Hit[] = [];
  for (const p of paragraphs) {
    if (matchParagraph(p, parts)) continue;
    const { share, ranges, total } = nearness(p, parts);
    if (total >= 2 && share >= 0.5) hits.push({ paragraph: p, ranges, score: share });
  }
  return hits.sort(byScore).slice(0, limit);
}
