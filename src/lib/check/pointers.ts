import { PART_IDS } from '../content/layout.ts';
import { normalizePunctuation } from '../text/normalize.ts';
import { compareParagraphs } from '../text/paragraphs.ts';

/** An entry of a data file that points at a phrase in a paragraph (a figure, a glossary term, an index entry, a timeline event, a correction). */
export interface Pointer {
  id: string;
  /** The paragraph's id, e.g. `vanguard-4`. */
  paragraph: string;
  /** Text that stands in that paragraph. */
  phrase: string;
  /** Other spellings of the phrase: the entry is right if any of them stands there instead. */
  forms?: readonly string[] | undefined;
  /** The line of the entry in its data file, if known. */
  line?: number | undefined;
}

/** A paragraph of the article, as pointers are checked against it. */
export interface ParagraphRef {
  /** The paragraph's text as its MDX file holds it. */
  text: string;
  file: string;
  line: number;
}

/** True if `phrase` stands in `text`, written either as the MDX has it or with full-width punctuation as readers see it. */
export function standsIn(text: string, phrase: string): boolean {
  return text.includes(phrase) || normalizePunctuation(text).includes(normalizePunctuation(phrase));
}

/** The ids of the paragraphs in which `phrase` stands. */
export function phraseIn(phrase: string, paragraphs: ReadonlyMap<string, ParagraphRef>): string[] {
  return [...paragraphs].filter(([, p]) => standsIn(p.text, phrase)).map(([id]) => id);
}

/**
 * Checks that each entry's paragraph exists and holds its phrase (or one of its forms). Returns one message per broken
 * entry, naming the data file and line, the entry, the paragraph and the phrase, and where the phrase stands now if it
 * moved to another paragraph. `field` and `paragraphField` are what the data file calls the phrase and the paragraph
 * (e.g. `printed` in the errata, `forms` and `paragraphs` in the who-and-where index).
 */
export function checkPointers(
  file: string,
  entries: readonly Pointer[],
  paragraphs: ReadonlyMap<string, ParagraphRef>,
  field = 'phrase',
  paragraphField = 'paragraph',
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const at = `${file}${entry.line === undefined ? '' : `:${entry.line}`}: entry “${entry.id}”`;
    const phrases = [...new Set([entry.phrase, ...(entry.forms ?? [])])];
    const target = paragraphs.get(entry.paragraph);
    if (target && phrases.some((phrase) => standsIn(target.text, phrase))) continue;
    const named = phrases.map((phrase) => `“${phrase}”`).join(' or ');
    const elsewhere = [...paragraphs]
      .filter(([, p]) => phrases.some((phrase) => standsIn(p.text, phrase)))
      .map(([id]) => id)
      .sort((a, b) => compareParagraphs(a, b, PART_IDS));
    const moved = elsewhere.length > 0 ? `; ${named} stands in ${elsewhere.join(', ')}` : '';
    if (!target) {
      const part = entry.paragraph.replace(/-\d+$/, '');
      const ids = [...paragraphs.keys()].filter((id) => id.startsWith(`${part}-`));
      const range = ids.length > 1 ? `${ids[0]} to ${ids.at(-1)}` : (ids[0] ?? 'an existing paragraph id');
      problems.push(`${at}, field “${paragraphField}”: expected ${range}, found “${entry.paragraph}”, which does not exist${moved}`);
      continue;
    }
    problems.push(
      `${at}, field “${field}”: expected ${named} in paragraph ${entry.paragraph} (${target.file}:${target.line}), found no such text there${moved}`,
    );
  }
  return problems;
}
