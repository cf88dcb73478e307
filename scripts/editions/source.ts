import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Lang } from '../../src/i18n/locale.ts';
import { UI } from '../../src/i18n/ui.ts';
import { pageUrl } from '../../src/i18n/urls.ts';
import { PART_IDS } from '../../src/lib/content/layout.ts';
import { attribute, byId, classesOf, elementChildren, findOne, isElement, textOf, type Content } from './hast.ts';

/** The companion pages that follow the article as back matter, in this order. */
export const BACK_MATTER = ['glossary', 'people-places', 'timeline', 'figures'] as const;

/** The sections of the about page that make the editor's record: the translator's note (English only), the changes and the corrections. */
export const RECORD_SECTIONS = ['translation', 'changes', 'errata'] as const;

/** The id of the editor's record among the chapters. */
export const RECORD_ID = 'record';

/** One document of an edition: a part of the article, the editor's record or a companion, as the built page has it. */
export interface Chapter {
  /** The chapter's id: a part id, `record`, or a companion page's slug. */
  id: string;
  /** The slug of the built page it comes from (`full` for the article's parts). */
  page: string;
  /** Its title in the table of contents. */
  title: string;
  /** Its content, as built (not yet cleaned for an edition). */
  nodes: Content[];
}

/** What an edition is made of, read from the built site. */
export interface EditionText {
  lang: Lang;
  /** The article's title, as the full-text page's heading gives it. */
  title: string;
  /** In reading order: the lede (after the article's header), the three sections, the record, the back matter. */
  chapters: Chapter[];
  /** The plain text of the citation the about page gives first. */
  citation: string;
  /** The site's absolute address, when it was built with SITE_URL (its canonical link); undefined otherwise. */
  siteUrl: string | undefined;
}

/** The file in dist/ of a built page, e.g. `en/glossary/index.html`. */
export function pageFile(slug: string, lang: Lang): string {
  return `${pageUrl(slug, lang).slice(1)}index.html`;
}

/** Every file of dist/ an edition in this language is read from. */
export function sourceFiles(lang: Lang): string[] {
  return ['', 'full', 'about', ...BACK_MATTER].map((slug) => pageFile(slug, lang));
}

/** Reads an edition's text from the built pages; `read` gives a file of dist/ by its path (see `sourceFiles`). */
export function editionText(lang: Lang, read: (file: string) => string): EditionText {
  const page = (slug: string) => {
    const file = pageFile(slug, lang);
    return { file, tree: fromHtml(read(file)) };
  };
  const full = page('full');
  const about = page('about');
  const aboutMain = mainOf(about.tree, about.file);
  const citation = findOne(aboutMain, (element) => element.properties['dataCitationText'] !== undefined);
  if (!citation) throw new Error(`${about.file}: no citation (an element with data-citation-text) in <main>`);
  return {
    lang,
    title: textOf(
      required(
        findOne(mainOf(full.tree, full.file), (element) => isElement(element, 'h1')),
        full.file,
        '<h1>',
      ),
    ),
    chapters: [
      ...articleChapters(full.tree, full.file, lang),
      recordChapter(aboutMain, about.file),
      ...BACK_MATTER.map((slug) => companionChapter(slug, page(slug))),
    ],
    citation: textOf(citation).trim(),
    siteUrl: canonicalOf(page('').tree),
  };
}

function required<T>(value: T | undefined, file: string, what: string): T {
  if (value === undefined)
    throw new Error(`${file}: expected ${what}; found none. Is dist/ a build of this project? Run npm run build first.`);
  return value;
}

function mainOf(tree: Root, file: string): Element {
  return required(
    findOne(tree, (element) => isElement(element, 'main')),
    file,
    '<main>',
  );
}

/** The lede (with the article's header before it) and the three sections, from the full-text page; what follows the last section (the desk editor's line) closes it. */
export function articleChapters(tree: Root, file: string, lang: Lang): Chapter[] {
  const article = required(
    findOne(mainOf(tree, file), (element) => isElement(element, 'article')),
    file,
    '<article> in <main>',
  );
  const header = required(
    findOne(article, (element) => isElement(element, 'header')),
    file,
    '<header> in <article>',
  );
  const body = required(
    elementChildren(article).find((element) => isElement(element, 'div')),
    file,
    '<div> holding the text after the header',
  );
  const chapters: Chapter[] = [{ id: 'lede', page: 'full', title: UI[lang].lede, nodes: [header] }];
  for (const child of elementChildren(body)) {
    const part = attribute(child, 'ariaLabelledBy');
    const current = chapters.at(-1) as Chapter;
    if (isElement(child, 'section') && (PART_IDS as readonly string[]).includes(part)) {
      const heading = required(byId(child, part), file, `the heading #${part}`);
      chapters.push({ id: part, page: 'full', title: textOf(heading).trim(), nodes: [child] });
    } else current.nodes.push(child);
  }
  const found = chapters.map((chapter) => chapter.id).join(', ');
  if (found !== PART_IDS.join(', ')) throw new Error(`${file}: expected the parts ${PART_IDS.join(', ')}; found ${found}`);
  return chapters;
}

/** The editor's record: the about page's heading and its sections on the translation, the changes and the corrections. */
export function recordChapter(main: Element, file: string): Chapter {
  const heading = required(
    findOne(main, (element) => isElement(element, 'h1')),
    file,
    '<h1>',
  );
  const sections = RECORD_SECTIONS.flatMap((id) => {
    const section = findOne(main, (element) => isElement(element, 'section') && attribute(element, 'ariaLabelledBy') === id);
    return section ? [section] : [];
  });
  if (!sections.some((section) => attribute(section, 'ariaLabelledBy') === 'errata'))
    throw new Error(`${file}: expected a <section aria-labelledby="errata">; found none`);
  return { id: RECORD_ID, page: 'about', title: textOf(heading).trim(), nodes: [heading, ...sections] };
}

/** A companion page's content: what its <main> holds, under its heading. */
export function companionChapter(slug: string, { file, tree }: { file: string; tree: Root }): Chapter {
  const main = mainOf(tree, file);
  const heading = required(
    findOne(main, (element) => isElement(element, 'h1')),
    file,
    '<h1>',
  );
  // The page's column (.measure) when there is one, so the chapter holds the content and not the layout.
  const column = findOne(main, (element) => classesOf(element).includes('measure')) ?? main;
  return { id: slug, page: slug, title: textOf(heading).trim(), nodes: [...column.children] };
}

/** The canonical URL of the home page, when the site was built with SITE_URL. */
export function canonicalOf(tree: Root): string | undefined {
  const link = findOne(tree, (element) => isElement(element, 'link') && attribute(element, 'rel') === 'canonical');
  return link ? String(link.properties['href']) : undefined;
}
