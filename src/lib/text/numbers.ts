const NUMERAL = /\d+(?:[.,]\d+)*/g;

/** The Arabic numerals in a text, in reading order, as numbers (`3717名` → 3717, `5月3日` → 5, 3). */
export function arabicNumbers(text: string): number[] {
  return numberMatches(text).map((match) => match.value);
}

/** An Arabic numeral found in a text: its value, what it reads, and its character index. */
export interface NumberMatch {
  value: number;
  written: string;
  index: number;
}

/** The Arabic numerals in a text with where each stands (`index` counts characters, not UTF-16 units). */
export function numberMatches(text: string): NumberMatch[] {
  return Array.from(text.matchAll(NUMERAL), (m) => ({
    value: Number(m[0].replace(/,/g, '')),
    written: m[0],
    index: Array.from(text.slice(0, m.index)).length,
  }));
}

/** Sorts numbers ascending into a new array, so two multisets compare with a deep equality. */
export function sortedNumbers(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
