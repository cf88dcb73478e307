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
/** Elements whose content is not text a reader sees (a `<template>`'s content is not among its children in hast). */
const UNSEEN = new Set(['script', 'style', 'noscript', 'svg']);

/** True for an element whose text readers do not see. */
function unseen(node: ElementContent): boolean {
  return node.type === 'element' && (UNSEEN.has(node.tagName) || node.properties['hidden'] !== undefined);
}

/** The text of nodes as a reader sees it, white space collapsed and trimmed. */
function textOf(nodes: readonly ElementContent[]): string {
  const text = (node: ElementContent): string => {
    if (node.type === 'text') return node.value;
    return node.type === 'element' && !unseen(node) ? node.children.map(text).join('') : '';
  };
  return nodes.map(text).join('').replace(/\s+/g, ' ').trim();
}

/** True if an element holds another block element, whose text is then its own block. */
function holdsBlocks(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (BLOCKS.has(child.tagName) || holdsBlocks(child)));
}

/**
 * The blocks of text of a built page, in document order: each paragraph, heading, list item, table cell and caption
 * (the innermost, when one holds another), with its id, and the page's title. The text a block holds beside its inner
 * blocks (a list item's own words above its sub-list) makes blocks of its own, with the block's tag and no id.
 * Scripts, styles and hidden elements are not text readers see, and are left out.
 */
export function pageBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const add = (tag: string, nodes: readonly ElementContent[], id?: unknown) => {
    const text = textOf(nodes);
    if (text !== '') blocks.push({ tag, text, ...(typeof id === 'string' ? { id } : {}) });
  };
  const visit = (node: Element | Root) => {
    // The holder's own text between its inner blocks: kept only where the holder is a block itself.
    let loose: ElementContent[] = [];
    const flush = () => {
      if (node.type === 'element' && BLOCKS.has(node.tagName)) add(node.tagName, loose);
      loose = [];
    };
    for (const child of node.children as ElementContent[]) {
      if (unseen(child)) continue;
      if (child.type !== 'element' || (!BLOCKS.has(child.tagName) && !holdsBlocks(child))) loose.push(child);
      else {
        flush();
        if (BLOCKS.has(child.tagName) && !holdsBlocks(child)) add(child.tagName, [child], child.properties['id']);
        else visit(child);
      }
    }
    flush();
  };
  visit(fromHtml(html));
  return blocks;
}
