import { chineseFigures, ledgerFigure, tokenValue } from '../text/figure-tokens.ts';
import { applyCorrections, type Correction } from './errata.ts';

/** How the English reads after a correction: `unaffected`, or the English words as translated and as they now read. */
export type EnglishReading = 'unaffected' | Correction;

/** A correction with its paragraph and how it changes the English. */
export interface CorrectionOf extends Correction {
  paragraph: string;
  english: EnglishReading;
}

/** A figure of the ledger, as far as corrections change it. */
export interface LedgerFigure {
  paragraph: string;
  phrase: string;
  value: number | Date;
  approx: boolean;
}

/**
 * A correction cut down to the part of it that stands in `phrase` (quoted from the same paragraph): the whole correction if
 * its printed text stands there, else the longest stretch of it around the change that stands there once (`全区共有3万余人次`
 * → `全区共有4万余人次` is `3万余人次` → `4万余人次` in the phrase `3万余人次在职党员`); undefined if the change is not in the phrase.
 */
export function narrowed<T extends Correction>(correction: T, phrase: string): T | undefined {
  if (phrase.includes(correction.printed)) return correction;
  const printed = Array.from(correction.printed);
  const corrected = Array.from(correction.corrected);
  let start = 0;
  while (start < printed.length && start < corrected.length && printed[start] === corrected[start]) start++;
  let end = 0;
  while (end < printed.length - start && end < corrected.length - start && printed.at(-1 - end) === corrected.at(-1 - end)) end++;
  const grow = corrected.length - printed.length;
  for (let size = printed.length - 1; size >= Math.max(1, printed.length - start - end); size--) {
    for (let from = Math.min(start, printed.length - size); from >= 0 && from + size >= printed.length - end; from--) {
      const window = printed.slice(from, from + size).join('');
      if (phrase.split(window).length === 2)
        return { ...correction, printed: window, corrected: corrected.slice(from, from + size + grow).join('') };
    }
  }
  return undefined;
}

/** The corrections of one paragraph that change what `phrase` (quoted from it) reads, each cut down to the phrase. */
function within<T extends CorrectionOf>(paragraph: string, phrase: string, corrections: readonly T[]): T[] {
  return corrections.flatMap((correction) => {
    const cut = correction.paragraph === paragraph ? narrowed(correction, phrase) : undefined;
    return cut ? [cut] : [];
  });
}

/**
 * A ledger figure as readers see it: the corrections of its paragraph that stand inside its phrase are applied to the
 * phrase, and the value (and `approx`) follow the corrected numeral. The ledger itself keeps what was printed; the chart,
 * the figures page and the timeline take their figures from here, so that they never contradict the corrected text.
 */
export function correctedFigure<F extends LedgerFigure>(figure: F, corrections: readonly CorrectionOf[]): F {
  const mine = within(figure.paragraph, figure.phrase, corrections);
  if (mine.length === 0) return figure;
  const phrase = applyCorrections(figure.phrase, mine);
  const before = chineseFigures(figure.phrase);
  const after = chineseFigures(phrase);
  const place = before.indexOf(ledgerFigure(figure));
  const token = before.length === after.length && place !== -1 ? after[place] : undefined;
  if (token === undefined) return { ...figure, phrase };
  const read = tokenValue(token);
  if ('number' in read) return { ...figure, phrase, value: read.number, approx: read.approx };
  const year = figure.value instanceof Date ? figure.value.getUTCFullYear() : new Date().getUTCFullYear();
  return { ...figure, phrase, value: new Date(Date.UTC(year, read.month - 1, read.day)) };
}

/** English words quoted from a paragraph (a figure's or an event's phrase) as they read after the paragraph's corrections. */
export function correctedEnglish(paragraph: string, words: string, corrections: readonly CorrectionOf[]): string {
  const mine = corrections.flatMap((correction) => {
    const cut = correction.paragraph === paragraph && correction.english !== 'unaffected' ? narrowed(correction.english, words) : undefined;
    return cut ? [cut] : [];
  });
  return mine.length === 0 ? words : applyCorrections(words, mine);
}

/** Chinese words quoted from a paragraph (an event's phrase) as they read after the paragraph's corrections. */
export function correctedChinese(paragraph: string, words: string, corrections: readonly CorrectionOf[]): string {
  const mine = within(paragraph, words, corrections);
  return mine.length === 0 ? words : applyCorrections(words, mine);
}
