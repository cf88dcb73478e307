import type { Element, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** One paragraph of a part's rendered HTML. */
export interface ParagraphHtml {
  /** The paragraph's stable id, e.g. `vanguard-4`. */
  id: string;
  /** The paragraph's inner HTML, markup such as `<span lang="zh-CN">` kept. */
  html: string;
}

const PARAGRAPH_ID = /^[a-z]+-\d+$/;

function isBlank(node: RootContent): boolean {
  return node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');
}

/** Cuts a part's rendered HTML into its paragraphs, in order; throws if anything but paragraphs with ids stands at the top level, so nothing is dropped unseen. */
export function splitParagraphHtml(html: string): ParagraphHtml[] {
  const tree = fromHtml(html, { fragment: true });
  return tree.children.flatMap((node): ParagraphHtml[] => {
    if (node.type !== 'element') {
      if (node.type === 'doctype' || isBlank(node)) return [];
      throw new Error(`unexpected text between paragraphs: “${toHtml(node).trim().slice(0, 60)}”`);
    }
    const paragraph: Element = node;
    const id = paragraph.properties['id'];
    if (paragraph.tagName !== 'p' || typeof id !== 'string' || !PARAGRAPH_ID.test(id)) {
      throw new Error(`expected only paragraphs with ids, found: ${toHtml(paragraph).slice(0, 80)}`);
    }
    // Empty attributes bare, as Astro writes them: `popover`, not `popover=""` (a glossary term's popover).
    return [{ id, html: toHtml(paragraph.children, { collapseEmptyAttributes: true }) }];
  });
}

/** One row of the parallel text: a paragraph id with its Chinese and English HTML. */
export interface ParagraphPair {
  id: string;
  zh: string;
  en: string;
}

/** Pairs the Chinese and English paragraphs of a part by id; throws, naming both id lists, unless they match one to one and in order. */
export function pairParagraphs(zh: readonly ParagraphHtml[], en: readonly ParagraphHtml[]): ParagraphPair[] {
  const zhIds = zh.map((paragraph) => paragraph.id).join(' ');
  const enIds = en.map((paragraph) => paragraph.id).join(' ');
  if (zhIds !== enIds)
    throw new Error(`the English paragraphs (${enIds || 'none'}) do not match the Chinese paragraphs (${zhIds || 'none'})`);
  return zh.flatMap((paragraph, index) => {
    const english = en[index];
    return english ? [{ id: paragraph.id, zh: paragraph.html, en: english.html }] : [];
  });
}
