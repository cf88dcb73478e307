import { ENGLISH_MONTHS } from './format.ts';

/**
 * Figures as the translation check compares them, one token per figure, the same in both languages:
 * a quantity (`637`; `30000+` for “more than 30,000”) or a month and day (`5-3` for May 3).
 *
 * Chinese: `5月3日` is the date `5-3`; `3万` is 30,000 (万 = ten thousand); `余` after a number or after its
 * `万` (“and more”) adds `+`: `3万余` → `30000+`, `2100余` → `2100+`. Every other run of digits is a quantity.
 * English: `May 3` and `3 May` are the date `5-3`; `more than 30,000` and `30,000+` are `30000+`;
 * `3,717` is 3717. Numbers written in words (“two metres”) are not figures in either language.
 */
export type FigureToken = string;

const CHINESE = /(\d+)月(\d+)日|(\d+(?:\.\d+)?)(万)?(余)?/gu;

const MONTH = ENGLISH_MONTHS.join('|');
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const ENGLISH = new RegExp(String.raw`\b(${MONTH}) (\d{1,2})\b|\b(\d{1,2}) (${MONTH})\b|(\b[Mm]ore than )?\b(${NUMBER})(\+)?`, 'gu');

function quantity(value: number, more: boolean): FigureToken {
  return `${value}${more ? '+' : ''}`;
}

function date(month: number, day: number): FigureToken {
  return `${month}-${day}`;
}

function monthNumber(name: string): number {
  return ENGLISH_MONTHS.indexOf(name as (typeof ENGLISH_MONTHS)[number]) + 1;
}

/** A figure found in a text: its token, the words that write it, and where they start (a UTF-16 offset). */
export interface FigureMatch {
  token: FigureToken;
  written: string;
  index: number;
}

/** The figures of a Chinese text, in reading order, with where each stands. */
export function chineseFigureMatches(text: string): FigureMatch[] {
  return Array.from(text.matchAll(CHINESE), (m) => {
    const found = { written: m[0], index: m.index };
    if (m[1] !== undefined && m[2] !== undefined) return { token: date(Number(m[1]), Number(m[2])), ...found };
    const value = Number(m[3]) * (m[4] ? 10_000 : 1);
    return { token: quantity(Math.round(value), m[5] !== undefined), ...found };
  });
}

/** The figures of a Chinese text, in reading order. */
export function chineseFigures(text: string): FigureToken[] {
  return chineseFigureMatches(text).map((match) => match.token);
}

/** The figures of an English text, in reading order, with where each stands. */
export function englishFigureMatches(text: string): FigureMatch[] {
  return Array.from(text.matchAll(ENGLISH)).flatMap((m) => {
    const found = { written: m[0], index: m.index };
    if (m[1] !== undefined && m[2] !== undefined) return [{ token: date(monthNumber(m[1]), Number(m[2])), ...found }];
    if (m[3] !== undefined && m[4] !== undefined) return [{ token: date(monthNumber(m[4]), Number(m[3])), ...found }];
    const digits = m[6];
    if (digits === undefined) return [];
    return [{ token: quantity(Number(digits.replaceAll(',', '')), m[5] !== undefined || m[7] !== undefined), ...found }];
  });
}

/** The figures of an English text, in reading order. */
export function englishFigures(text: string): FigureToken[] {
  return englishFigureMatches(text).map((match) => match.token);
}

/** The value a figure token stands for: a number with whether it is a lower bound (`30000+`), or a month and day (`5-3`). */
export function tokenValue(token: FigureToken): { number: number; approx: boolean } | { month: number; day: number } {
  const monthDay = /^(\d+)-(\d+)$/.exec(token);
  if (monthDay) return { month: Number(monthDay[1]), day: Number(monthDay[2]) };
  return { number: Number(token.replace(/\+$/, '')), approx: token.endsWith('+') };
}

/** A figure of the ledger (`content/figures.yaml`) as a token: dates by month and day, other values with `+` when approximate. */
export function ledgerFigure(entry: { value: number | Date; approx?: boolean | undefined }): FigureToken {
  return entry.value instanceof Date
    ? date(entry.value.getUTCMonth() + 1, entry.value.getUTCDate())
    : quantity(entry.value, entry.approx === true);
}

/** Numbers of four or more digits written without a thousands separator (`3717` instead of `3,717`), which English text should not have. */
export function unseparatedThousands(text: string): string[] {
  return Array.from(text.matchAll(/(?<![\d,.])\d{4,}(?![\d,])/gu), (m) => m[0]);
}
