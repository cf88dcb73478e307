import type { Element } from 'hast';
import { classesOf, isElement, textOf, type Content } from './hast.ts';

/** Characters with a meaning in Typst markup, escaped with a backslash wherever they stand in text. */
const SPECIAL = /[\\#*_`$@<>[\]~/=\-+"':.]/g;

/** Text as Typst markup: every markup character escaped, runs of HTML white space as one space (the ideographic space is text, and stays). */
export function escapeTypst(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(SPECIAL, (char) => `\\${char}`);
}

/** A Typst string literal. */
export function typstString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
}

/** A Typst label for an id of a chapter, e.g. `<vanguard:vanguard-4>` (labels are global in a Typst document; ids are per page). */
export function typstLabel(chapter: string, id: string): string {
  return `<${chapter}:${id}>`;
}

/** What the writer needs to know: the chapter being written (for its labels), and how edition links name their targets. */
export interface TypstContext {
  chapter: string;
  /** The label of an edition link's href (`chapter.xhtml#id`), or undefined to keep only its text. */
  linkLabel: (href: string) => string | undefined;
}

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'blockquote',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const isBlock = (node: Content) => node.type === 'element' && BLOCKS.has(node.tagName);

/** Typst markup of block content: paragraphs, headings, lists, definition lists, tables, quotations and the record's asides. */
export function typstBlocks(nodes: readonly Content[], context: TypstContext): string {
  const out: string[] = [];
  let inline: Content[] = [];
  const flush = () => {
    const markup = typstInline(inline, context).trim();
    if (markup !== '') out.push(`#block[${markup}]`);
    inline = [];
  };
  for (const node of nodes) {
    if (isBlock(node)) {
      flush();
      out.push(typstBlock(node as Element, context));
    } else inline.push(node);
  }
  flush();
  return out.filter((markup) => markup !== '').join('\n\n');
}

function labelOf(element: Element, context: TypstContext): string {
  const id = element.properties['id'];
  return typeof id === 'string' ? ` ${typstLabel(context.chapter, id)}` : '';
}

function typstBlock(element: Element, context: TypstContext): string {
  const label = labelOf(element, context);
  const classes = classesOf(element);
  const inner = () => typstBlocks(element.children, context);
  const inline = () => typstInline(element.children, context).trim();
  switch (element.tagName) {
    case 'p':
      if (classes.includes('end')) return `#align(end)[#text(size: 0.9em)[${inline()}]]${label}`;
      if (classes.includes('heading')) return `#block(sticky: true, above: 1.6em, below: 0.8em)[#strong[${inline()}]]${label}`;
      return `#par[${inline()}]${label}`;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      // The outline goes by part and section; the entries of the companions (h3) stay out of it.
      return `#heading(level: ${element.tagName[1]}${Number(element.tagName[1]) > 2 ? ', outlined: false' : ''})[${inline()}]${label}`;
    case 'ul':
    case 'ol':
      return `#${element.tagName === 'ul' ? 'list' : 'enum'}(${element.children
        .filter((child) => isElement(child, 'li'))
        .map(
          (child) =>
            `[${typstBlocks((child as Element).children, context)}${labelOf(child as Element, context) ? `#metadata(none)${labelOf(child as Element, context)}` : ''}]`,
        )
        .join(', ')})${label}`;
    case 'dt':
      return `#block(sticky: true, above: 1.2em, below: 0.5em)[#strong[${inline()}]]${label}`;
    case 'dd':
      return `#pad(left: 2em)[${inner()}]${label}`;
    case 'blockquote':
      return `#quote(block: true)[${inner()}]${label}`;
    case 'table':
      return typstTable(element, context) + label;
    case 'aside':
      return `#block(above: 2em, width: 100%, stroke: (top: 0.5pt + luma(60%)), inset: (top: 0.8em))[#set text(size: 0.85em)\n#set par(first-line-indent: 0em)\n${inner()}]${label}`;
    default:
      // The article's text as on the site: each paragraph indented two characters; the rest of the edition is not.
      if (classes.includes('article-text'))
        return `#block[#set par(first-line-indent: (amount: 2em, all: true), spacing: 0.5em)\n${inner()}]${label}`;
      return label === '' ? inner() : `#block[${inner()}]${label}`;
  }
}

function typstTable(table: Element, context: TypstContext): string {
  const rows: Element[] = [];
  const collect = (element: Element) => {
    for (const child of element.children) {
      if (isElement(child, 'tr')) rows.push(child);
      else if (isElement(child, 'thead', 'tbody', 'tfoot')) collect(child);
    }
  };
  collect(table);
  const cells = (row: Element) => row.children.filter((cell): cell is Element => isElement(cell, 'td', 'th'));
  const columns = Math.max(1, ...rows.map((row) => cells(row).length));
  const cell = (element: Element) => {
    const markup = `[${typstBlocks(element.children, context)}]`;
    return element.tagName === 'th' ? `table.cell[#strong${markup}]` : markup;
  };
  const header = rows.filter((row) => cells(row).every((c) => c.tagName === 'th'));
  const body = rows.filter((row) => !header.includes(row));
  return [
    `#table(columns: ${columns}, align: start, stroke: (x: none, y: 0.4pt + luma(70%)), inset: (x: 0.4em, y: 0.5em),`,
    ...(header.length > 0 ? [`  table.header(${header.flatMap(cells).map(cell).join(', ')}),`] : []),
    ...body.map((row) => `  ${cells(row).map(cell).join(', ')},`),
    ')',
  ].join('\n');
}

/** Typst markup of inline content: text, links, corrected readings, emphasis, marked words, language spans. */
export function typstInline(nodes: readonly Content[], context: TypstContext): string {
  return nodes.map((node) => inlineNode(node, context)).join('');
}

function inlineNode(node: Content, context: TypstContext): string {
  if (node.type === 'text') return escapeTypst(node.value);
  if (node.type !== 'element') return '';
  // An inline element's id becomes an invisible anchor before it, so links can lead there.
  const id = node.properties['id'];
  const anchor = typeof id === 'string' ? `#metadata(none)${typstLabel(context.chapter, id)}` : '';
  return anchor + inlineElement(node, context);
}

function inlineElement(node: Element, context: TypstContext): string {
  const inner = typstInline(node.children, context);
  switch (node.tagName) {
    case 'a': {
      const label = context.linkLabel(String(node.properties['href'] ?? ''));
      return label ? `#link(${label})[${inner}]` : inner;
    }
    case 'ins':
      return `#underline(stroke: (paint: rgb("#a61b1b"), thickness: 0.6pt, dash: "dotted"), offset: 0.25em)[${inner}]`;
    case 'strong':
    case 'b':
      return `#strong[${inner}]`;
    case 'em':
    case 'i':
    case 'cite':
      return `#emph[${inner}]`;
    case 'mark':
      return `#highlight(fill: rgb("#f6e3df"))[${inner}]`;
    case 'br':
      return '#linebreak()';
    case 'code':
      return `#raw(${typstString(textOf(node))})`;
    case 'sup':
      return `#super[${inner}]`;
    default: {
      const lang = node.properties['lang'];
      if (typeof lang !== 'string') return inner;
      // A BCP 47 tag as Typst takes it: the language, and the region only when the tag has one (en, not en-CN).
      const [language = lang, region] = lang.toLowerCase().split('-');
      return `#text(lang: ${typstString(language)}, region: ${region ? typstString(region) : 'none'})[${inner}]`;
    }
  }
}
