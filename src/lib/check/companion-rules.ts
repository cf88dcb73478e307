import { CONTENT } from '../content/layout.ts';
import { figureNumeral } from '../graphics/chart.ts';
import { chineseFigures, ledgerFigure } from '../text/figure-tokens.ts';
import { firstMentions } from '../text/mentions.ts';
import { placeOf } from './message.ts';
import type { ParagraphRef } from './pointers.ts';

/** An entry of a data file with its line. */
interface Lined {
  id: string;
  line: number;
}

/** The message's start for an entry's field. */
const where = (file: string, entry: Lined, field?: string) =>
  `${placeOf({ file, line: entry.line })}: entry “${entry.id}”${field ? `, field “${field}”` : ''}`;

/** Entries whose `key` another entry has already, named once each. */
function duplicates<T extends Lined>(file: string, entries: readonly T[], key: (entry: T) => string, field: string): string[] {
  const first = new Map<string, T>();
  return entries.flatMap((entry) => {
    const value = key(entry);
    const earlier = first.get(value);
    if (!earlier) first.set(value, entry);
    return earlier
      ? [
          `${where(file, entry, field)}: expected a ${field} no other entry has, found “${value}”, which “${earlier.id}” (line ${earlier.line}) has too`,
        ]
      : [];
  });
}

/** A glossary entry as the rules read it. */
export interface GlossaryRuleEntry extends Lined {
  term: string;
  forms: readonly string[];
  definition: string;
  paragraph: string;
}

/**
 * The glossary's rules beyond its pointers: terms and forms unique to one entry and found by the build's matching, each
 * entry pointing at the paragraph where its term first stands, entries in the order their terms first stand, and
 * definitions that are whole Chinese sentences. `paragraphs` are the article's, in reading order; `broken` the ids whose
 * pointer has had its message already.
 */
export function checkGlossaryRules(
  file: string,
  entries: readonly GlossaryRuleEntry[],
  paragraphs: ReadonlyMap<string, ParagraphRef>,
  broken: ReadonlySet<string>,
): string[] {
  const problems = duplicates(file, entries, (entry) => entry.term, 'term');
  const claimed = new Map<string, string>();
  for (const entry of entries) {
    for (const form of new Set([entry.term, ...entry.forms])) {
      const other = claimed.get(form);
      if (other !== undefined && other !== entry.id)
        problems.push(`${where(file, entry, 'forms')}: expected words no other entry claims, found “${form}”, which “${other}” claims too`);
      claimed.set(form, entry.id);
    }
    const han = entry.definition.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (han < 20 || !entry.definition.endsWith('。'))
      problems.push(
        `${where(file, entry, 'definition')}: expected whole Chinese sentences (at least 20 characters) ending in “。”, found “${entry.definition}”`,
      );
  }
  const ids = [...paragraphs.keys()];
  const texts = [...paragraphs.values()].map((p) => p.text);
  const named = entries.map((entry) => ({ id: entry.id, forms: [entry.term, ...entry.forms] }));
  const first = firstMentions(texts, named);
  for (const entry of entries) {
    if (broken.has(entry.id) || !paragraphs.has(entry.paragraph)) continue;
    const found = first.get(entry.id);
    if (!found) {
      problems.push(
        `${where(file, entry, 'term')}: expected “${entry.term}” to be found in the article on its own, found it only inside longer terms of other entries`,
      );
      continue;
    }
    const at = ids[found.index];
    if (at !== entry.paragraph)
      problems.push(
        `${where(file, entry, 'paragraph')}: expected ${at}, where “${found.mention.form}” first stands (the link goes there), found ${entry.paragraph}`,
      );
  }
  const order = [...first.entries()].sort(([, a], [, b]) => a.index - b.index || a.mention.start - b.mention.start).map(([id]) => id);
  const listed = entries.map((entry) => entry.id).filter((id) => first.has(id));
  const misplaced = listed.findIndex((id, index) => order[index] !== id);
  const due = entries.find((entry) => entry.id === order[misplaced]);
  const here = entries.find((entry) => entry.id === listed[misplaced]);
  if (misplaced !== -1 && due && here)
    problems.push(
      `${where(file, due)}: expected the entries in the order their terms first stand in the article, found “${due.id}” after “${here.id}” (line ${here.line}), ` +
        `although “${due.term}” stands first in ${ids[first.get(due.id)?.index ?? 0]}: move the entry up, before “${here.id}” (and its English entry in ${CONTENT.en.glossary} with it)`,
    );
  return problems;
}

