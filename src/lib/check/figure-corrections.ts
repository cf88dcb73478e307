import { chineseFigureMatches, chineseFigures, englishFigureMatches, englishFigures, type FigureToken } from '../text/figure-tokens.ts';
import { positionIn } from '../text/paragraphs.ts';
import { correctedEnglish, type CorrectionOf } from './corrected-figures.ts';
import { applyCorrections } from './errata.ts';
import { bilingual, placeOf } from './message.ts';
import type { ParagraphRef } from './pointers.ts';

/** A correction as the errata file records it, with its id and line. */
export type Erratum = CorrectionOf & { id: string; line?: number | undefined };

/** Words written for the site (not quoted from the article) that may repeat a figure: a note, a title, a definition, a label. */
export interface ProseField {
  file: string;
  /** Where the field's value starts. */
  line: number;
  column: number;
  /** The entry's id and the field, as the message names them. */
  entry: string;
  field: string;
  text: string;
  lang: 'zh' | 'en';
  /** The paragraph whose words the field quotes (an English figure's or event's phrase), which the English correction corrects. */
  quotes?: string | undefined;
}

/** What the figure-correction check reads. */
export interface CorrectionsInput {
  errataFile: string;
  errata: readonly Erratum[];
  /** The Chinese paragraphs (as the MDX holds them) of the parts that match the reference. */
  chinese: ReadonlyMap<string, ParagraphRef>;
  /** The English paragraphs as the MDX holds them (with their `<Zh>` tags), of the parts in step with the Chinese. */
  english: ReadonlyMap<string, ParagraphRef>;
  prose: readonly ProseField[];
}

const ZH_SPAN = /<Zh>[\s\S]*?<\/Zh>/g;
/** English MDX with the Chinese of its `<Zh>` spans blanked out (same length), so that only the English words carry figures. */
const englishOnly = (text: string) => text.replace(ZH_SPAN, (span) => ' '.repeat(span.length));

/** The tokens of `a` that `b` lacks, as many times as `a` has more of them. */
function minus(a: readonly FigureToken[], b: readonly FigureToken[]): FigureToken[] {
  const rest = [...b];
  return a.filter((token) => {
    const at = rest.indexOf(token);
    if (at !== -1) rest.splice(at, 1);
    return at === -1;
  });
}

/** The place of UTF-16 offset `index` of a paragraph, as `file:line:column`. */
function at(paragraph: ParagraphRef, index: number): string {
  const { line, column } = positionIn(paragraph, Array.from(paragraph.text.slice(0, index)).length);
  return placeOf({ file: paragraph.file, line, column });
}

/** Checks each correction's English reading: its printed words stand once in the English paragraph, outside any tag, and it changes them. */
export function checkEnglishReadings(file: string, errata: readonly Erratum[], english: ReadonlyMap<string, ParagraphRef>): string[] {
  return errata.flatMap((erratum) => {
    if (erratum.english === 'unaffected') return [];
    const where = `${placeOf({ file, line: erratum.line })}: entry “${erratum.id}”, field “english”`;
    const { printed, corrected } = erratum.english;
    const target = english.get(erratum.paragraph);
    if (!target) return [];
    if (/[<>]/.test(printed))
      return [`${where}: expected English words without tags in “printed”, found “${printed}”; quote the words inside or outside <Zh>`];
    const times = target.text.split(printed).length - 1;
    if (times !== 1)
      return [
        `${where}: expected “${printed}” to stand once in English paragraph ${erratum.paragraph} (${placeOf(target)}), found it ${times} times` +
          (times > 1 ? '; quote more of the passage, so that it is unique' : ''),
      ];
    if (printed === corrected) return [`${where}: expected a reading that differs from the printed words, found the same “${printed}”`];
    return [];
  });
}

/** The figures one correction changes: those of its paragraph with the other corrections applied, and with it too. */
function figureChange(erratum: Erratum, paragraph: ParagraphRef, errata: readonly Erratum[]) {
  const others = errata.filter((e) => e.paragraph === erratum.paragraph && e !== erratum);
  const beforeText = applyCorrections(paragraph.text, others);
  const afterText = applyCorrections(paragraph.text, [...others, erratum]);
  const before = chineseFigureMatches(beforeText);
  const after = chineseFigureMatches(afterText);
  const removed = minus(
    before.map((m) => m.token),
    after.map((m) => m.token),
  );
  const added = minus(
    after.map((m) => m.token),
    before.map((m) => m.token),
  );
  // As the text writes them, for the message: 3万余 rather than 30000+.
  const written = (matches: typeof before, tokens: FigureToken[]) => tokens.map((t) => matches.find((m) => m.token === t)?.written ?? t);
  return { removed, added, after: after.map((m) => m.token), was: written(before, removed), now: written(after, added) };
}

