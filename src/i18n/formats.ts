import type { Lang } from './locale.ts';
import { chineseDate, chineseOrdinal, englishDate, englishNumberWord } from '../lib/text/format.ts';

/** How one language writes the dates and small numbers of the interface. */
export interface Formats {
  /** A date: `2022年6月18日`, `June 18, 2022`. */
  date: (date: Date) => string;
  /** A part's number in words, as in `第二部分`, `Part two`. */
  partNumber: (n: number) => string;
  /** A section's marker in the table of contents: `二`, `2`. */
  tocNumber: (n: number) => string;
}

/** Each language's ways with dates and numbers. */
export const FORMATS: Readonly<Record<Lang, Formats>> = {
  'zh-CN': { date: chineseDate, partNumber: chineseOrdinal, tocNumber: chineseOrdinal },
  en: { date: englishDate, partNumber: englishNumberWord, tocNumber: String },
};
