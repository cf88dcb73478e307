import { originalRange, type Folded } from './normalize.ts';

/** A stretch of text as offsets `[start, end)`. */
export type Range = readonly [number, number];

// Letters and digits of words written with spaces: a match must not begin or end inside one of their runs.
const WORDLIKE = /[\p{Script=Latin}\p{Nd}]/u;

/** True when `char` is a Latin letter or a digit. */
function wordlike(char: string | undefined): boolean {
  return char !== undefined && WORDLIKE.test(char);
}

/**
 * Every place where `needle` stands in `haystack` (both folded), left to right, never overlapping. Where the needle
 * begins or ends with a letter or digit, no letter or digit may touch it there: `637` is not found in `1637`, nor
 * `3日` in `13日`, nor `team` in `teams`; Chinese needs no such edge (`党员` is found in `党员们`).
 */
export function findAll(haystack: string, needle: string): Range[] {
  const ranges: Range[] = [];
  if (needle === '') return ranges;
  const checkStart = wordlike(needle[0]);
  const checkEnd = wordlike(needle[needle.length - 1]);
  for (let at = haystack.indexOf(needle); at !== -1;) {
    const end = at + needle.length;
    if ((!checkStart || !wordlike(haystack[at - 1])) && (!checkEnd || !wordlike(haystack[end]))) {
      ranges.push([at, end]);
      at = haystack.indexOf(needle, end);
    } else {
      at = haystack.indexOf(needle, at + 1);
    }
  }
  return ranges;
}

/** Every place where the folded `needle` stands in a folded text, as ranges of the original text. */
export function findInText(text: Folded, needle: string): Range[] {
  return findAll(text.text, needle).map(([from, to]) => originalRange(text, from, to));
}

/** Ranges sorted, with those that overlap or touch joined into one. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
