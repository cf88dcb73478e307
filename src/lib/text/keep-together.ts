import { ENGLISH_MONTHS } from './format.ts';
import type { Lang } from '../../i18n/locale.ts';

/** A stretch of text that must stand on one line: `[start, end)` in UTF-16 units. */
export interface KeepSpan {
  start: number;
  end: number;
  text: string;
}

/** What may not be split, besides dates and bare figures: names (the index's forms) and the units that follow figures. */
export interface KeepWords {
  names: readonly string[];
  units: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const longestFirst = (words: readonly string[]) => [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);

/** The pattern of the tokens that stay whole in a language: dates, figures with their unit, and the given names. */
export function keepPattern(lang: Lang, { names, units }: KeepWords): RegExp {
  const unit = longestFirst(units).map(escape).join('|');
  const name = longestFirst(names).map(escape).join('|');
  const month = ENGLISH_MONTHS.join('|');
  const tokens =
    lang === 'en'
      ? [String.raw`\b(?:${month}) \d{1,2}(?:, \d{4})?\b`, String.raw`\b\d{1,2} (?:${month})(?: \d{4})?\b`]
      : [
          String.raw`(?:\d{4}年)?\d{1,2}月\d{1,2}日`,
          String.raw`\d{4}年(?:第\d+期)?`,
          // A figure only with what follows it: digits alone never break.
          String.raw`\d[\d,.]*(?:万?余?(?:${unit || '(?!)'})|万余?|余)`,
        ];
  if (name) tokens.push(lang === 'en' ? String.raw`\b(?:${name})\b` : name);
  return new RegExp(tokens.join('|'), 'gu');
}

/** The longest token kept on one line: 九棵树街道翠屏北里社区 fits a 320 px line; a longer name would leave a short line behind it. */
export const KEEP_MAX = 12;

/** The stretches of `text` that stay whole (each token at most once, left to right), of 2 to `KEEP_MAX` characters. */
export function keepSpans(text: string, pattern: RegExp): KeepSpan[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return Array.from(text.matchAll(global), (m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })).filter(
    (span) => span.text.length > 1 && span.text.length <= KEEP_MAX,
  );
}