/** The English paragraph, if its figures (corrections applied) are not those of the corrected Chinese: the place and what to do. */
function staleEnglish(
  erratum: Erratum,
  translation: ParagraphRef,
  errata: readonly Erratum[],
  change: ReturnType<typeof figureChange>,
): string | undefined {
  const readings = errata.flatMap((e) => (e.paragraph === erratum.paragraph && e.english !== 'unaffected' ? [e.english] : []));
  const applicable = readings.every((reading) => translation.text.split(reading.printed).length === 2);
  const reads = englishFigures(englishOnly(applicable ? applyCorrections(translation.text, readings) : translation.text));
  if (minus(reads, change.after).length === 0 && minus(change.after, reads).length === 0) return undefined;
  const stale = englishFigureMatches(englishOnly(translation.text)).find((match) => change.removed.includes(match.token));
  return (
    `${stale ? at(translation, stale.index) : placeOf(translation)}: English paragraph ${erratum.paragraph} still reads ` +
    `${stale ? `“${stale.written}”` : `the figures ${reads.join(', ')}`}; give the erratum “english:” with “printed:” (these English words) ` +
    `and “corrected:” (how they read with ${change.now.join(', ') || 'the corrected figure'})`
  );
}

/** Each field of the site's own words that still gives a figure the correction took out of the article. */
function staleProse(erratum: Erratum, prose: readonly ProseField[], gone: readonly FigureToken[]): string[] {
  return prose.flatMap((field) => {
    const text =
      field.lang === 'en' && field.quotes === erratum.paragraph ? correctedEnglish(erratum.paragraph, field.text, [erratum]) : field.text;
    const matches = field.lang === 'zh' ? chineseFigureMatches(text) : englishFigureMatches(text);
    const stale = matches.find((match) => gone.includes(match.token));
    return stale ? [`${placeOf(field)}: entry “${field.entry}”, field “${field.field}” still reads “${stale.written}”`] : [];
  });
}

/**
 * Checks that a correction which changes a figure leaves nothing contradicting it. The ledger, the charts, the figures page
 * and the timeline's dates follow the corrected figure by themselves; what cannot follow is named, every place in one
 * message: the English paragraph (unless the erratum's `english` corrects it to the same figures), and any note, title,
 * definition, label or quoted English phrase of the data files that still gives the old figure.
 */
export function checkFigureCorrections({ errataFile, errata, chinese, english, prose }: CorrectionsInput): string[] {
  const corrected = [...chinese].map(([id, p]) =>
    applyCorrections(
      p.text,
      errata.filter((e) => e.paragraph === id),
    ),
  );
  const everywhere = corrected.flatMap(chineseFigures);
  return errata.flatMap((erratum) => {
    const paragraph = chinese.get(erratum.paragraph);
    if (!paragraph) return [];
    const change = figureChange(erratum, paragraph, errata);
    if (change.removed.length === 0 && change.added.length === 0) return [];
    const translation = english.get(erratum.paragraph);
    const places = [
      ...(translation ? [staleEnglish(erratum, translation, errata, change)].filter((place) => place !== undefined) : []),
      ...staleProse(
        erratum,
        prose,
        change.removed.filter((token) => !everywhere.includes(token)),
      ),
    ];
    if (places.length === 0) return [];
    const [from, to] = [change.was.join('、') || '—', change.now.join('、') || '—'];
    return [
      `${bilingual(
        { file: errataFile, line: erratum.line },
        `勘误“${erratum.id}”把数字“${from}”改成了“${to}”。数字台账、图表、数字一览页和时间线的日期会自动跟着改，但下面 ${places.length} 处还写着旧数字，请逐一改过：`,
        `erratum “${erratum.id}” changes the figure “${from}” to “${to}”. The ledger, the charts, the figures page and the timeline's dates follow by themselves; ${places.length === 1 ? 'this place still shows the old figure, update it' : `these ${places.length} places still show the old figure, update each`}:`,
      )}\n${places.map((place) => `      ${place}`).join('\n')}`,
    ];
  });
}