/** A who-and-where entry as the rules read it, with the line of each listed paragraph. */
export interface EntityRuleEntry extends Lined {
  kind: string;
  name: string;
  forms: readonly string[];
  paragraphs: readonly string[];
}

/**
 * The index's rules beyond its pointers: names unique, and each entry listing exactly the paragraphs that name it, in
 * reading order; within each kind, entries in the order the article first names them.
 */
export function checkEntityRules(
  file: string,
  entries: readonly EntityRuleEntry[],
  paragraphs: ReadonlyMap<string, ParagraphRef>,
  broken: ReadonlySet<string>,
): string[] {
  const problems = duplicates(file, entries, (entry) => entry.name, 'name');
  const ids = [...paragraphs.keys()];
  const firstPlace = new Map<string, number>();
  for (const entry of entries) {
    const naming = ids.filter((id) => entry.forms.some((form) => paragraphs.get(id)?.text.includes(form)));
    const text = paragraphs.get(naming[0] ?? '')?.text ?? '';
    const offsets = entry.forms.map((form) => text.indexOf(form)).filter((offset) => offset >= 0);
    // Where the article first names the entry, as one number to compare: the paragraph's place, then the offset in it.
    firstPlace.set(entry.id, naming.length === 0 ? Infinity : ids.indexOf(naming[0] ?? '') * 100_000 + Math.min(...offsets));
    if (broken.has(entry.id)) continue;
    const listed = entry.paragraphs.filter((id) => paragraphs.has(id));
    const left = naming.filter((id) => !listed.includes(id));
    if (left.length > 0)
      problems.push(
        `${where(file, entry, 'paragraphs')}: expected every paragraph that names it, found ${left.join(', ')} left out (${left.map((id) => placeOf(paragraphs.get(id) ?? { file })).join(', ')})`,
      );
    else if (listed.join() !== naming.filter((id) => listed.includes(id)).join())
      problems.push(
        `${where(file, entry, 'paragraphs')}: expected the paragraphs in reading order (${naming.join(', ')}), found ${entry.paragraphs.join(', ')}`,
      );
  }
  for (const kind of new Set(entries.map((entry) => entry.kind))) {
    const ofKind = entries.filter((entry) => entry.kind === kind && !broken.has(entry.id));
    const misplaced = ofKind.findIndex(
      (entry, index) => index > 0 && (firstPlace.get(entry.id) ?? 0) < (firstPlace.get(ofKind[index - 1]?.id ?? '') ?? 0),
    );
    const entry = ofKind[misplaced];
    const before = ofKind[misplaced - 1];
    if (entry && before)
      problems.push(
        `${where(file, entry)}: expected the ${kind} entries in the order the article first names them, found “${entry.id}” after “${before.id}” (line ${before.line}), which the article names later: move it up`,
      );
  }
  return problems;
}

/** A ledger figure as the rules read it. */
export interface FigureRuleEntry extends Lined {
  paragraph: string;
  phrase: string;
  value: number | Date;
  approx: boolean;
  unit?: string | undefined;
  kind: string;
  label?: string | undefined;
}

/** The kinds of figure the chart draws. */
export const CHARTED_KINDS = ['people', 'person-times', 'organisations'] as const;

