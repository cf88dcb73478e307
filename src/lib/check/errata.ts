import { normalizePunctuation } from '../text/normalize.ts';
import { checkPointers, type ParagraphRef } from './pointers.ts';

/** A correction of the printed text: what the periodical printed, and the reading the site shows instead. */
export interface Correction {
  printed: string;
  corrected: string;
}

/** A correction as the errata file records it, with the paragraph it applies to. */
export interface ErratumEntry extends Correction {
  id: string;
  paragraph: string;
  /** The entry's line in the errata file, if known. */
  line?: number | undefined;
}

/** Every place `phrase` stands in `text`, as UTF-16 offsets. */
function offsetsOf(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) found.push(at);
  return found;
}

/**
 * Cuts a text at its corrections: the text between them as strings, each correction as itself where its printed text
 * stood. A correction whose printed text is not in `text` is left out; one that stands more than once throws, as it
 * would be unclear which to correct.
 */
export function segmentsOf<T extends Correction>(text: string, corrections: readonly T[]): (string | T)[] {
  const placed = corrections
    .map((correction) => {
      const offsets = offsetsOf(text, correction.printed);
      if (offsets.length > 1)
        throw new Error(
          `“${correction.printed}” stands ${offsets.length} times in “${text}”; a correction must quote text that stands once`,
        );
      return { correction, at: offsets[0] };
    })
    .filter((p): p is { correction: T; at: number } => p.at !== undefined)
    .sort((a, b) => a.at - b.at);
  const segments: (string | T)[] = [];
  let from = 0;
  for (const { correction, at } of placed) {
    if (at < from) throw new Error(`corrections of “${correction.printed}” and of the text before it overlap in “${text}”`);
    if (at > from) segments.push(text.slice(from, at));
    segments.push(correction);
    from = at + correction.printed.length;
  }
  if (from < text.length) segments.push(text.slice(from));
  return segments;
}

/** Applies corrections to a text: each printed text, which must stand once, gives way to its corrected reading. */
export function applyCorrections(text: string, corrections: readonly Correction[]): string {
  const segments = segmentsOf(text, corrections);
  const missing = corrections.find((c) => !segments.includes(c));
  if (missing) throw new Error(`“${missing.printed}” does not stand in “${text}”`);
  return segments.map((s) => (typeof s === 'string' ? s : s.corrected)).join('');
}

/** A correction with its texts as readers see them (full-width punctuation), to match the rendered paragraph. */
export function readerForm<T extends Correction>(correction: T): T {
  return { ...correction, printed: normalizePunctuation(correction.printed), corrected: normalizePunctuation(correction.corrected) };
}

/** A paragraph's text as the built page shows it: punctuation normalised, then its corrections applied. */
export function renderedParagraph(text: string, corrections: readonly Correction[]): string {
  return applyCorrections(normalizePunctuation(text), corrections.map(readerForm));
}

/**
 * Checks the errata file against the article: each correction's paragraph exists and holds its printed text exactly
 * once, the corrected reading differs from it, and corrections of one paragraph do not overlap. One message per mistake.
 */
export function checkErrata(file: string, entries: readonly ErratumEntry[], paragraphs: ReadonlyMap<string, ParagraphRef>): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const at = `${file}${entry.line === undefined ? '' : `:${entry.line}`}: entry “${entry.id}”`;
    if (entry.corrected === entry.printed) {
      problems.push(`${at}, field “corrected”: expected a reading that differs from the printed text, found the same “${entry.printed}”`);
    }
    const pointer = checkPointers(file, [{ ...entry, phrase: entry.printed }], paragraphs, 'printed');
    problems.push(...pointer);
    const target = paragraphs.get(entry.paragraph);
    if (pointer.length > 0 || !target) continue;
    const text = normalizePunctuation(target.text);
    const times = offsetsOf(text, normalizePunctuation(entry.printed)).length;
    if (times > 1) {
      problems.push(
        `${at}, field “printed”: expected “${entry.printed}” to stand once in paragraph ${entry.paragraph}, found it ${times} times; ` +
          `quote more of the passage, so that it is unique`,
      );
      continue;
    }
    const start = text.indexOf(normalizePunctuation(entry.printed));
    const end = start + entry.printed.length;
    const clash = entries.find((other) => {
      if (other === entry || other.paragraph !== entry.paragraph) return false;
      const from = text.indexOf(normalizePunctuation(other.printed));
      return from !== -1 && from < end && start < from + other.printed.length && entries.indexOf(other) < entries.indexOf(entry);
    });
    if (clash) {
      problems.push(
        `${at}, field “printed”: expected text apart from that of entry “${clash.id}” (“${clash.printed}”), found the two overlapping in paragraph ${entry.paragraph}`,
      );
    }
  }
  return problems;
}
