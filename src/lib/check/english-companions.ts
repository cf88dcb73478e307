import { englishFigures, ledgerFigure } from '../text/figure-tokens.ts';
import { indexOfForm } from '../text/mentions.ts';
import { compareParagraphs } from '../text/paragraphs.ts';
import type { ParagraphRef } from './pointers.ts';
import { CONTENT, PART_IDS } from '../content/layout.ts';

/** An English MDX paragraph as readers see its words: the `<Zh>` tags gone, their Chinese kept. */
export function englishReaderText(paragraph: string): string {
  return paragraph.replace(/<\/?Zh>/g, '');
}

/** True if `form` stands in English `text` as whole words (case-sensitive, no letter or digit touching it). */
export function standsInWords(text: string, form: string): boolean {
  return indexOfForm(text, form, 0, { words: true }) !== -1;
}

/** An entry of a data file, with its line. */
interface Lined {
  id: string;
  line: number;
}

/** The kinds of figure the chart draws, which need an English label and unit. */
const CHARTED = new Set(['people', 'person-times', 'organisations']);

/** The Chinese data the English entries are the twins of (only the fields the checks need). */
export interface ChineseCompanions {
  glossary?: readonly { id: string; paragraph: string }[] | undefined;
  entities?: readonly { id: string; paragraphs: readonly string[] }[] | undefined;
  timeline?: readonly ({ id: string } & ({ source: 'article'; paragraph: string } | { source: 'publication' }))[] | undefined;
  figures?: readonly { id: string; paragraph: string; kind: string; value: number | Date; approx?: boolean | undefined }[] | undefined;
}

/** The English entries, checked against their schemas already, each with its line in its file. */
export interface EnglishCompanions {
  glossary?: { file: string; entries: readonly (Lined & { forms: readonly string[] })[] } | undefined;
  entities?: { file: string; entries: readonly (Lined & { forms: readonly string[] })[] } | undefined;
  timeline?: { file: string; entries: readonly (Lined & { phrase?: string | undefined })[] } | undefined;
  figures?:
    | {
        file: string;
        /** `reads`: the phrase as it reads once the corrections of its paragraph are applied (the phrase itself if none). */
        entries: readonly (Lined & { phrase: string; reads?: string | undefined; label?: string | undefined; unit?: string | undefined })[];
      }
    | undefined;
}

/** The ids of the paragraphs before `id` in reading order. */
function earlier(id: string, paragraphs: ReadonlyMap<string, ParagraphRef>): string[] {
  return [...paragraphs.keys()].filter((other) => compareParagraphs(other, id, PART_IDS) < 0);
}

/** Checks that the English entries and the Chinese ones have the same ids, each once; returns messages and the Chinese entries by id. */
function pairUp<C extends { id: string }>(
  file: string,
  chineseFile: string,
  english: readonly Lined[],
  chinese: readonly C[],
): { problems: string[]; twin: Map<string, C> } {
  const problems: string[] = [];
  const twin = new Map(chinese.map((entry) => [entry.id, entry]));
  const ids = new Set(english.map((entry) => entry.id));
  for (const entry of english) {
    if (!twin.has(entry.id))
      problems.push(`${file}:${entry.line}: entry “${entry.id}”: expected an id of ${chineseFile}, found one it does not have`);
  }
  for (const entry of chinese) {
    if (!ids.has(entry.id))
      problems.push(`${file}: entry “${entry.id}” of ${chineseFile} has no English entry: expected one with id: ${entry.id}, found none`);
  }
  const misplaced = english.findIndex((entry, index) => entry.id !== chinese[index]?.id);
  const entry = english[misplaced];
  if (problems.length === 0 && entry)
    problems.push(
      `${file}:${entry.line}: entry “${entry.id}”: expected the entries in the order of ${chineseFile}, where “${chinese[misplaced]?.id}” comes here; found “${entry.id}”`,
    );
  return { problems, twin };
}

/** Where a paragraph is, for messages. */
function at(paragraph: ParagraphRef): string {
  return `${paragraph.file}:${paragraph.line}`;
}

/** The message for an English paragraph that does not exist. */
function noParagraph(where: string, id: string): string {
  return `${where}: expected English paragraph ${id}, which the translation does not have`;
}

/**
 * Checks the English companions' data against the Chinese and the translation: the same ids both ways; a glossary
 * term's English words first stand in the paragraph where the Chinese term first stands (so the English link lands
 * there too); an entity is named in the English of every paragraph whose Chinese names it; an event's and a figure's
 * quoted words stand in their English paragraph, the figure with the ledger's value; charted figures have a label and
 * a unit, and no other figure has them. `paragraphs` are the English paragraphs' reader text by id.
 */