/**
 * The ledger's values: each entry's value (and `approx`) is a figure its phrase reads (3万余 is 30000 with approx); a charted
 * figure has a number, a unit and a label, and its phrase shows the chart's numeral with the unit, “余” just when approx.
 */
export function checkFigureValues(file: string, entries: readonly FigureRuleEntry[]): string[] {
  return entries.flatMap((entry) => {
    const token = ledgerFigure(entry);
    const read = chineseFigures(entry.phrase);
    if (!read.includes(token))
      return [
        `${where(file, entry, 'value')}: expected a figure its phrase “${entry.phrase}” reads (${read.join(', ') || 'none'}), found ${token}; 3万余 is value: 30000 with approx: true`,
      ];
    if (!(CHARTED_KINDS as readonly string[]).includes(entry.kind)) return [];
    if (typeof entry.value !== 'number' || !entry.unit || !entry.label)
      return [
        `${where(file, entry)}: expected a number, a unit and a label, as the chart draws figures of kind ${entry.kind}; found ${!entry.unit ? 'no unit' : !entry.label ? 'no label' : 'a date'}`,
      ];
    const shown = `${figureNumeral(entry.value, entry.approx)}${entry.unit}`;
    if (!entry.phrase.includes(shown))
      return [`${where(file, entry, 'unit')}: expected the chart's “${shown}” to stand in the phrase “${entry.phrase}”, found it does not`];
    return [];
  });
}

/** A timeline event as the rules read it. */
export type TimelineRuleEntry = Lined & { date: Date; title: string } & (
    { source: 'article'; dateText: string; paragraph: string; phrase: string; figure: string } | { source: 'publication' }
  );

/**
 * The timeline's rules: an event of the text quotes its date as printed (`dateText`, in its phrase) and names the ledger's
 * date entry of its paragraph, with the same date; every dated figure of the ledger has its event; the publication's event
 * has the metadata's date and names the periodical and issue.
 */
export function checkTimelineRules(
  file: string,
  events: readonly TimelineRuleEntry[],
  figures: readonly (FigureRuleEntry & { kind: string })[],
  publication: { date: Date; periodical: string; issue: string } | undefined,
  ledgerFile: string,
): string[] {
  const problems: string[] = [];
  const day = (date: Date) => date.toISOString().slice(0, 10);
  for (const event of events) {
    if (event.source === 'publication') {
      if (publication && day(event.date) !== day(publication.date))
        problems.push(
          `${where(file, event, 'date')}: expected ${day(publication.date)}, the date of the publication metadata, found ${day(event.date)}`,
        );
      if (publication && !event.title.includes(`《${publication.periodical}》${publication.issue}`))
        problems.push(
          `${where(file, event, 'title')}: expected it to name 《${publication.periodical}》${publication.issue}, found “${event.title}”`,
        );
      continue;
    }
    // The ledger's entry first: when it is wrong, the date and the words cannot be checked against it.
    const figure = figures.find((f) => f.id === event.figure);
    if (!figure || figure.kind !== 'date' || figure.paragraph !== event.paragraph || !(figure.value instanceof Date)) {
      problems.push(
        `${where(file, event, 'figure')}: expected the id of the date's entry in ${ledgerFile} (kind date, paragraph ${event.paragraph}), found “${event.figure}”`,
      );
      continue;
    }
    const printed = `${figure.value.getUTCMonth() + 1}月${figure.value.getUTCDate()}日`;
    if (day(figure.value) !== day(event.date))
      problems.push(
        `${where(file, event, 'date')}: expected ${day(figure.value)}, the date of ledger entry “${figure.id}”, found ${day(event.date)}`,
      );
    else if (event.dateText !== printed)
      problems.push(`${where(file, event, 'dateText')}: expected ${printed}, the date as the article writes it, found “${event.dateText}”`);
    else if (!event.phrase.includes(event.dateText))
      problems.push(
        `${where(file, event, 'phrase')}: expected the words quoted to hold the date “${event.dateText}”, found “${event.phrase}”`,
      );
  }
  // A date without its event, unless an event above names the wrong entry (most likely the one it was meant for).
  if (problems.some((problem) => problem.includes('field “figure”'))) return problems;
  for (const figure of figures.filter((f) => f.kind === 'date')) {
    if (!events.some((event) => event.source === 'article' && event.figure === figure.id))
      problems.push(
        `${placeOf({ file: ledgerFile, line: figure.line })}: entry “${figure.id}”: expected an event of ${file} with figure: ${figure.id}, as every date of the text has one; found none`,
      );
  }
  return problems;
}

