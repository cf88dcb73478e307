import { z } from 'astro/zod';
import { expectation, shown } from '../lib/check/schema-messages.ts';
import { placeholders } from '../lib/text/template.ts';
import type { Lang } from './locale.ts';
import zhCN from './zh-CN.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

/** The files of the interface strings, one per language, relative to the project. */
export const UI_FILES: Readonly<Record<Lang, string>> = { 'zh-CN': 'src/i18n/zh-CN.json', en: 'src/i18n/en.json' };

/** A string with placeholders: it may use only `allowed`, and must use each of `required` (all of `allowed` unless given). */
function template(allowed: readonly string[], required: readonly string[] = allowed) {
  return z.string().superRefine((value, context) => {
    const used = placeholders(value);
    for (const name of used.filter((name) => !allowed.includes(name))) {
      const choice = allowed.length > 0 ? `use ${allowed.map((a) => `{${a}}`).join(', ')}` : 'this string takes none';
      context.addIssue({ code: 'custom', message: `expected no placeholder {${name}}: ${choice}` });
    }
    for (const name of required.filter((name) => !used.includes(name))) {
      context.addIssue({ code: 'custom', message: `expected the placeholder {${name}} somewhere in the text` });
    }
  });
}

const text = z.string();
const three = z.tuple([text, text, text]);
const list = z.strictObject({ separator: text, last: text });
const page = z.strictObject({ title: text, description: text });

/** The interface strings of one language: every word the site's pages and components show besides the content. */
export const uiSchema = z.strictObject({
  skipLink: text,
  /** The site's short name, in the header and English page titles. */
  siteName: text,
  articleNav: text,
  lede: text,
  full: text,
  fullLong: text,
  parallel: text,
  parallelLong: text,
  pager: text,
  previous: text,
  next: text,
  continue: text,
  toc: text,
  /** The home contents' heading over the ways to read the whole article (one page, side by side). */
  tocWhole: text,
  languageNav: text,
  languageName: text,
  companions: text,
  /** The word before a paragraph id in a paragraph link's name, e.g. `Paragraph vanguard-4`. */
  paragraph: text,
  /** How a paragraph is named: in the lede, in a section ({part} is the section's number), as a search sub-result, and its ¶ link. */
  paragraphs: z.strictObject({
    lede: template(['n']),
    section: template(['part', 'n']),
    searchTitle: template(['n']),
    permalink: template(['label']),
  }),
  search: text,
  searchDescription: text,
  searchHint: text,
  /** The notes where search cannot run: text, the link to the full text, text. */
  searchNoJs: three,
  searchOffline: three,
  searchPlaceholder: text,
  /** The Pagefind filter that narrows results by section: the pages' `data-pagefind-filter` names it too. */
  searchFilter: text,
  searchFilterLabel: text,
  /** What the search page says as it searches: `{q}` is the query, `{s}` the query in simplified characters, `{n}` a count. */
  searchMessages: z.strictObject({
    clear: text,
    loading: text,
    failed: text,
    /** Hits found: for one paragraph, and for `{n}`. */
    foundOne: template(['q']),
    found: template(['n', 'q']),
    /** Nothing holds the query: said plainly, naming it. */
    none: template(['q']),
    /** The query held traditional characters and was searched in simplified ones. */
    simplified: template(['s']),
    /** The heading of the near matches, and the note that says what they are. */
    near: text,
    nearNote: template(['q']),
    /** The kind of entry a card shows, the card's name for screen readers, and its link's text. */
    cardKinds: z.strictObject({ glossary: text, person: text, place: text, organisation: text }),
    cardLabel: template(['kind', 'title']),
    cardLink: z.strictObject({ glossary: text, index: text }),
  }),
  /** The heading of the notes on corrections of the printed Chinese text. */
  errata: text,
  /** The `<title>` of a page, and of the home page. */
  pageTitle: z.strictObject({
    page: template(['page', 'article', 'site', 'periodical', 'issue'], ['page']),
    home: template(['article', 'site', 'periodical', 'issue'], []),
  }),
  /** The site's name as link previews show it. */
  siteTitle: template(['article']),
  /** The Open Graph image's description. */
  ogImageAlt: template(['article', 'authors', 'periodical', 'issue']),
  /** How lists of names are joined: the byline, the keywords, names in a sentence. */
  lists: z.strictObject({ byline: list, keywords: list, sentence: list }),
  /** The article's header: the label read before the authors (to screen readers only), the byline, source and keywords. */
  header: z.strictObject({
    bylineLabel: text,
    byline: template(['authors']),
    source: template(['source']),
    keywords: template(['keywords']),
  }),
  /** Where the article was published: {periodical} is its plain name, {citedPeriodical} the name set as a cited title. */
  sourceLine: template(['periodical', 'citedPeriodical', 'periodicalZh', 'gloss', 'issue', 'date'], ['issue', 'date']),
  /** The editor's note (编者按) before the article: its heading, the line that says it is not printed text, its signature. */
  editorsNote: z.strictObject({ heading: text, status: text, signature: template(['by', 'date']) }),
  /** The desk editor's line at the end of the article. */
  deskEditor: template(['deskEditor']),
  /** The footer's colophon: the article and its source, then what this edition is. */
  colophon: template(['article', 'authors', 'source', 'deskEditor']),
  colophonNote: template(['by', 'month'], []),
  /** What a translation's pages add: the original title's label, the translation's note, the link to the original's glossary entry. */
  translation: z
    .strictObject({
      originalTitle: text,
      note: template(['by', 'month']),
      glossaryOriginal: text,
    })
    .optional(),
  pages: z.strictObject({
    home: z.strictObject({ description: template(['periodical', 'issue']) }),
    section: z.strictObject({
      title: template(['title', 'short'], []),
      description: template(['article', 'number', 'title', 'short'], ['number']),
      part: template(['number']),
    }),
    full: z.strictObject({ description: template(['article']) }),
    parallel: z.strictObject({ title: text, description: template(['article']) }),
    figures: page.extend({
      intro: text,
      caption: text,
      chartHeading: text,
      chartColumns: three,
      allHeading: text,
      allIntro: text,
      allColumns: three,
      /** The kinds of figure of content/figures.yaml. */
      kinds: z.strictObject({
        people: text,
        'person-times': text,
        organisations: text,
        places: text,
        duration: text,
        date: text,
        address: text,
      }),
    }),
    timeline: page.extend({ intro: template(['year']), source: template(['source']), publication: text }),
    glossary: page.extend({ intro: text, count: template(['count']), firstUsed: template(['paragraph']) }),
    'people-places': page.extend({
      intro: text,
      nav: text,
      groups: z.strictObject({ person: text, place: text, organisation: text }),
      groupCount: template(['group', 'count']),
      mentionSeparator: text,
    }),
    about: z.strictObject({ title: text }),
  }),
  /** The mark of words left out of a quotation. */
  ellipsis: text,
  /** The about pages' list of the e-book and print editions; `{command}` is the command that makes them. */
  editions: z.strictObject({ heading: text, intro: text, none: template(['command']) }),
  /** The figures chart on the home page. */
  figuresPanel: z.strictObject({ heading: text, intro: text, more: text }),
  /** The figures chart's words: its title, headings and legend; a figure with its unit; one figure in its description; the description. */
  chart: z.strictObject({
    title: text,
    peopleHeading: text,
    apartHeading: text,
    legend: text,
    figure: template(['numeral', 'unit']),
    item: template(['label', 'figure']),
    join: text,
    description: template(['bars', 'apart']),
    descriptionApart: template(['apart']),
  }),
  /** The copy button of a citation and its messages. */
  citation: z.strictObject({ copy: text, copyLabel: template(['label']), copied: text, failed: text }),
  /** What a printed page ends with: its address (when the site's is known) and how to cite it. */
  printed: z.strictObject({ address: template(['url']), cite: template(['citation']) }),
  /** The table of the punctuation this edition made full-width. */
  normalization: z.strictObject({ caption: text, columns: three }),
});

