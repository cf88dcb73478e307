/** The Arabic numerals in a text, in reading order, as numbers (`3717名` → 3717, `5月3日` → 5, 3). */
export function arabicNumbers(text: string): number[] {
  return Array.from(text.matchAll(/\d+(?:[.,]\d+)*/g), (m) => Number(m[0].replace(/,/g, '')));
}

/** Sorts numbers ascending into a new array, so two multisets compare with a deep equality. */
export function sortedNumbers(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