/** The publication metadata as the rules compare it with the reference text's header and trailer. */
export interface PublicationFacts {
  title: string;
  authors: readonly string[];
  periodical: string;
  issueAsPrinted: string;
  keywords: readonly string[];
  date: Date;
  deskEditor: string;
}

/** Checks the publication metadata against the reference text's header (title; date and authors; periodical, issue and keywords; byline) and trailer. */
export function checkPublication(
  file: string,
  meta: PublicationFacts,
  lineOf: (field: string) => number,
  reference: { file: string; header: readonly string[]; trailer: readonly string[] },
): string[] {
  const [title = '', dated = '', source = '', byline = ''] = reference.header.map((block) => block.replace(/\n/g, ' '));
  const day = meta.date.toISOString().slice(0, 10);
  const rules: [string, boolean, string][] = [
    ['title', title === meta.title, `“${title}”, the reference's first line`],
    ['date', dated.startsWith(day), `the date the reference gives (“${dated}”)`],
    [
      'authors',
      dated === `${day}${meta.authors.join('')}` && byline === meta.authors.join(' '),
      `the authors of the reference's byline (“${byline}”)`,
    ],
    [
      'periodical',
      source.includes(`${meta.periodical} ${meta.issueAsPrinted}`),
      `the periodical and issue as the reference prints them (“${source}”)`,
    ],
    ['keywords', source.includes(`关键词:${meta.keywords.join('')}`), `the keywords the reference lists (“${source}”)`],
    [
      'deskEditor',
      reference.trailer.join() === `(责任编辑:${meta.deskEditor})`,
      `the desk editor of the reference's last line (“${reference.trailer.join('')}”)`,
    ],
  ];
  return rules.flatMap(([field, ok, expected]) =>
    ok ? [] : [`${placeOf({ file, line: lineOf(field) })}: field “${field}”: expected ${expected} (${reference.file}); found it differs`],
  );
}

/** Checks the English metadata names the same people, periodical, keywords and issue as the Chinese. */
export function checkEnglishPublication(
  file: string,
  english: {
    authors: readonly { zh: string }[];
    periodical: { zh: string };
    deskEditor: { zh: string };
    keywords: readonly { zh: string }[];
    issue: string;
  },
  chinese: {
    authors: readonly string[];
    periodical: string;
    deskEditor: string;
    keywords: readonly string[];
    issueNumber: number;
    year: number;
  },
  lineOf: (field: string) => number,
  chineseFile: string,
): string[] {
  const rules: [string, string, string][] = [
    ['authors', english.authors.map((a) => a.zh).join('、'), chinese.authors.join('、')],
    ['periodical', english.periodical.zh, chinese.periodical],
    ['deskEditor', english.deskEditor.zh, chinese.deskEditor],
    ['keywords', english.keywords.map((k) => k.zh).join('、'), chinese.keywords.join('、')],
    ['issue', english.issue, `No. ${chinese.issueNumber}, ${chinese.year}`],
  ];
  return rules.flatMap(([field, found, expected]) =>
    found === expected
      ? []
      : [`${placeOf({ file, line: lineOf(field) })}: field “${field}”: expected “${expected}”, as ${chineseFile} has it, found “${found}”`],
  );
}
