/** A date as Chinese readers write it, e.g. `2022年6月18日` (read in UTC, as the date carries no time). */
export function chineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** A date as `YYYY-MM-DD`, for `<time datetime>` and metadata. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The short label of a section heading: its first clause, e.g. `建组织、强堡垒` of `建组织、强堡垒，扛起…`. */
export function shortTitle(title: string): string {
  return title.split(/[,，]/u)[0] ?? title;
}

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A small ordinal in Chinese numerals (1 → 一), for “第一部分”; falls back to Arabic past ten. */
export function chineseOrdinal(n: number): string {
  return CHINESE_DIGITS[n] ?? String(n);
}

/** The months' English names, January first. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A date as English readers write it, e.g. `June 18, 2022` (read in UTC, as the date carries no time). */
export function englishDate(date: Date): string {
  return `${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** A month and year in English, e.g. `November 2026`. */
export function englishMonth(date: Date): string {
  return `${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const ENGLISH_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A small number in English words (3 → three), for “Part three”; falls back to Arabic past ten. */
export function englishNumberWord(n: number): string {
  return ENGLISH_NUMBERS[n] ?? String(n);
}

/** A character's Unicode code point as written in references, e.g. `U+FF0C` for `，`. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
