import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Block } from './diff.ts';

/** The elements whose text a reader takes in as one piece. */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'caption',
  'figcaption',
  'blockquote',
  'title',
]);
/** Elements whose content is not text a reader sees. */
const UNSEEN = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** The text of a node as a reader sees it, white space collapsed. */
function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (UNSEEN.has(node.tagName) || node.properties['hidden'] !== undefined)) return '';
  if (node.type === 'element' || node.type === 'root') return node.children.map((child) => textOf(child as ElementContent)).join('');
  return '';
}

/** True if an element holds another block element, whose text is then its own block. */
function holdsBlocks(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (BLOCKS.has(child.tagName) || holdsBlocks(child)));
}

/**
 * The blocks of text of a built page, in document order: each paragraph, heading, list item, table cell and caption
 * (the innermost, when one holds another), with its id, and the page's title. Scripts, styles and hidden elements are
 * not text readers see, and are left out.
 */
export function pageBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Element | Root) => {
    for (const child of node.children) {
      if (child.type !== 'element' || UNSEEN.has(child.tagName) || child.properties['hidden'] !== undefined) continue;
      if (BLOCKS.has(child.tagName) && !holdsBlocks(child)) {
        const text = textOf(child).replace(/\s+/g, ' ').trim();
        const id = child.properties['id'];
        if (text !== '') blocks.push({ tag: child.tagName, text, ...(typeof id === 'string' ? { id } : {}) });
      } else visit(child);
    }
  };
  visit(fromHtml(html));
  return blocks;
}