export function checkEnglishCompanions(
  english: EnglishCompanions,
  chinese: ChineseCompanions,
  paragraphs: ReadonlyMap<string, ParagraphRef>,
  unchecked: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  // Entries pointing into a part out of step with the Chinese, or into an English paragraph found wrong, wait until it is mended.
  const skip = (paragraph: string) => unchecked.has(paragraph) || unchecked.has(paragraph.replace(/-\d+$/, ''));
  const named = (forms: readonly string[]) => forms.map((form) => `“${form}”`).join(' or ');
  const whereFound = (forms: readonly string[]) => {
    const found = [...paragraphs].filter(([, p]) => forms.some((form) => standsInWords(p.text, form))).map(([id]) => id);
    return found.length > 0 ? `; ${named(forms)} stands in ${found.join(', ')}` : '';
  };

  if (english.glossary && chinese.glossary) {
    const { file, entries } = english.glossary;
    const paired = pairUp(file, CONTENT.glossary, entries, chinese.glossary);
    problems.push(...paired.problems);
    for (const entry of entries) {
      const first = paired.twin.get(entry.id)?.paragraph;
      if (first === undefined || skip(first)) continue;
      const where = `${file}:${entry.line}: entry “${entry.id}”, field “forms”`;
      const target = paragraphs.get(first);
      if (!target) {
        problems.push(noParagraph(where, first));
        continue;
      }
      if (!entry.forms.some((form) => standsInWords(target.text, form))) {
        problems.push(
          `${where}: expected ${named(entry.forms)} in paragraph ${first} (${at(target)}), where the Chinese term first stands; found no such words there${whereFound(entry.forms)}`,
        );
        continue;
      }
      const before = earlier(first, paragraphs).filter((id) =>
        entry.forms.some((form) => standsInWords(paragraphs.get(id)?.text ?? '', form)),
      );
      if (before.length > 0)
        problems.push(
          `${where}: expected ${named(entry.forms)} to stand first in paragraph ${first}, where the Chinese term first stands; found them earlier, in ${before.join(', ')}, so the English link would land there`,
        );
    }
  }

  if (english.entities && chinese.entities) {
    const { file, entries } = english.entities;
    const paired = pairUp(file, CONTENT.entities, entries, chinese.entities);
    problems.push(...paired.problems);
    for (const entry of entries) {
      for (const id of (paired.twin.get(entry.id)?.paragraphs ?? []).filter((p) => !skip(p))) {
        const where = `${file}:${entry.line}: entry “${entry.id}”, field “forms”`;
        const target = paragraphs.get(id);
        if (!target) problems.push(noParagraph(where, id));
        else if (!entry.forms.some((form) => standsInWords(target.text, form)))
          problems.push(
            `${where}: expected ${named(entry.forms)} in paragraph ${id} (${at(target)}), whose Chinese names it; found no such words there`,
          );
      }
    }
  }

  if (english.timeline && chinese.timeline) {
    const { file, entries } = english.timeline;
    const paired = pairUp(file, CONTENT.timeline, entries, chinese.timeline);
    problems.push(...paired.problems);
    for (const entry of entries) {
      const event = paired.twin.get(entry.id);
      if (!event || (event.source === 'article' && skip(event.paragraph))) continue;
      const where = `${file}:${entry.line}: entry “${entry.id}”, field “phrase”`;
      if (event.source === 'publication') {
        if (entry.phrase !== undefined)
          problems.push(
            `${where}: expected no phrase, as the Chinese event is the publication, not a passage of the text; found “${entry.phrase}”`,
          );
        continue;
      }
      const target = paragraphs.get(event.paragraph);
      if (entry.phrase === undefined)
        problems.push(`${where}: expected the words of paragraph ${event.paragraph} the event rests on, found nothing`);
      else if (!target) problems.push(noParagraph(where, event.paragraph));
      else if (!target.text.includes(entry.phrase))
        problems.push(`${where}: expected “${entry.phrase}” in paragraph ${event.paragraph} (${at(target)}), found no such words there`);
    }
  }

  if (english.figures && chinese.figures) {
    const { file, entries } = english.figures;
    const paired = pairUp(file, CONTENT.figures, entries, chinese.figures);
    problems.push(...paired.problems);
    for (const entry of entries) {
      const figure = paired.twin.get(entry.id);
      if (!figure || skip(figure.paragraph)) continue;
      const where = `${file}:${entry.line}: entry “${entry.id}”`;
      const target = paragraphs.get(figure.paragraph);
      const token = ledgerFigure(figure);
      if (!target) problems.push(noParagraph(where, figure.paragraph));
      else if (!target.text.includes(entry.phrase))
        problems.push(
          `${where}, field “phrase”: expected “${entry.phrase}” in paragraph ${figure.paragraph} (${at(target)}), found no such words there`,
        );
      else if (!englishFigures(entry.reads ?? entry.phrase).includes(token))
        problems.push(
          `${where}, field “phrase”: expected the ledger's figure (${token}) in “${entry.reads ?? entry.phrase}”, found ${englishFigures(entry.reads ?? entry.phrase).join(', ') || 'no figure'}`,
        );
      const charted = CHARTED.has(figure.kind);
      for (const field of ['label', 'unit'] as const) {
        if (charted && entry[field] === undefined)
          problems.push(
            `${where}, field “${field}”: expected English for the chart, as the figure is charted (kind ${figure.kind}); found nothing`,
          );
        if (!charted && entry[field] !== undefined)
          problems.push(
            `${where}, field “${field}”: expected none, as only counts of people, person-times and organisations are charted (kind ${figure.kind})`,
          );
      }
    }
  }
  return problems;
}