/** The interface strings of one language. */
export type UiStrings = z.infer<typeof uiSchema>;

/** The search page's messages and labels. */
export type SearchMessages = UiStrings['searchMessages'];

/** The value at a path of parsed JSON, to show what an editor wrote. */
function at(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** Checks one language's strings against the schema; every problem names the file, the key and what was expected. */
export function parseUi(data: unknown, file: string): UiStrings {
  const result = uiSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.');
    if (issue.code === 'unrecognized_keys')
      return `${file}: ${key || 'top level'}: unknown key ${issue.keys.join(', ')}; check its spelling against the other language's file`;
    return `${file}: ${key}: expected ${expectation(issue)}, found ${shown(at(data, issue.path))}`;
  });
  throw new Error(problems.join('\n'));
}

/** Every interface string, in both languages. */
export const UI: Readonly<Record<Lang, UiStrings>> = {
  'zh-CN': parseUi(zhCN, UI_FILES['zh-CN']),
  en: parseUi(en, UI_FILES.en),
};

/** The title of a page that has one of its own in `pages` (the companions, the full and parallel texts). */
export function pageTitle(lang: Lang, slug: string): string {
  const strings: Readonly<Record<string, object>> = UI[lang].pages;
  const entry = strings[slug];
  const title = entry && 'title' in entry && typeof entry.title === 'string' ? entry.title : undefined;
  if (title === undefined) throw new Error(`${UI_FILES[lang]}: pages: no title for the page “${slug}”; add pages.${slug}.title`);
  return title;
}
