// The measure of search quality `npm run bench` reports (scripts/search-quality.ts): for a set of queries, which
// paragraphs should be found, derived from the text, and how the paragraphs a search listed compare. The paragraphs
// that "hold a query" are found here by a deliberately plain reading of the rule the search implements (every part of
// the query, as written, after NFKC and lower case), so that the search is measured against the rule, not itself.
import { z } from 'astro/zod';

/** A query of the set, as `bench/search-queries.yaml` holds it. */
export const queryCaseSchema = z.strictObject({
  query: z.string().min(1),
  kind: z.enum(['glossary', 'name', 'place', 'figure', 'date', 'absent', 'traditional', 'mixed', 'phrase']),
  /** For a query in traditional characters: the simplified words it stands for. */
  means: z.string().min(1).optional(),
  lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
});

/** A query of the set. */
export type QueryCase = z.infer<typeof queryCaseSchema>;

/** The query set. */
export const querySetSchema = z.array(queryCaseSchema).min(30);

const plain = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EDGE = '[\\p{Script=Latin}\\p{Nd}]';

/** The pieces of a query that a paragraph must all hold: quoted passages whole, the rest split at spaces. */
export function queryPieces(query: string): string[] {
  const pieces: string[] = [];
  const rest = query.replace(/["“「]([^"”」]*)["”」]?/gu, (_all, inner: string) => {
    pieces.push(inner);
    return ' ';
  });
  pieces.push(...rest.split(/\s+/u));
  return pieces.map((piece) => piece.trim().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter(Boolean);
}

/** True when `text` holds `piece` as written (a letter or digit at the piece's edge must not touch another). */
export function holds(text: string, piece: string): boolean {
  const p = plain(piece);
  const before = new RegExp(`^${EDGE}`, 'u').test(p) ? `(?<!${EDGE})` : '';
  const after = new RegExp(`${EDGE}$`, 'u').test(p) ? `(?!${EDGE})` : '';
  return new RegExp(`${before}${escape(p)}${after}`, 'u').test(plain(text));
}

/** The ids of the paragraphs that hold every piece of a query (its `means` for a traditional one), in reading order. */
export function expectedParagraphs(query: QueryCase, paragraphs: ReadonlyMap<string, string>): string[] {
  const pieces = queryPieces(query.means ?? query.query);
  return [...paragraphs].filter(([, text]) => pieces.every((piece) => holds(text, piece))).map(([id]) => id);
}

/** What a search listed for one query (paragraph ids, in order), beside what it should have. */
export interface QueryRun {
  query: QueryCase;
  listed: string[];
  expected: string[];
}

/** Precision, recall and landing over a set of runs. */
export interface QualityScore {
  queries: number;
  /** Paragraphs listed, and of them those that hold their query. */
  listed: number;
  correct: number;
  /** Paragraphs that hold a query, summed over the queries. */
  expected: number;
  /** correct / listed (1 when nothing was listed), and correct / expected (1 when nothing was to be found). */
  precision: number;
  recall: number;
  /** Queries some paragraph holds, and of them those whose first listed paragraph holds it. */
  answerable: number;
  landed: number;
  /** Queries no paragraph holds, and of them those for which nothing was listed. */
  absent: number;
  silent: number;
}

/** Scores a set of runs: micro-averaged precision and recall over every listed and expected paragraph. */
export function score(runs: readonly QueryRun[]): QualityScore {
  const s = { queries: runs.length, listed: 0, correct: 0, expected: 0, answerable: 0, landed: 0, absent: 0, silent: 0 };
  for (const { listed, expected } of runs) {
    const listedOnce = [...new Set(listed)];
    s.listed += listedOnce.length;
    s.correct += listedOnce.filter((id) => expected.includes(id)).length;
    s.expected += expected.length;
    if (expected.length > 0) {
      s.answerable += 1;
      if (listed[0] !== undefined && expected.includes(listed[0])) s.landed += 1;
    } else {
      s.absent += 1;
      if (listed.length === 0) s.silent += 1;
    }
  }
  return { ...s, precision: s.listed === 0 ? 1 : s.correct / s.listed, recall: s.expected === 0 ? 1 : s.correct / s.expected };
}
