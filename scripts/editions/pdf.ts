import { balancedTitle } from '../../src/lib/graphics/font-subsets.ts';
import { cleanNodes, linkResolver } from './clean.ts';
import { findOne, isElement, textOf, type Content } from './hast.ts';
import { pageFile, type EditionText } from './source.ts';
import { escapeTypst, typstBlocks, typstLabel, typstString } from './typst.ts';
import { EDITION_WORDS } from './words.ts';

/** The PDF's document information and what its last page says of the edition. */
export interface PdfInput {
  text: EditionText;
  authors: string[];
  /** The Info dictionary's Subject. */
  subject: string;
  keywords: string[];
  /** The build's date (the commit's), which the PDF carries as its creation date. */
  date: Date;
  commit: string;
  /** The PDF's path in the site, e.g. `editions/name.pdf`, for its address. */
  file: string;
  /** The chapters the PDF leaves out (by id): it holds the article, the record and what is not listed here. */
  omit?: readonly string[];
}

const FONT = 'Noto Serif CJK SC';
const HEADING_FONT = 'Noto Sans CJK SC';
const MONO_FONT = 'Noto Sans Mono CJK SC';

function typstDate(date: Date): string {
  return `datetime(year: ${date.getUTCFullYear()}, month: ${date.getUTCMonth() + 1}, day: ${date.getUTCDate()}, hour: ${date.getUTCHours()}, minute: ${date.getUTCMinutes()}, second: ${date.getUTCSeconds()})`;
}

/** The page style: A4, running heads from the current chapter's mark, page numbers, parts and appendices on new pages. */
function preamble({ text, authors, subject, keywords, date }: PdfInput): string {
  return `#set document(title: ${typstString(text.title)}, author: (${authors.map(typstString).join(', ')},), description: ${typstString(subject)}, keywords: (${keywords.map(typstString).join(', ')},), date: ${typstDate(date)})
#set text(font: ${typstString(FONT)}, lang: "zh", region: "cn", size: 10.5pt)
#set par(justify: true, leading: 0.95em, spacing: 1.1em)
#set page(paper: "a4", margin: (top: 28mm, bottom: 26mm, x: 25mm),
  header: context {
    let marks = query(<running-head>).filter(mark => mark.location().page() <= here().page())
    if marks.len() > 0 and here().page() > 1 {
      set text(size: 8.5pt, fill: luma(35%))
      align(center, marks.last().value)
      v(-0.4em)
      line(length: 100%, stroke: 0.4pt + luma(70%))
    }
  },
  footer: context { if here().page() > 1 { set text(size: 9pt); align(center, counter(page).display("1")) } })
#show heading: set text(font: ${typstString(HEADING_FONT)}, weight: "bold")
#show heading: set par(first-line-indent: 0em, justify: false)
#show heading.where(level: 1): it => { pagebreak(weak: true); v(2.5em); set text(size: 17pt); block(below: 1.8em, it) }
#show heading.where(level: 2): set text(size: 13pt)
#show heading.where(level: 2): set block(above: 1.8em, below: 1em)
#show heading.where(level: 3): set text(size: 11pt)
#show raw: set text(font: ${typstString(MONO_FONT)}, size: 1em)
#set list(indent: 0.5em, marker: ([•], [–]))
#set enum(indent: 0.5em)
#set table(stroke: none)
`;
}

/** A chapter's running head: the text the header shows from this point on. */
function runningHead(head: string): string {
  return `#metadata(${typstString(head)}) <running-head>`;
}

/** The title page, from the article's header on the full-text page: title, byline, source and keywords. */
function titlePage(header: Content | undefined, title: string): string {
  const lines =
    header && header.type === 'element'
      ? header.children.filter((child) => isElement(child, 'p')).map((child) => textOf(child).trim())
      : [];
  return `#page(header: none, footer: none)[
  #set par(first-line-indent: 0em)
  #v(18%)
  #block(width: 100%, stroke: (top: 3pt + rgb("#a61b1b")), inset: (top: 1.2em))[#set text(font: ${typstString(HEADING_FONT)}, size: 26pt, weight: "bold", tracking: 0.05em)
  #set par(leading: 0.6em)
  #title[${balancedTitle(title).map(escapeTypst).join('#linebreak()')}]]
  #v(2.5em)
  ${lines.map((line, index) => `#block(below: 0.9em)[#set text(size: ${index === 0 ? 13 : 10.5}pt)\n${escapeTypst(line)}]`).join('\n  ')}
]`;
}

/** The Typst source of the PDF edition: title page, lede, parts, record, appendices, and a last page with the citation and the edition's address. */
export function pdfSource(input: PdfInput): string {
  const { text } = input;
  const words = EDITION_WORDS[text.lang];
  const chapters = text.chapters.filter((chapter) => !(input.omit ?? []).includes(chapter.id));
  const resolve = linkResolver(chapters);
  const ids = new Set(chapters.map((chapter) => chapter.id));
  const linkLabel = (href: string) => {
    const [chapter = '', id] = href.replace(/^([^#]*)\.xhtml/, '$1').split('#');
    if (!ids.has(chapter)) return undefined;
    return typstLabel(chapter, id ?? chapter);
  };
  const body = chapters.map((chapter, index) => {
    const nodes = cleanNodes(chapter.nodes, {
      file: pageFile(chapter.page, text.lang),
      resolve,
      href: (t) => `${t.chapter}.xhtml${t.id ? `#${t.id}` : ''}`,
    });
    const context = { chapter: chapter.id, linkLabel };
    if (index === 0) {
      // The lede: its header makes the title page; the lede itself opens with a heading of its own, for the outline.
      const [header, ...rest] = nodes;
      return [
        titlePage(header, text.title),
        `#heading(level: 1)[${escapeTypst(chapter.title)}] ${typstLabel(chapter.id, chapter.id)}`,
        runningHead(text.title),
        typstBlocks(rest, context),
      ].join('\n\n');
    }
    const [first, ...rest] = nodes;
    const heading = first && first.type === 'element' ? findOne(first, (element) => isElement(element, 'h1')) : undefined;
    const head = chapter.page === 'full' ? chapter.title : text.title;
    // The heading first, so the running head's mark falls on the chapter's first page.
    return heading
      ? [typstBlocks([first as Content], context).replace(/\n\n|$/, `\n\n${runningHead(head)}\n\n`), typstBlocks(rest, context)].join(
          '\n\n',
        )
      : [runningHead(head), typstBlocks(nodes, context)].join('\n\n');
  });
  const address = text.siteUrl ? words.address(new URL(input.file, text.siteUrl).href) : words.addressUnknown(input.file);
  const last = [
    `#heading(level: 1)[${escapeTypst(words.citeHeading)}] <cite>`,
    runningHead(text.title),
    `#block[#set par(first-line-indent: 0em)\n#strong[${escapeTypst(words.citeLabel)}]\n\n${escapeTypst(text.citation)}\n\n${escapeTypst(address)}\n\n#text(size: 9pt, fill: luma(35%))[${escapeTypst(words.build(input.commit, input.date.toISOString().slice(0, 10)))}]]`,
  ].join('\n\n');
  return [preamble(input), ...body, last, ''].join('\n\n');
}
