import { normalizePunctuation } from '../text/normalize.ts';
import { arabicNumbers, numberMatches } from '../text/numbers.ts';
import { positionIn } from '../text/paragraphs.ts';
import { checkPointers, phraseIn, type ParagraphRef, type Pointer } from './pointers.ts';

/** A figures-ledger entry as the check needs it. */
export interface FigureEntry extends Pointer {
  /** The part the figure stands in; must be the part of `paragraph`. */
  section: string;
  /** The numerals of `phrase`, in reading order. */
  numbers: readonly number[];
}

/** Every index at which `needle` stands in `text`, counted in characters. */
function indexesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    found.push(Array.from(text.slice(0, at)).length);
  }
  return found;
}

const list = (values: readonly number[]) => `[${values.join(', ')}]`;

/**
 * Checks the figures ledger against the article, both ways: each entry's part, numbers, paragraph and phrase, and each
 * Arabic numeral of each paragraph given, which must stand inside the phrase of exactly one entry. Returns one message
 * per mistake, naming the ledger's line and entry or the paragraph's file, line and column.
 */
export function checkFigures(file: string, entries: readonly FigureEntry[], paragraphs: ReadonlyMap<string, ParagraphRef>): string[] {
  const problems: string[] = [];
  const broken = new Set<string>();
  for (const entry of entries) {
    const at = `${file}${entry.line === undefined ? '' : `:${entry.line}`}: entry “${entry.id}”`;
    const part = entry.paragraph.replace(/-\d+$/, '');
    if (entry.section !== part) {
      problems.push(`${at}, field “section”: expected “${part}”, the part of paragraph ${entry.paragraph}, found “${entry.section}”`);
      broken.add(entry.paragraph);
    }
    const numerals = arabicNumbers(entry.phrase);
    if (numerals.join() !== entry.numbers.join()) {
      problems.push(
        `${at}, field “numbers”: expected ${list(numerals)}, the numerals of its phrase “${entry.phrase}”, found ${list(entry.numbers)}`,
      );
      broken.add(entry.paragraph);
    }
  }
  for (const entry of entries) {
    const pointerProblems = checkPointers(file, [entry], paragraphs);
    problems.push(...pointerProblems);
    if (pointerProblems.length > 0) {
      // The entry's numbers are most likely those of the paragraph its phrase now stands in: do not report them twice.
      for (const id of [entry.paragraph, ...phraseIn(entry.phrase, paragraphs)]) broken.add(id);
    }
  }

  for (const [id, paragraph] of paragraphs) {
    // A paragraph with a broken entry has had its message; counting its numerals would only repeat it.
    if (broken.has(id)) continue;
    const text = normalizePunctuation(paragraph.text);
    const covered = new Set<number>();
    const claimed = new Map<string, FigureEntry[]>();
    for (const entry of entries.filter((e) => e.paragraph === id)) {
      const phrase = normalizePunctuation(entry.phrase);
      const claimers = [...(claimed.get(phrase) ?? []), entry];
      claimed.set(phrase, claimers);
      const found = indexesOf(text, phrase);
      const start = found[claimers.length - 1];
      if (start === undefined) {
        problems.push(
          `${file}${entry.line === undefined ? '' : `:${entry.line}`}: entry “${entry.id}”, field “phrase”: ` +
            `expected “${entry.phrase}” to stand ${claimers.length} times in paragraph ${id}, once for each entry with this phrase ` +
            `(${claimers.map((e) => `“${e.id}”`).join(', ')}), found it ${found.length} time${found.length === 1 ? '' : 's'}`,
        );
        continue;
      }
      const end = start + Array.from(phrase).length;
      for (const numeral of numberMatches(text)) if (numeral.index >= start && numeral.index < end) covered.add(numeral.index);
    }
    for (const numeral of numberMatches(text)) {
      if (covered.has(numeral.index)) continue;
      const { line, column } = positionIn(paragraph, numeral.index);
      const chars = Array.from(paragraph.text);
      const context = chars.slice(Math.max(0, numeral.index - 6), numeral.index + Array.from(numeral.written).length + 4).join('');
      problems.push(
        `${paragraph.file}:${line}:${column}: paragraph ${id} has the number ${numeral.written} (in “${context}”), which ${file} does not list: ` +
          `expected an entry with paragraph: ${id} whose phrase holds it, found none`,
      );
    }
  }
  return problems;
}
