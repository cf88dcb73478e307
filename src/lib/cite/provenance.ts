import { countNormalized, normalizePunctuation } from '../text/normalize.ts';

/** How many characters the punctuation normalisation changes, in all and for each ASCII mark. */
export interface NormalizationTally {
  total: number;
  /** Each mark that changed, with its full-width form and count, most frequent first (then in code-point order). */
  byMark: { ascii: string; wide: string; count: number }[];
}

/** Tallies what `normalizePunctuation` changes in the given texts: the total by `countNormalized`, and a count for each mark. */
export function normalizationTally(texts: readonly string[]): NormalizationTally {
  const counts = new Map<string, { wide: string; count: number }>();
  let total = 0;
  for (const value of texts) {
    total += countNormalized(value);
    const before = Array.from(value);
    const after = Array.from(normalizePunctuation(value));
    before.forEach((char, index) => {
      const wide = after[index];
      if (wide === undefined || wide === char) return;
      const entry = counts.get(char) ?? { wide, count: 0 };
      entry.count += 1;
      counts.set(char, entry);
    });
  }
  const byMark = Array.from(counts, ([ascii, { wide, count }]) => ({ ascii, wide, count })).sort(
    (a, b) => b.count - a.count || (a.ascii.codePointAt(0) ?? 0) - (b.ascii.codePointAt(0) ?? 0),
  );
  return { total, byMark };
}

/** Where the build date comes from: the environment's `SOURCE_DATE_EPOCH`, or the commit being built. */
export type BuildDateSource = 'SOURCE_DATE_EPOCH' | 'commit';

/** The build's date: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set, else the commit's date; never the clock. Null when neither is known. */
export function buildDate(sourceDateEpoch: string | undefined, commitDate: string | null): { iso: string; source: BuildDateSource } | null {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    if (!/^\d+$/.test(sourceDateEpoch.trim())) throw new Error(`SOURCE_DATE_EPOCH “${sourceDateEpoch}” is not a whole number of seconds`);
    return { iso: new Date(Number(sourceDateEpoch.trim()) * 1000).toISOString().replace('.000Z', 'Z'), source: 'SOURCE_DATE_EPOCH' };
  }
  return commitDate ? { iso: commitDate, source: 'commit' } : null;
}

/** The calendar day (`YYYY-MM-DD`) of an ISO 8601 timestamp, as written in it (in the committer's own time zone). */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
